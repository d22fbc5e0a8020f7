#include "models/jobfilterproxymodel.h"

#include "models/joblistmodel.h"
#include "models/sortproxymodel.h"
#include "presentation/listfilters.h"

namespace imapdesk {

JobFilterProxyModel::JobFilterProxyModel(JobListModel *jobs, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_jobs(jobs)
{
    configureRawSorting(this);
    setSourceModel(jobs);
}

void JobFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool JobFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || m_text.isEmpty())
        return true;
    const JobRecord &job = m_jobs->job(sourceRow);
    return jobMatchesText(job.user1, job.user2, m_text);
}

} // namespace imapdesk
