#pragma once

#include <QStringList>

class QCommandLineParser;

namespace imapdesk {

struct CliContext;

// Adding a batch from an account list; the passwords go to the keychain.
// imapdesk batch add --source HOST[:PORT] --dest HOST[:PORT] [options] FILE
namespace BatchAddCommand {
void addOptions(QCommandLineParser &parser);
int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands);
} // namespace BatchAddCommand

} // namespace imapdesk
