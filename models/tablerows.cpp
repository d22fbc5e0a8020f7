#include "models/tablerows.h"

#include <QSet>

#include <algorithm>

namespace imapdesk {

RowCells::RowCells(int columns)
    : raw(columns)
    , display(columns)
    , toolTips(columns)
{}

bool RowCells::operator==(const RowCells &other) const
{
    return raw == other.raw && display == other.display && toolTips == other.toolTips &&
           progress == other.progress;
}

QVariant cellData(const RowCells &cells, int column, int role, int progressColumn)
{
    switch (role) {
    case Qt::DisplayRole:
        return cells.display.at(column);
    case UnderlyingDataRole:
        return cells.raw.at(column);
    case Qt::ToolTipRole:
        return cells.toolTips.at(column).isEmpty() ? QVariant() : cells.toolTips.at(column);
    case ProgressRole:
        return column == progressColumn ? QVariant::fromValue(cells.progress) : QVariant();
    default:
        return {};
    }
}

namespace {

// Indexes of ids not in keep, grouped into contiguous ranges (ascending).
QList<RowRange> rangesMissingFrom(const QList<qint64> &ids, const QSet<qint64> &keep)
{
    QList<RowRange> ranges;
    for (int i = 0; i < ids.size(); ++i) {
        if (keep.contains(ids[i]))
            continue;
        if (!ranges.isEmpty() && ranges.last().second == i - 1)
            ranges.last().second = i;
        else
            ranges.append({i, i});
    }
    return ranges;
}

QList<qint64> idsIn(const QList<qint64> &ids, const QSet<qint64> &set)
{
    QList<qint64> kept;
    for (qint64 id : ids) {
        if (set.contains(id))
            kept.append(id);
    }
    return kept;
}

} // namespace

RowDiff diffRows(const QList<qint64> &oldIds, const QList<qint64> &newIds)
{
    const QSet<qint64> oldSet(oldIds.begin(), oldIds.end());
    const QSet<qint64> newSet(newIds.begin(), newIds.end());
    RowDiff diff;
    diff.reordered = idsIn(oldIds, newSet) != idsIn(newIds, oldSet);
    diff.removals = rangesMissingFrom(oldIds, newSet);
    std::reverse(diff.removals.begin(), diff.removals.end());
    diff.insertions = rangesMissingFrom(newIds, oldSet);
    return diff;
}

QList<RowRange> changedRanges(QList<int> rows, int rowCount)
{
    if (rows.isEmpty())
        return {};
    if (rows.size() * 2 > rowCount)
        return {{0, rowCount - 1}};
    std::sort(rows.begin(), rows.end());
    QList<RowRange> ranges;
    for (int row : rows) {
        if (!ranges.isEmpty() && ranges.last().second >= row - 1)
            ranges.last().second = row;
        else
            ranges.append({row, row});
    }
    return ranges;
}

} // namespace imapdesk
