#pragma once

#include "storage/jobstoretypes.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace imapdesk {

class CliSession;
struct CliContext;

// What the batch and log verbs share: the stable JSON of `batch list` and
// `batch show` (docs/cli-json.md is the contract: add fields, never rename or
// retype one), and the look-ups that give every verb the same exit codes.

// "2024-05-01T12:03:04Z": ISO 8601, UTC, whole seconds (as the CSV report).
QString isoUtc(qint64 msecs);

// One batch as `batch list --json` and `batch show --json` print it. now:
// where the duration of a batch that is still running ends.
QJsonObject batchToJson(const BatchSummary &batch, qint64 now);
// One job with the figures of its latest attempt (never reads the log).
QJsonObject jobToJson(const JobRecord &job, qint64 now);

// The batch or job an operand names. On failure prints why and returns empty
// with *exitCode: ExitRejected when there is no such id, ExitFailure when
// the database failed.
std::optional<BatchSummary> findBatch(CliContext &context, CliSession &session, qint64 batchId,
                                      int *exitCode);
std::optional<JobRecord> findJob(CliContext &context, CliSession &session, qint64 jobId,
                                 int *exitCode);

} // namespace imapdesk
