// Passwords reach fake-imapsync (checked by the SHA-256 it records) and appear nowhere
// else: not in any command line, file, log or outcome.
#include "../fake/fakeprocess.h"
#include "imapsync/exitcodes.h"
#include "jobs/jobprocess.h"
#include "jobtestsupport.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace imapdesk;
using namespace imapdesk::test;
using namespace std::chrono_literals;
using ImapDeskTest::readFile;
using ImapDeskTest::sha256;

class tst_JobProcessSecrets final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void passwordsStayOutOfSight();
    void zeroPasswordGoesThroughAPassfile();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_JobProcessSecrets::init()
{
    startJobTest();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_JobProcessSecrets::cleanup()
{
    clearFakeEnvironment();
    m_dir.reset();
}

void tst_JobProcessSecrets::passwordsStayOutOfSight()
{
    const QString password1 = QStringLiteral("Src-s3cr\u00e9t \"quoted\" $HOME `x` 7Qx");
    const QString password2 = QStringLiteral("Dst-p@ss;|&>out -9Zk \u20ac");
    const QString record = path(QStringLiteral("record.jsonl"));
    setFakeEnvironment(
        {QStringLiteral("FAKE_IMAPSYNC_HANG=1"), QStringLiteral("FAKE_IMAPSYNC_RECORD=") + record});
    JobRunSpec spec = fakeJobSpec(*m_dir);
    spec.imapsync.password1 = password1;
    spec.imapsync.password2 = password2;
    spec.abortGrace = 100ms;
    JobProcess job(spec);
    Watch watch(&job);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(pidFileOf(spec)), 10000);

    const qint64 pid = job.processId();
    const QByteArray childCommandLine = readProcFile(pid, "cmdline");
    QVERIFY(childCommandLine.contains("--host1"));
    QVERIFY(!containsAny(childCommandLine, {password1, password2}));
    QVERIFY(!anyCommandLineContains({password1, password2}));

    // The fake writes its record at start-up when the passwords came without a prompt.
    const QJsonObject recorded = lastJsonLine(record);
    QCOMPARE(recorded.value(QLatin1String("password1_source")).toString(), QStringLiteral("env"));
    QCOMPARE(recorded.value(QLatin1String("password2_source")).toString(), QStringLiteral("env"));
    QCOMPARE(recorded.value(QLatin1String("password1_sha256")).toString().toLatin1(),
             sha256(password1));
    QCOMPARE(recorded.value(QLatin1String("password2_sha256")).toString().toLatin1(),
             sha256(password2));
    QCOMPARE(recorded.value(QLatin1String("stdin")).toString(), QStringLiteral("devnull"));
    QCOMPARE(recorded.value(QLatin1String("cwd")).toString(),
             QFileInfo(spec.runDirectory).canonicalFilePath());
    QCOMPARE(recorded.value(QLatin1String("pid")).toInteger(), pid);

    job.stop();
    QVERIFY(watch.waitFinished());
    QCOMPARE(watch.outcome->verdict.state, JobVerdictState::Cancelled);
    QVERIFY(!containsAny(outcomeTexts(*watch.outcome), {password1, password2}));
    const QStringList files = filesUnder(m_dir->path());
    QVERIFY(files.contains(spec.logFile));
    for (const QString &file : files)
        QVERIFY2(!containsAny(readFile(file), {password1, password2}), qPrintable(file));
}

void tst_JobProcessSecrets::zeroPasswordGoesThroughAPassfile()
{
    // The environment cannot carry "0" or "" to imapsync (Perl's truth test).
    const QString record = path(QStringLiteral("record.jsonl"));
    setFakeEnvironment(
        {QStringLiteral("FAKE_IMAPSYNC_HANG=1"), QStringLiteral("FAKE_IMAPSYNC_RECORD=") + record});
    JobRunSpec spec = fakeJobSpec(*m_dir);
    spec.imapsync.password1 = QStringLiteral("0");
    spec.imapsync.password2 = QString();
    spec.abortGrace = 100ms;
    JobProcess job(spec);
    Watch watch(&job);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(pidFileOf(spec)), 10000);

    const QStringList passfiles = passwordFilesIn(spec.runDirectory);
    QCOMPARE(passfiles.size(), 2);
    QStringList contents;
    for (const QString &file : passfiles) {
        QCOMPARE(unixMode(file), 0600);
        contents.append(QString::fromUtf8(readFile(file)));
    }
    contents.sort();
    QCOMPARE(contents, QStringList({QStringLiteral("\n"), QStringLiteral("0\n")}));

    const QJsonObject recorded = lastJsonLine(record);
    QCOMPARE(recorded.value(QLatin1String("password1_source")).toString(),
             QStringLiteral("passfile"));
    QCOMPARE(recorded.value(QLatin1String("password1_sha256")).toString().toLatin1(),
             sha256(QStringLiteral("0")));
    QCOMPARE(recorded.value(QLatin1String("password2_sha256")).toString().toLatin1(),
             sha256(QString()));
    QVERIFY(!recorded.value(QLatin1String("env_password1_set")).toBool());
    QVERIFY(!recorded.value(QLatin1String("env_password2_set")).toBool());
    const QByteArray header = readFile(spec.logFile).split('\n').constFirst();
    QVERIFY(header.contains(" --passfile1 ") && header.contains(" --passfile2 "));

    job.stop();
    QVERIFY(watch.waitFinished());
    QCOMPARE(watch.outcome->verdict.state, JobVerdictState::Cancelled);
    QVERIFY(passwordFilesIn(spec.runDirectory).isEmpty());
    QCOMPARE(runFilesLeft(spec.runDirectory), QStringList());
}

QTEST_GUILESS_MAIN(tst_JobProcessSecrets)
#include "tst_jobprocesssecrets.moc"
