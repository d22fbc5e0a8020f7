// The settings dialog's "Test connection", headless: what it says about a new
// database, an ImapDesk history, and a database it cannot reach.

#include "settings/databaseconnectiontest.h"
#include "storagetestdb.h"

#include <QTemporaryDir>
#include <QTest>

using imapdesk::DatabaseLocation;
using imapdesk::DatabaseTestResult;
using imapdesk::testDatabaseConnection;

namespace {

// Runs the test and waits (in the event loop) for its answer.
DatabaseTestResult testAndWait(const DatabaseLocation &location)
{
    QObject context;
    DatabaseTestResult result;
    bool answered = false;
    testDatabaseConnection(location, &context, [&](const DatabaseTestResult &r) {
        result = r;
        answered = true;
    });
    if (!QTest::qWaitFor([&answered] { return answered; }, 20000))
        return {false, QStringLiteral("no answer within 20 s")};
    return result;
}

DatabaseLocation parsed(const QString &text)
{
    DatabaseLocation location;
    QString error;
    if (!DatabaseLocation::parse(text, location, error))
        qFatal("%s", qPrintable(error));
    return location;
}

} // namespace

class TestDatabaseConnectionTest final : public QObject
{
    Q_OBJECT

private slots:
    void emptyDatabase_data() { imapdesk::test::addBackendRows(); }
    void emptyDatabase();
    void existingHistory_data() { imapdesk::test::addBackendRows(); }
    void existingHistory();
    void refusedServer();
    void sqliteFolderCannotBeCreated();
    void contextGoneBeforeAnswer();
};

void TestDatabaseConnectionTest::emptyDatabase()
{
    QFETCH(QString, backend);
    imapdesk::test::ScratchDatabase scratch;
    QString error;
    QVERIFY2(scratch.create(backend, &error), qPrintable(error));
    const DatabaseTestResult result = testAndWait(scratch.location());
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("no ImapDesk history yet")),
             qPrintable(result.message));
}

void TestDatabaseConnectionTest::existingHistory()
{
    QFETCH(QString, backend);
    imapdesk::test::ScratchDatabase scratch;
    QString error;
    QVERIFY2(scratch.create(backend, &error), qPrintable(error));
    QVERIFY2(scratch.open(&error), qPrintable(error)); // migrated, then closed
    const DatabaseTestResult result = testAndWait(scratch.location());
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("schema version")), qPrintable(result.message));
}

void TestDatabaseConnectionTest::refusedServer()
{
    // Port 1 on the loopback: nothing listens, the refusal is immediate.
    const DatabaseTestResult result =
        testAndWait(parsed(QStringLiteral("postgresql://nobody@127.0.0.1:1/imapdesk")));
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(QStringLiteral("127.0.0.1")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("refused"), Qt::CaseInsensitive) ||
                 result.message.contains(QStringLiteral("connect"), Qt::CaseInsensitive),
             qPrintable(result.message));
}

void TestDatabaseConnectionTest::sqliteFolderCannotBeCreated()
{
    QTemporaryDir folder;
    const QString blocker = folder.filePath(QStringLiteral("file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly)); // a file where a folder would have to be
    file.close();
    const DatabaseTestResult result = testAndWait(parsed(blocker + QStringLiteral("/h.sqlite")));
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(QStringLiteral("cannot be created")),
             qPrintable(result.message));
}

void TestDatabaseConnectionTest::contextGoneBeforeAnswer()
{
    QTemporaryDir folder;
    bool called = false;
    {
        QObject context;
        testDatabaseConnection(parsed(folder.filePath(QStringLiteral("h.sqlite"))), &context,
                               [&called](const DatabaseTestResult &) { called = true; });
    }
    QTest::qWait(500); // the worker ends and cleans up; nobody is told
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestDatabaseConnectionTest)
#include "tst_databaseconnectiontest.moc"
