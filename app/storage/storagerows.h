#pragma once

#include "storage/jobstoretypes.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

namespace imapdesk {

// Column lists of the job store's SELECTs and the readers that go with them;
// each reader takes the index of the list's first column in the row.
QString batchColumns();   // prefix "b."
QString jobColumns();     // prefix "j."
QString attemptColumns(); // prefix "a."
int batchColumnCount();
int jobColumnCount();

BatchSpec readBatchSpec(const QSqlQuery &query, int first);
// The batch fields only; the counts and totals are read by the list query.
BatchSummary readBatchRow(const QSqlQuery &query, int first);
JobRecord readJob(const QSqlQuery &query, int first);
// Null when the LEFT JOIN found no attempt.
std::optional<AttemptRecord> readAttempt(const QSqlQuery &query, int first);

// Values of the batches columns for an INSERT (keys are the column names).
QVariantMap batchValues(const BatchSpec &spec);
// "messages_copied = :messages_copied, ..." for every statistics column.
QString statsAssignments();
QVariantMap statsValues(const JobStats &stats);

// jobStateName() of a state, as stored.
QString stateName(JobState state);
JobState stateFromName(const QString &name); // unknown names read as failed

} // namespace imapdesk
