#pragma once

#include <QSortFilterProxyModel>

namespace imapdesk {

class JobListModel;

// The job table as shown: sorted on raw values, and narrowed to the jobs
// whose source or destination user contains the search text (jobMatchesText).
class JobFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit JobFilterProxyModel(JobListModel *jobs, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    JobListModel *m_jobs;
    QString m_text; // trimmed
};

} // namespace imapdesk
