#pragma once

#include <QStringList>

class QCommandLineParser;

namespace imapdesk {

struct CliContext;

// imapdesk batch check ID [--json] [--per-host N] [--accept-certificate SHA256]
//                        [--allow-clear-text]
// The pre-flight check of a stored batch (product.md §7): one connection test
// per distinct host, one login per account on both sides, passwords from the
// keychain. Exit 0 when every check passed, 1 when one did not, 3 when the
// check could not run. Never prints a password.
namespace BatchCheckCommand {
void addOptions(QCommandLineParser &parser);
int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands);
} // namespace BatchCheckCommand

} // namespace imapdesk
