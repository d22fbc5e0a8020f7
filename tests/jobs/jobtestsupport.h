#pragma once

#include "jobs/jobprocess.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

class QTemporaryDir;

namespace imapdesk::test {

// For init(): any Qt warning fails the test ("QProcess: Destroyed while process
// is still running" first of all), and no FAKE_IMAPSYNC_* is inherited.
void startJobTest();
// A job in directory run by fake-imapsync: endpoints, the FakeJob passwords, the
// log and run folders; 10 s before any signal (tests that want them shorten it).
JobRunSpec fakeJobSpec(const QTemporaryDir &directory);
QString pidFileOf(const JobRunSpec &spec); // where JobProcess keeps imapsync's pid file

// What one JobProcess said, counted; the outcome kept.
class Watch final
{
public:
    explicit Watch(JobProcess *job);
    bool waitFinished(int timeoutMs = 20000);

    std::optional<JobOutcome> outcome;
    int finishedCount = 0;
    int startedCount = 0;
    int outputCount = 0;
    qint64 pid = 0;
};

// FAKE_IMAPSYNC_* for the children started from now on ("NAME=VALUE" items):
// the command builder copies the environment of the test process.
void setFakeEnvironment(const QStringList &assignments);
// Removes every FAKE_IMAPSYNC_* and IMAPSYNC_PASSWORD* variable.
void clearFakeEnvironment();

// Files in the job's run folder (pid, abort and password files), by name.
QStringList runFilesLeft(const QString &runDirectory);
QStringList passwordFilesIn(const QString &runDirectory); // absolute paths
QStringList filesUnder(const QString &directory);         // recursive, absolute paths
int unixMode(const QString &path);                        // permission bits, e.g. 0600

// Sum of the {size} of the "msg ... copied to" lines, read without the parser.
qint64 sumOfCopiedSizes(QByteArray output);
QJsonObject lastJsonLine(const QString &path);

bool processExists(qint64 pid);                        // a zombie still exists
QByteArray readProcFile(qint64 pid, const char *name); // /proc/<pid>/<name>
// Whether any process's /proc/<pid>/cmdline holds one of texts.
bool anyCommandLineContains(const QStringList &texts);
bool containsAny(const QByteArray &data, const QStringList &texts); // texts as UTF-8
QByteArray outcomeTexts(const JobOutcome &outcome);                 // every text of outcome, UTF-8

} // namespace imapdesk::test
