#pragma once

#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace imapdesk {

class CliSession;
class CredentialStore;
struct CliContext;

// imapdesk batch run [ID] [--wait] [--concurrency N] [--per-host N]
// Runs queued jobs (of one batch, or of all) with imapsync until none is left.
// With --wait it stays in the foreground and its exit status says whether
// every job it ran succeeded; without, it starts that same run in the
// background and returns at once.
namespace BatchRunCommand {
void addOptions(QCommandLineParser &parser);
int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands);

// Shared with `batch add --run`.
void addRunOptions(QCommandLineParser &parser);
// credentials: where the passwords are; null for the system keyring.
int runAndWait(CliContext &context, const QCommandLineParser &parser, CliSession &session,
               std::optional<qint64> batchId, CredentialStore *credentials = nullptr);
} // namespace BatchRunCommand

} // namespace imapdesk
