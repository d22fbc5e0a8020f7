#pragma once

#include <QSortFilterProxyModel>

namespace imapdesk {

// Sorting on raw values (UnderlyingDataRole): batch 2 before 10, sizes by
// bytes, times by milliseconds; text case-insensitively. Both proxies use it.
void configureRawSorting(QSortFilterProxyModel *proxy);

// The sort proxy of the batch list (and of any table with raw values).
class SortProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SortProxyModel(QObject *parent = nullptr);
};

} // namespace imapdesk
