#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace ImapDeskTest {

// tests/fixtures/fake-imapsync as a child process, read through Qt's event loop so a test
// can wait for a given output instead of sleeping. The environment starts clean of
// FAKE_IMAPSYNC_* and IMAPSYNC_PASSWORD* variables; stdin is closed unless asked otherwise.
class FakeProcess final
{
public:
    FakeProcess();
    ~FakeProcess(); // kills a child still running: a test never leaks one
    FakeProcess(const FakeProcess &) = delete;
    FakeProcess &operator=(const FakeProcess &) = delete;

    static QString program();

    void setEnv(const QString &name, const QString &value) { m_env.insert(name, value); }
    void setEnv(const QStringList &assignments); // "NAME=VALUE" items
    void setWorkingDirectory(const QString &dir) { m_process.setWorkingDirectory(dir); }
    void keepStdinOpen() { m_keepStdinOpen = true; }

    void start(const QStringList &arguments);
    void write(const QByteArray &data);
    void closeStdin() { m_process.closeWriteChannel(); }
    bool waitForOutput(const QByteArray &text, int timeoutMs = 10000);
    bool waitForFinished(int timeoutMs = 15000);
    void sendSignal(int signal) const;

    qint64 pid() const { return m_pid; }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QByteArray standardOutput() const { return m_out; }
    QByteArray standardError() const { return m_err; }
    int exitCode() const { return m_process.exitCode(); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }

private:
    void readAvailable();

    QProcess m_process;
    QProcessEnvironment m_env;
    QByteArray m_out;
    QByteArray m_err;
    qint64 m_pid = 0;
    bool m_keepStdinOpen = false;
};

// Runs the fake to the end with these arguments and "NAME=VALUE" environment entries.
struct FakeResult
{
    QByteArray out;
    QByteArray err;
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::NormalExit;
    bool finished = false;
};
FakeResult runFake(const QStringList &arguments, const QStringList &environment = {},
                   const QString &workingDirectory = {});

// One job's directory and the command line ImapDesk builds for it: every host and user, a
// per-job pid file, an exact log path; passwords only in the environment, and a record file.
class FakeJob final
{
public:
    static const QString password1; // with a space, quotes and a non-ASCII letter
    static const QString password2; // with , ; | # and a backslash

    bool isValid() const { return m_dir.isValid(); }
    QString directory() const { return m_dir.path(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QStringList arguments(const QStringList &extra = {}) const;
    QStringList environment(const QStringList &extra = {}) const;
    QJsonObject lastRecord() const; // the fake's FAKE_IMAPSYNC_RECORD line of the last run

private:
    QTemporaryDir m_dir;
};

QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &content);
QByteArray sha256(const QString &text);

} // namespace ImapDeskTest
