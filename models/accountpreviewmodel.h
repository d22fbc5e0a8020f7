#pragma once

#include "accounts/account.h"
#include "models/checkcells.h"
#include "net/preflightcheck.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <array>
#include <functional>

namespace imapdesk {

// Every line of a parsed account list, in line order: accepted accounts,
// rejected lines and duplicates, so a technician sees what will be imported
// and what will not before anything is queued. Passwords are never shown.
// Accepted accounts also show the pre-flight check of each side (NewBatchDialog runs it).
class AccountPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LineColumn,
        User1Column,
        User2Column,
        PasswordColumn,
        StatusColumn,
        SourceCheckColumn,
        DestinationCheckColumn,
        ColumnCount
    };
    enum class RowKind { Accepted, Rejected, Duplicate };
    // The decoration of a check cell; models know no icon files (see ui/icons.h).
    using CheckIcons = std::function<QIcon(CheckLevel level)>;

    explicit AccountPreviewModel(QObject *parent = nullptr);

    // Check results survive a list with the same accounts (users and passwords, in order):
    // re-parsing the same text must not throw a check away. Any other list drops them.
    void setAccountList(const AccountList &list);
    const AccountList &accountList() const { return m_list; }

    // Check cells of account (an index into accountList().accounts).
    void setChecking(int account, PreflightSide side);
    void setCheckResult(int account, PreflightSide side, const ProbeResult &result);
    const CheckCell &check(int account, PreflightSide side) const;
    // A stopped check: the cells still "Checking…" go back to unchecked.
    void clearPendingChecks();
    void clearChecks();
    void setCheckIcons(CheckIcons icons);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    RowKind rowKind(int row) const;

signals:
    // Other accounts than before: every check cell is empty again.
    void checksCleared();

private:
    struct Row
    {
        RowKind kind;
        int line;
        int index; // into the matching list of m_list
    };

    QVariant displayData(const Row &row, int column) const;
    QString statusText(const Row &row) const;
    QString userText(const Row &row, int column) const;
    const CheckCell *checkCell(const Row &row, int column) const;
    void checkCellChanged(int account, PreflightSide side);

    AccountList m_list;
    QVector<Row> m_rows;
    QVector<int> m_accountRows;                 // account index -> row
    std::array<QVector<CheckCell>, 2> m_checks; // by PreflightSide, by account index
    CheckIcons m_checkIcons;
};

} // namespace imapdesk
