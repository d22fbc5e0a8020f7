#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace ImapDeskTest {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    qint64 firstLineNumber() const; // `batch add` prints the new batch id first
};

// A private ImapDesk installation: data folder, fake imapsync, its record
// file, and account lists with distinctive passwords.
class Engine final
{
public:
    Engine();

    QString dataDirectory() const { return m_dir.path() + QStringLiteral("/data"); }
    void setFake(const QString &name, const QString &value); // FAKE_IMAPSYNC_<name>
    void setDatabaseUrl(const QString &url);
    QProcessEnvironment environment() const { return m_environment; }

    Run imapdesk(const QStringList &arguments) const; // runs to the end
    // `batch add` of `accounts` new accounts (passwords with spaces, quotes,
    // separators and non-ASCII), between two fake hosts in clear text.
    Run addBatch(int accounts, const QStringList &extra = {});
    QJsonObject show(qint64 batchId) const; // `batch show --json`
    QStringList jobStates(qint64 batchId) const;
    QStringList passwords() const { return m_passwords; }
    QStringList passwordHashes() const;     // SHA-256, as the fake records them
    QList<QJsonObject> fakeRecords() const; // one per imapsync run
    int countRunningFakes() const;          // imapsync processes of this installation
    QStringList filesUnder(const QString &subFolder) const;

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QStringList m_passwords;
    int m_lists = 0;
};

// `imapdesk` running in the background, e.g. `batch run --wait`.
class RunnerProcess final
{
public:
    RunnerProcess(const Engine &engine, const QStringList &arguments);
    ~RunnerProcess(); // never leaves it running

    bool isRunning() const;
    bool waitForFinished(int timeoutMs);
    int exitCode() const;
    void signal(int number) const;

private:
    QProcess m_process;
};

QByteArray readFile(const QString &path);
QByteArray allCommandLines(); // of every process on this machine (Linux /proc)
bool createPostgresDatabase(const QString &serverUrl, const QString &name);
void dropPostgresDatabase(const QString &serverUrl, const QString &name);

} // namespace ImapDeskTest
