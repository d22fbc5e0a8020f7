#include "ui/stateiconproxy.h"

#include "jobs/jobstate.h"
#include "models/tableroles.h"
#include "ui/icons.h"

namespace imapdesk {

StateIconProxy::StateIconProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{}

QVariant StateIconProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole || !index.data(StateIconRole).isValid())
        return QIdentityProxyModel::data(index, role);
    const QVariant state = index.data(StateRole);
    if (!state.isValid())
        return {};
    return stateIcon(static_cast<JobState>(state.toInt()));
}

} // namespace imapdesk
