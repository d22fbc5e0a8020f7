#pragma once

#include <QStringList>

class QCommandLineParser;

namespace imapdesk {

struct CliContext;

// Read-only views of the history: a table, or stable JSON (docs/cli-json.md).
// They read the database only, never a log file.
// imapdesk batch list [--json] [--archived|--all] [--mine] [--search TEXT]
namespace BatchListCommand {
void addOptions(QCommandLineParser &parser);
int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands);
} // namespace BatchListCommand

// imapdesk batch show ID [--json]
namespace BatchShowCommand {
void addOptions(QCommandLineParser &parser);
int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands);
} // namespace BatchShowCommand

} // namespace imapdesk
