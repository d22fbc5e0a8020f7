#pragma once

#include "accounts/account.h"

#include <QAbstractTableModel>

namespace imapdesk {

// Every line of a parsed account list, in line order: accepted accounts,
// rejected lines and duplicates, so a technician sees what will be imported
// and what will not before anything is queued. Passwords are never shown.
class AccountPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, User1Column, User2Column, PasswordColumn, StatusColumn, ColumnCount };
    enum class RowKind { Accepted, Rejected, Duplicate };

    explicit AccountPreviewModel(QObject *parent = nullptr);

    void setAccountList(const AccountList &list);
    const AccountList &accountList() const { return m_list; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    RowKind rowKind(int row) const;

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

    AccountList m_list;
    QVector<Row> m_rows;
};

} // namespace imapdesk
