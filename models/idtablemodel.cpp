#include "models/idtablemodel.h"

namespace imapdesk {

IdTableModel::IdTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int IdTableModel::rowOf(qint64 id) const
{
    return m_rowOf.value(id, -1);
}

void IdTableModel::setIds(QList<qint64> ids)
{
    m_ids = std::move(ids);
    m_rowOf.clear();
    m_rowOf.reserve(m_ids.size());
    for (int row = 0; row < m_ids.size(); ++row)
        m_rowOf.insert(m_ids[row], row);
}

void IdTableModel::resetIds(const QList<qint64> &newIds, const std::function<void()> &replace)
{
    beginResetModel();
    replace();
    setIds(newIds);
    endResetModel();
}

void IdTableModel::applyIds(const QList<qint64> &newIds, const RowEdits &edits)
{
    const RowDiff diff = diffRows(m_ids, newIds);
    if (diff.reordered) {
        resetIds(newIds, edits.replace);
        return;
    }
    for (const auto &[first, last] : diff.removals) {
        beginRemoveRows({}, first, last);
        edits.remove(first, last - first + 1);
        QList<qint64> ids = m_ids;
        ids.remove(first, last - first + 1);
        setIds(std::move(ids));
        endRemoveRows();
    }
    for (const auto &[first, last] : diff.insertions) {
        beginInsertRows({}, first, last);
        edits.insert(first, last);
        QList<qint64> ids = m_ids;
        for (int row = first; row <= last; ++row)
            ids.insert(row, newIds[row]);
        setIds(std::move(ids));
        endInsertRows();
    }
}

void IdTableModel::emitRowsChanged(const QList<int> &rows)
{
    const int lastColumn = columnCount() - 1;
    for (const auto &[first, last] : changedRanges(rows, rowCount()))
        emit dataChanged(index(first, 0), index(last, lastColumn));
}

} // namespace imapdesk
