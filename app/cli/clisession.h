#pragma once

#include "cli/globaloptions.h"

#include <QString>

#include <memory>

class QCommandLineParser;

namespace imapdesk {

class Database;
class JobStore;
struct CliContext;

// What the batch verbs share: the global options, the open history database
// and its store. open() prints why it failed on stderr, sets *exitCode
// (ExitUsage for a malformed --db URL, ExitFailure for a database that does
// not open) and returns null.
class CliSession final
{
public:
    static std::unique_ptr<CliSession> open(CliContext &context, const QCommandLineParser &parser,
                                            int *exitCode);
    ~CliSession();

    const GlobalOptions &options() const { return m_options; }
    Database &database() { return *m_database; }
    JobStore &store() { return *m_store; }

private:
    CliSession() = default;

    GlobalOptions m_options;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<JobStore> m_store;
};

// Reads a positive id operand ("12"); prints a usage error and returns 0 otherwise.
qint64 parseIdOperand(CliContext &context, const QStringList &operands, const QString &what);

} // namespace imapdesk
