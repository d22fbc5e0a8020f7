#include "models/accountpreviewmodel.h"

#include "models/modelroles.h"

#include <QBrush>
#include <QPalette>

#include <algorithm>

namespace imapdesk {

namespace {

// Shown instead of any password: the same width whatever its length.
const QString MaskedPassword = QStringLiteral("••••••••");

} // namespace

AccountPreviewModel::AccountPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AccountPreviewModel::setAccountList(const AccountList &list)
{
    beginResetModel();
    m_list = list;
    m_rows.clear();
    m_rows.reserve(list.accounts.size() + list.errors.size() + list.duplicates.size());
    for (int i = 0; i < list.accounts.size(); ++i)
        m_rows.append({RowKind::Accepted, list.accounts[i].line, i});
    for (int i = 0; i < list.errors.size(); ++i)
        m_rows.append({RowKind::Rejected, list.errors[i].line, i});
    for (int i = 0; i < list.duplicates.size(); ++i)
        m_rows.append({RowKind::Duplicate, list.duplicates[i].line, i});
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.line < b.line; });
    endResetModel();
}

int AccountPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

AccountPreviewModel::RowKind AccountPreviewModel::rowKind(int row) const
{
    return m_rows.at(row).kind;
}

QVariant AccountPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case UnderlyingDataRole:
        return index.column() == LineColumn ? QVariant(row.line) : displayData(row, index.column());
    case Qt::ForegroundRole:
        if (row.kind != RowKind::Accepted && index.column() == StatusColumn)
            return QBrush(Qt::red);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant AccountPreviewModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case LineColumn:
        return row.line;
    case User1Column:
    case User2Column:
        return userText(row, column);
    case PasswordColumn:
        return row.kind == RowKind::Rejected ? QString() : MaskedPassword;
    case StatusColumn:
        return statusText(row);
    default:
        return {};
    }
}

QString AccountPreviewModel::userText(const Row &row, int column) const
{
    if (row.kind != RowKind::Accepted)
        return {};
    const Account &account = m_list.accounts.at(row.index);
    return column == User1Column ? account.user1 : account.user2;
}

QString AccountPreviewModel::statusText(const Row &row) const
{
    switch (row.kind) {
    case RowKind::Accepted:
        return tr("OK");
    case RowKind::Rejected:
        return tr("Rejected: %1").arg(m_list.errors.at(row.index).reason);
    case RowKind::Duplicate:
        return tr("Duplicate of line %1, skipped").arg(m_list.duplicates.at(row.index).firstLine);
    }
    return {};
}

QVariant AccountPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case User1Column:
        return tr("Source user");
    case User2Column:
        return tr("Destination user");
    case PasswordColumn:
        return tr("Password");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace imapdesk
