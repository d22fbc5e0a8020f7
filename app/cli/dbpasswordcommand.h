#pragma once

#include <QStringList>

class QCommandLineParser;

namespace imapdesk {

struct CliContext;

// Saves the password of the PostgreSQL history (--db / IMAPDESK_DB) in the
// system keyring, read from standard input, never from the command line:
// command lines are visible to every local user.
// imapdesk db password [--forget]
namespace DbPasswordCommand {
void addOptions(QCommandLineParser &parser);
int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands);
} // namespace DbPasswordCommand

} // namespace imapdesk
