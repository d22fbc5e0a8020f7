#pragma once

#include <QStringList>

class QCommandLineParser;

namespace imapdesk {

struct CliContext;

// Gives the jobs of a batch their passwords again from an account list (the
// list the batch was added from, or a newer one): those in needs_password,
// which are then queued again, or with --all every job the list names.
// imapdesk batch passwords ID FILE [--default-domain DOMAIN] [--all]
namespace BatchPasswordsCommand {
void addOptions(QCommandLineParser &parser);
int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands);
} // namespace BatchPasswordsCommand

} // namespace imapdesk
