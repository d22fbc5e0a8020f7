// `imapdesk db password` end to end: the real executable saves the password
// of a PostgreSQL role that must give it (the private server and keyring of
// scripts/test.sh), the other verbs then open the database with it, a wrong
// one is explained, --forget removes it, and no password is ever printed or
// written to the application log.
#include "passwordrole.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace imapdesk;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestDbPassword final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void savedPasswordOpensTheDatabase();
    void wrongPasswordIsExplained();
    void forgetFallsBackToPgpassword();
    void refused_data();
    void refused();
    void keyringUnavailable();
    void helpNamesTheVerb();

private:
    Run imapdesk(const QStringList &arguments, const QByteArray &input = {},
                 const QProcessEnvironment &environment = {});
    Run dbPassword(const QByteArray &input, const QStringList &more = {});
    Run batchList(const QProcessEnvironment &environment = {});
    void verifyNothingShows(const Run &run, const QString &secret);
    void verifyNotInDataFolder(const QString &secret);
    QProcessEnvironment baseEnvironment() const;

    test::PasswordRole m_role;
    QTemporaryDir m_dir;
    QString m_data;
};

void TestDbPassword::initTestCase()
{
    if (!test::hasTestServer())
        QSKIP("IMAPDESK_TEST_PG_URL is not set: run through scripts/test.sh");
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(QStringLiteral("data"));
    QString error;
    bool skip = false;
    if (!m_role.create(&error, &skip)) {
        if (skip)
            QSKIP(qPrintable(error));
        QFAIL(qPrintable(error));
    }
}

void TestDbPassword::init()
{
    // Every case starts with nothing saved.
    QCOMPARE(dbPassword({}, {QStringLiteral("--forget")}).code, 0);
}

void TestDbPassword::cleanupTestCase()
{
    if (!m_data.isEmpty() && test::hasTestServer())
        dbPassword({}, {QStringLiteral("--forget")});
}

void TestDbPassword::savedPasswordOpensTheDatabase()
{
    const Run saved = dbPassword(m_role.password().toUtf8() + '\n');
    QCOMPARE(saved.code, 0);
    QCOMPARE(
        saved.out,
        QStringLiteral("The password for %1 is saved in the system keyring.\n").arg(m_role.url()));
    verifyNothingShows(saved, m_role.password());

    const Run list = batchList();
    QVERIFY2(list.code == 0, qPrintable(list.err));
    QCOMPARE(list.out, QStringLiteral("No batches.\n"));
    verifyNothingShows(list, m_role.password());
    verifyNotInDataFolder(m_role.password());
}

void TestDbPassword::wrongPasswordIsExplained()
{
    const QString wrong = QStringLiteral("Wrong-Secret-31337");
    QCOMPARE(dbPassword(wrong.toUtf8()).code, 0); // no line break at the end: still one line
    const Run list = batchList();
    QCOMPARE(list.code, 3);
    QVERIFY2(list.err.contains(QStringLiteral("password authentication failed")),
             qPrintable(list.err));
    QVERIFY2(list.err.contains(m_role.url()), qPrintable(list.err));
    QVERIFY2(list.err.contains(QStringLiteral("The password saved in the system keyring was used")),
             qPrintable(list.err));
    verifyNothingShows(list, wrong);
    verifyNothingShows(list, m_role.password());
    verifyNotInDataFolder(wrong);

    // Saving again replaces it.
    QCOMPARE(dbPassword(m_role.password().toUtf8() + "\r\n").code, 0);
    QCOMPARE(batchList().code, 0);
}

void TestDbPassword::forgetFallsBackToPgpassword()
{
    QCOMPARE(dbPassword(m_role.password().toUtf8() + '\n').code, 0);
    const Run forgot = dbPassword({}, {QStringLiteral("--forget")});
    QCOMPARE(forgot.code, 0);
    QCOMPARE(forgot.out, QStringLiteral("No password for %1 is saved in the system keyring now.\n")
                             .arg(m_role.url()));

    const Run without = batchList();
    QCOMPARE(without.code, 3);
    QVERIFY2(without.err.contains(QStringLiteral("no password supplied")), qPrintable(without.err));
    QVERIFY2(without.err.contains(QStringLiteral("No password is saved in the system keyring")),
             qPrintable(without.err));

    QProcessEnvironment environment = baseEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), m_role.password());
    const Run fallback = batchList(environment);
    QVERIFY2(fallback.code == 0, qPrintable(fallback.err));
}

