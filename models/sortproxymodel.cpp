#include "models/sortproxymodel.h"

#include "models/modelroles.h"

namespace imapdesk {

void configureRawSorting(QSortFilterProxyModel *proxy)
{
    proxy->setSortRole(UnderlyingDataRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setDynamicSortFilter(true);
}

SortProxyModel::SortProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    configureRawSorting(this);
}

} // namespace imapdesk
