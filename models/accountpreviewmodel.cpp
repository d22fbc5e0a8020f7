#include "models/accountpreviewmodel.h"

#include "models/modelroles.h"

#include <QBrush>
#include <QPalette>

#include <algorithm>

namespace imapdesk {

namespace {

// Shown instead of any password: the same width whatever its length.
const QString MaskedPassword = QStringLiteral("••••••••");

bool sameAccounts(const QVector<Account> &a, const QVector<Account> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const Account &x, const Account &y) {
                          return x.user1 == y.user1 && x.password1 == y.password1 &&
                                 x.user2 == y.user2 && x.password2 == y.password2;
                      });
}

int sideIndex(PreflightSide side)
{
    return side == PreflightSide::Source ? 0 : 1;
}

} // namespace

AccountPreviewModel::AccountPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AccountPreviewModel::setAccountList(const AccountList &list)
{
    const bool keepChecks = sameAccounts(m_list.accounts, list.accounts);
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
    m_accountRows.fill(-1, list.accounts.size());
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].kind == RowKind::Accepted)
            m_accountRows[m_rows[row].index] = row;
    }
    if (!keepChecks) {
        for (QVector<CheckCell> &cells : m_checks)
            cells = QVector<CheckCell>(list.accounts.size());
    }
    endResetModel();
    if (!keepChecks)
        emit checksCleared();
}

void AccountPreviewModel::setChecking(int account, PreflightSide side)
{
    CheckCell &cell = m_checks[sideIndex(side)][account];
    cell.checking = true;
    cell.result.reset();
    checkCellChanged(account, side);
}

void AccountPreviewModel::setCheckResult(int account, PreflightSide side, const ProbeResult &result)
{
    CheckCell &cell = m_checks[sideIndex(side)][account];
    cell.checking = false;
    cell.result = result;
    checkCellChanged(account, side);
}

const CheckCell &AccountPreviewModel::check(int account, PreflightSide side) const
{
    return m_checks[sideIndex(side)].at(account);
}

void AccountPreviewModel::clearPendingChecks()
{
    for (const PreflightSide side : {PreflightSide::Source, PreflightSide::Destination}) {
        QVector<CheckCell> &cells = m_checks[sideIndex(side)];
        for (int account = 0; account < cells.size(); ++account) {
            if (cells[account].checking) {
                cells[account].checking = false;
                checkCellChanged(account, side);
            }
        }
    }
}

void AccountPreviewModel::clearChecks()
{
    for (QVector<CheckCell> &cells : m_checks)
        cells.fill(CheckCell());
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, SourceCheckColumn),
                         index(int(m_rows.size()) - 1, DestinationCheckColumn));
}

void AccountPreviewModel::setCheckIcons(CheckIcons icons)
{
    m_checkIcons = std::move(icons);
}

void AccountPreviewModel::checkCellChanged(int account, PreflightSide side)
{
    const QModelIndex cell =
        index(m_accountRows.at(account),
              side == PreflightSide::Source ? SourceCheckColumn : DestinationCheckColumn);
    emit dataChanged(cell, cell);
}

const CheckCell *AccountPreviewModel::checkCell(const Row &row, int column) const
{
    if (row.kind != RowKind::Accepted ||
        (column != SourceCheckColumn && column != DestinationCheckColumn))
        return nullptr;
    return &m_checks[column == SourceCheckColumn ? 0 : 1].at(row.index);
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
    const CheckCell *cell = checkCell(row, index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case UnderlyingDataRole:
        return index.column() == LineColumn ? QVariant(row.line) : displayData(row, index.column());
    case Qt::ToolTipRole:
        return cell ? checkCellToolTip(*cell) : QVariant();
    case Qt::DecorationRole:
        if (cell && m_checkIcons && checkLevel(*cell) != CheckLevel::None)
            return m_checkIcons(checkLevel(*cell));
        return {};
    case Qt::ForegroundRole:
        if (row.kind != RowKind::Accepted && index.column() == StatusColumn)
            return QBrush(Qt::red);
        if (cell && checkLevel(*cell) == CheckLevel::Failed)
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
    case SourceCheckColumn:
    case DestinationCheckColumn: {
        const CheckCell *cell = checkCell(row, column);
        return cell ? checkCellText(*cell) : QString();
    }
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
    case SourceCheckColumn:
        return tr("Source check");
    case DestinationCheckColumn:
        return tr("Destination check");
    default:
        return {};
    }
}

} // namespace imapdesk
