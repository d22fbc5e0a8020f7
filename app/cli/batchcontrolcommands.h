#pragma once

#include <QStringList>

class QCommandLineParser;

namespace imapdesk {

struct CliContext;

// Changing batches: cancel, retry, archive, delete, export. Exit codes in
// docs/cli-json.md (an unknown id is 1, a malformed --db is 2).
// imapdesk batch cancel ID [--job JOB_ID ...]
namespace BatchCancelCommand {
void addOptions(QCommandLineParser &parser);
int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands);
} // namespace BatchCancelCommand

// imapdesk batch retry ID [--failed-only] [--job JOB_ID]
namespace BatchRetryCommand {
void addOptions(QCommandLineParser &parser);
int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands);
} // namespace BatchRetryCommand

// imapdesk batch archive ID [--undo]   (refused while jobs are queued or running)
namespace BatchArchiveCommand {
void addOptions(QCommandLineParser &parser);
int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands);
} // namespace BatchArchiveCommand

// imapdesk batch delete ID   (refused while a job runs; removes logs, run folders, passwords)
namespace BatchDeleteCommand {
void addOptions(QCommandLineParser &parser);
int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands);
} // namespace BatchDeleteCommand

// imapdesk batch export ID --csv FILE   (FILE or - for standard output)
namespace BatchExportCommand {
void addOptions(QCommandLineParser &parser);
int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands);
} // namespace BatchExportCommand

} // namespace imapdesk
