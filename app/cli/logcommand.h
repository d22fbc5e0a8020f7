#pragma once

#include <QStringList>

class QCommandLineParser;

namespace imapdesk {

struct CliContext;

// The imapsync log of a job's latest attempt.
// imapdesk log JOB_ID [--tail N] [--follow]
namespace LogCommand {
void addOptions(QCommandLineParser &parser);
int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands);
} // namespace LogCommand

} // namespace imapdesk