void TestDbPassword::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("sqlite file") << QStringList{QStringLiteral("--db"), QStringLiteral("h.sqlite")}
                                 << QByteArray("Secret-31337\n")
                                 << QStringLiteral("is an SQLite file, which has no password");
    QTest::newRow("default sqlite")
        << QStringList() << QByteArray("Secret-31337\n") << QStringLiteral("is an SQLite file");
    QTest::newRow("password as operand")
        << QStringList{QStringLiteral("--db"), QStringLiteral("postgresql://u@db/x"),
                       QStringLiteral("Secret-31337")}
        << QByteArray() << QStringLiteral("never from the command line");
    QTest::newRow("password in the url")
        << QStringList{QStringLiteral("--db"), QStringLiteral("postgresql://u:Secret-31337@db/x")}
        << QByteArray() << QStringLiteral("contains a password");
    QTest::newRow("nothing on stdin")
        << QStringList{QStringLiteral("--db"), QStringLiteral("postgresql://u@db/x")}
        << QByteArray() << QStringLiteral("No password given");
    QTest::newRow("empty line") << QStringList{QStringLiteral("--db"),
                                               QStringLiteral("postgresql://u@db/x")}
                                << QByteArray("\n") << QStringLiteral("No password given");
}

void TestDbPassword::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, messagePart);
    const Run run = imapdesk(QStringList{QStringLiteral("db"), QStringLiteral("password"),
                                         QStringLiteral("--data-dir"), m_data} +
                                 arguments,
                             input);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(messagePart), qPrintable(run.err));
    verifyNothingShows(run, QStringLiteral("31337"));
}

void TestDbPassword::keyringUnavailable()
{
    // A bus that does not exist: the keyring cannot be reached at all.
    QProcessEnvironment environment = baseEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus")));
    const Run saved =
        imapdesk({QStringLiteral("db"), QStringLiteral("password"), QStringLiteral("--data-dir"),
                  m_data, QStringLiteral("--db"), m_role.url()},
                 "Secret-31337\n", environment);
    QCOMPARE(saved.code, 3);
    QVERIFY2(saved.err.contains(QStringLiteral("Cannot save the password for ") + m_role.url() +
                                QStringLiteral(" in the system keyring: no system keyring "
                                               "available (")),
             qPrintable(saved.err));
    QVERIFY2(saved.err.contains(QStringLiteral("PGPASSWORD or ~/.pgpass")), qPrintable(saved.err));
    verifyNothingShows(saved, QStringLiteral("31337"));

    // The other verbs carry on with libpq's own sources.
    environment.insert(QStringLiteral("PGPASSWORD"), m_role.password());
    const Run list = batchList(environment);
    QVERIFY2(list.code == 0, qPrintable(list.err));
    environment.remove(QStringLiteral("PGPASSWORD"));
    const Run failed = batchList(environment);
    QCOMPARE(failed.code, 3);
    QVERIFY2(failed.err.contains(QStringLiteral("The system keyring could not be asked for the "
                                                "password (no system keyring available (")),
             qPrintable(failed.err));
}

void TestDbPassword::helpNamesTheVerb()
{
    const Run general = imapdesk({QStringLiteral("--help")});
    QCOMPARE(general.code, 0);
    QVERIFY2(general.out.contains(QStringLiteral("db password")), qPrintable(general.out));
    const Run verb =
        imapdesk({QStringLiteral("db"), QStringLiteral("password"), QStringLiteral("--help")});
    QCOMPARE(verb.code, 0);
    QVERIFY2(verb.out.contains(QStringLiteral("--forget")), qPrintable(verb.out));
}

Run TestDbPassword::imapdesk(const QStringList &arguments, const QByteArray &input,
                             const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment.isEmpty() ? baseEnvironment() : environment);
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(IMAPDESK_BINARY), arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

Run TestDbPassword::dbPassword(const QByteArray &input, const QStringList &more)
{
    return imapdesk(QStringList{QStringLiteral("db"), QStringLiteral("password"),
                                QStringLiteral("--data-dir"), m_data, QStringLiteral("--db"),
                                m_role.url(), QStringLiteral("--verbose")} +
                        more,
                    input);
}

Run TestDbPassword::batchList(const QProcessEnvironment &environment)
{
    return imapdesk({QStringLiteral("batch"), QStringLiteral("list"), QStringLiteral("--data-dir"),
                     m_data, QStringLiteral("--db"), m_role.url(), QStringLiteral("--verbose")},
                    {}, environment);
}

void TestDbPassword::verifyNothingShows(const Run &run, const QString &secret)
{
    QVERIFY2(!run.out.contains(secret), qPrintable(run.out));
    QVERIFY2(!run.err.contains(secret), qPrintable(run.err));
}

// The application log and anything else ImapDesk wrote.
void TestDbPassword::verifyNotInDataFolder(const QString &secret)
{
    int files = 0;
    QDirIterator it(m_data, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY2(QFile::exists(m_data + QStringLiteral("/app-log/imapdesk.log")),
             "the application log was written");
    QVERIFY(files > 0);
}

// No PGPASSWORD or ~/.pgpass of the user: only what a case sets.
QProcessEnvironment TestDbPassword::baseEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"PGPASSWORD", "IMAPDESK_DB", "IMAPDESK_DATA_DIR", "DISPLAY"})
        environment.remove(QString::fromLatin1(variable));
    environment.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/nonexistent/pgpass"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

QTEST_GUILESS_MAIN(TestDbPassword)
#include "tst_dbpassword.moc"
