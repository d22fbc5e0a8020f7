#include "storage/migrations.h"

namespace imapdesk {

namespace {

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
        QStringLiteral(
            "CREATE TABLE jobs ("
            " id {id},"
            " batch_id BIGINT NOT NULL REFERENCES batches (id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " user1 TEXT NOT NULL,"
            " user2 TEXT NOT NULL,"
            " credential_ref TEXT NOT NULL DEFAULT '',"
            " state TEXT NOT NULL CHECK (state IN ('queued', 'waiting', 'running', 'succeeded',"
            "  'failed', 'cancelled', 'interrupted')),"
            " attempts INTEGER NOT NULL DEFAULT 0,"
            " runner_id TEXT,"
            " lease_until BIGINT,"
            " heartbeat_at BIGINT,"
            " cancel_requested INTEGER NOT NULL DEFAULT 0 CHECK (cancel_requested IN (0, 1)),"
            " updated_at BIGINT NOT NULL,"
            " UNIQUE (batch_id, position))"),
        // The claim: state = 'queued' in (batch, position) order.
        QStringLiteral("CREATE INDEX jobs_claim ON jobs (state, batch_id, position)"),
        QStringLiteral("CREATE INDEX jobs_runner ON jobs (runner_id, state)"),
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

} // namespace

QList<Migration> builtInMigrations()
{
    return {Migration{1, schemaVersion1()}};
}

} // namespace imapdesk
