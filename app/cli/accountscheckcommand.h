#pragma once

#include <QStringList>

class QCommandLineParser;

namespace imapdesk {

struct CliContext;

// `imapdesk accounts check FILE [--json] [--default-domain DOMAIN]`: parses an
// account list and prints what would be imported. Passwords are never printed.
namespace AccountsCheckCommand {

void addOptions(QCommandLineParser &parser);
int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands);

} // namespace AccountsCheckCommand

} // namespace imapdesk
