#include "storage/migrations.h"

namespace imapdesk {

namespace {

// The jobs table as version 1 made it, with the given list of states.
QString jobsTable(const QString &name, const QString &states)
{
    return QStringLiteral(
               "CREATE TABLE %1 ("
               " id {id},"
               " batch_id BIGINT NOT NULL REFERENCES batches (id) ON DELETE CASCADE,"
               " position INTEGER NOT NULL,"
               " user1 TEXT NOT NULL,"
               " user2 TEXT NOT NULL,"
               " credential_ref TEXT NOT NULL DEFAULT '',"
               " state TEXT NOT NULL CHECK (state IN (%2)),"
               " attempts INTEGER NOT NULL DEFAULT 0,"
               " runner_id TEXT,"
               " lease_until BIGINT,"
               " heartbeat_at BIGINT,"
               " cancel_requested INTEGER NOT NULL DEFAULT 0 CHECK (cancel_requested IN (0, 1)),"
               " updated_at BIGINT NOT NULL,"
               " UNIQUE (batch_id, position))")
        .arg(name, states);
}

QStringList jobsIndexes()
{
    return {
        // The claim: state = 'queued' in (batch, position) order.
        QStringLiteral("CREATE INDEX jobs_claim ON jobs (state, batch_id, position)"),
        QStringLiteral("CREATE INDEX jobs_runner ON jobs (runner_id, state)"),
    };
}

// Version 1. Times are UTC milliseconds since the epoch (BIGINT), booleans are
// 0/1 integers, enumerations are lower-case names (storagenames.h), lists and
// maps are JSON text. Only {id} differs between the two databases.
QStringList schemaVersion1()
{
    return {
        QStringLiteral(
            "CREATE TABLE batches ("
            " id {id},"
            " label TEXT NOT NULL DEFAULT '',"
            " source_host TEXT NOT NULL,"
            " source_port INTEGER NOT NULL DEFAULT 0,"
            " source_security TEXT NOT NULL,"
            " source_preset TEXT NOT NULL DEFAULT 'none',"
            " destination_host TEXT NOT NULL,"
            " destination_port INTEGER NOT NULL DEFAULT 0,"
            " destination_security TEXT NOT NULL,"
            " destination_preset TEXT NOT NULL DEFAULT 'none',"
            " default_domain TEXT NOT NULL DEFAULT '',"
            " extra_arguments TEXT NOT NULL DEFAULT '[]',"
            " dry_run INTEGER NOT NULL DEFAULT 0 CHECK (dry_run IN (0, 1)),"
            " just_login INTEGER NOT NULL DEFAULT 0 CHECK (just_login IN (0, 1)),"
            " owner TEXT NOT NULL DEFAULT '',"
            " created_at BIGINT NOT NULL,"
            " after_batch_id BIGINT REFERENCES batches (id) ON DELETE SET NULL,"
            " archived_at BIGINT,"
            " cancel_requested INTEGER NOT NULL DEFAULT 0 CHECK (cancel_requested IN (0, 1)))"),
        QStringLiteral("CREATE INDEX batches_after ON batches (after_batch_id)"),
        QStringLiteral("CREATE INDEX batches_archived ON batches (archived_at, id)"),
        QStringLiteral("CREATE INDEX batches_owner ON batches (owner, id)"),
        jobsTable(QStringLiteral("jobs"), QStringLiteral("'queued', 'waiting', 'running', "
                                                         "'succeeded', 'failed', 'cancelled', "
                                                         "'interrupted'")),
        jobsIndexes().at(0),
        jobsIndexes().at(1),
        QStringLiteral("CREATE TABLE job_attempts ("
                       " id {id},"
                       " job_id BIGINT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,"
                       " number INTEGER NOT NULL,"
                       " state TEXT NOT NULL CHECK (state IN ('running', 'succeeded', 'failed',"
                       "  'cancelled', 'interrupted')),"
                       " runner_id TEXT NOT NULL,"
                       " runner_machine TEXT NOT NULL,"
                       " runner_pid BIGINT NOT NULL,"
                       " imapsync_pid BIGINT,"
                       " started_at BIGINT NOT NULL,"
                       " ended_at BIGINT,"
                       " exit_code INTEGER,"
                       " exit_signal INTEGER,"
                       " verdict_state TEXT,"
                       " verdict_category TEXT,"
                       " verdict_name TEXT,"
                       " verdict_title TEXT,"
                       " verdict_explanation TEXT,"
                       " spam_only INTEGER NOT NULL DEFAULT 0 CHECK (spam_only IN (0, 1)),"
                       " log_path TEXT,"
                       " messages_copied BIGINT NOT NULL DEFAULT 0,"
                       " messages_skipped BIGINT NOT NULL DEFAULT -1,"
                       " messages_total BIGINT NOT NULL DEFAULT -1,"
                       " messages_left BIGINT NOT NULL DEFAULT -1,"
                       " bytes_copied BIGINT NOT NULL DEFAULT 0,"
                       " bytes_total BIGINT NOT NULL DEFAULT -1,"
                       " messages_per_second DOUBLE PRECISION NOT NULL DEFAULT 0,"
                       " bytes_per_second DOUBLE PRECISION NOT NULL DEFAULT 0,"
                       " eta_seconds BIGINT NOT NULL DEFAULT -1,"
                       " current_folder TEXT NOT NULL DEFAULT '',"
                       " folder_index INTEGER NOT NULL DEFAULT 0,"
                       " folder_count INTEGER NOT NULL DEFAULT 0,"
                       " error_count INTEGER NOT NULL DEFAULT 0,"
                       " last_errors TEXT NOT NULL DEFAULT '[]',"
                       " error_folders TEXT NOT NULL DEFAULT '[]',"
                       " summary TEXT NOT NULL DEFAULT '{}',"
                       " imapsync_version TEXT NOT NULL DEFAULT '',"
                       " stats_updated_at BIGINT,"
                       " UNIQUE (job_id, number))"),
        // Crash recovery looks for the few attempts still recorded as running.
        QStringLiteral("CREATE INDEX job_attempts_running ON job_attempts (state) "
                       "WHERE state = 'running'"),
    };
}

const char kStatesV2[] = "'queued', 'waiting', 'running', 'succeeded', 'failed', 'cancelled', "
                         "'interrupted', 'needs_password'";

// Version 2: the database's own id, which namespaces its keychain entries
// (imapdesk/<database-id>/<job>/1|2), the job state needs_password (its
// passwords are not in the keychain: ask the user instead of failing), and
// the certificate fingerprints a batch's imapsync runs accept.
Migration schemaVersion2()
{
    Migration step;
    step.version = 2;
    step.statements = {
        QStringLiteral("ALTER TABLE batches ADD COLUMN source_certificate TEXT NOT NULL "
                       "DEFAULT ''"),
        QStringLiteral("ALTER TABLE batches ADD COLUMN destination_certificate TEXT NOT NULL "
                       "DEFAULT ''"),
        QStringLiteral("CREATE TABLE database_info (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(
            "INSERT INTO database_info (name, value) VALUES ('database_id', {randomid})"),
    };
    // SQLite cannot change a CHECK constraint: the table is made anew.
    step.rebuildsTables = true;
    const QString columns =
        QStringLiteral("id, batch_id, position, user1, user2, credential_ref, state, attempts, "
                       "runner_id, lease_until, heartbeat_at, cancel_requested, updated_at");
    step.sqliteStatements =
        QStringList{
            jobsTable(QStringLiteral("jobs_v2"), QLatin1String(kStatesV2)),
            QStringLiteral("INSERT INTO jobs_v2 (%1) SELECT %1 FROM jobs").arg(columns),
            // Ids are never reused: the new table goes on from where the old one was.
            QStringLiteral("UPDATE sqlite_sequence SET seq = (SELECT seq FROM sqlite_sequence "
                           "WHERE name = 'jobs') WHERE name = 'jobs_v2'"),
            QStringLiteral("DROP TABLE jobs"),
            QStringLiteral("ALTER TABLE jobs_v2 RENAME TO jobs"),
        } +
        jobsIndexes();
    step.postgresStatements = {
        QStringLiteral("ALTER TABLE jobs DROP CONSTRAINT jobs_state_check"),
        QStringLiteral("ALTER TABLE jobs ADD CONSTRAINT jobs_state_check CHECK (state IN (%1))")
            .arg(QLatin1String(kStatesV2)),
    };
    return step;
}

} // namespace

QList<Migration> builtInMigrations()
{
    return {Migration{1, schemaVersion1()}, schemaVersion2()};
}

} // namespace imapdesk
