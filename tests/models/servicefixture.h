#pragma once

#include "service/migrationservice.h"
#include "storage/jobstore.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace imapdesk::test {

// A MigrationService on a fresh SQLite history in a temporary folder, its
// runner never started. Tests write through store() (which emits nothing) and
// then reload the model, or emit the service's signals themselves.
class ServiceFixture final
{
public:
    ServiceFixture() = default;
    ~ServiceFixture();

    // Opens the history and waits for the service's first batchesChanged().
    bool open(QString *error);
    MigrationService &service() { return *m_service; }
    JobStore &store() { return m_service->store(); }
    // What the store's clock returns; the store reads it on every write.
    void setNow(qint64 msSinceEpoch) { m_now = msSinceEpoch; }
    qint64 now() const { return m_now; }

    // A batch "label" from imap.old.example to imap.new.example with jobs
    // prefixa@example.com, prefixb@..., owned by owner; adjust changes the rest.
    // No digit in any name: a number searches batch ids only.
    qint64 addBatch(const QString &label, int jobs, const QString &owner = QStringLiteral("alice"),
                    const std::function<void(NewBatch &)> &adjust = {},
                    const QString &prefix = QStringLiteral("user"));
    // Claims the next job of batchId and starts its process with a log path.
    ClaimedJob start(qint64 batchId);
    // Ends a claimed job as imapsync's exitCode says, with stats.
    void finish(const ClaimedJob &job, int exitCode, const JobStats &stats);
    QList<qint64> jobIds(qint64 batchId);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MigrationService> m_service;
    qint64 m_now = 1'700'000'000'000;
};

// 1 → "a", 26 → "z", 27 → "aa": names without digits.
QString letters(int number);

// Statistics of a run that has copied `copied` of `total` messages.
JobStats progressStats(qint64 copied, qint64 total = 50);

} // namespace imapdesk::test
