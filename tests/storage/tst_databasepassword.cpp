// Database::open with a PostgreSQL password (DatabaseOptions::password, as
// the keychain gives it) against a role the test server makes ask for it:
// the password reaches libpq unchanged, a wrong or missing one gives the
// server's clear message without any password in it, and without one of
// ours libpq's PGPASSWORD still works.
#include "passwordrole.h"

#include <QTest>

using namespace imapdesk;

class TestDatabasePassword final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void open_data();
    void open();
    void reconnectKeepsThePassword();

private:
    test::PasswordRole m_role;
};

void TestDatabasePassword::initTestCase()
{
    if (!test::hasTestServer())
        QSKIP("IMAPDESK_TEST_PG_URL is not set: run through scripts/test.sh");
    QString error;
    bool skip = false;
    if (!m_role.create(&error, &skip)) {
        if (skip)
            QSKIP(qPrintable(error));
        QFAIL(qPrintable(error));
    }
    // Only what each row sets: no ~/.pgpass of the user, no PGPASSWORD.
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", QByteArrayLiteral("/nonexistent/pgpass"));
}

void TestDatabasePassword::cleanup()
{
    qunsetenv("PGPASSWORD");
}

void TestDatabasePassword::open_data()
{
    QTest::addColumn<QString>("given");       // DatabaseOptions::password; "<right>" for the role's
    QTest::addColumn<QString>("environment"); // PGPASSWORD
    QTest::addColumn<QString>("failure");     // part of the message; empty: it opens
    const QString right = QStringLiteral("<right>");
    QTest::newRow("right password") << right << QString() << QString();
    QTest::newRow("wrong password") << QStringLiteral("Wrong-Secret-31337") << QString()
                                    << QStringLiteral("password authentication failed");
    QTest::newRow("none at all") << QString() << QString()
                                 << QStringLiteral("no password supplied");
    QTest::newRow("PGPASSWORD without ours") << QString() << right << QString();
    QTest::newRow("ours wins over PGPASSWORD")
        << right << QStringLiteral("Wrong-Env-Secret-4242") << QString();
    QTest::newRow("wrong ours, right PGPASSWORD")
        << QStringLiteral("Wrong-Secret-31337") << right
        << QStringLiteral("password authentication failed");
}

void TestDatabasePassword::open()
{
    QFETCH(QString, given);
    QFETCH(QString, environment);
    QFETCH(QString, failure);
    const auto resolve = [this](const QString &text) {
        return text == QLatin1String("<right>") ? m_role.password() : text;
    };
    if (!environment.isEmpty())
        qputenv("PGPASSWORD", resolve(environment).toUtf8());
    DatabaseOptions options;
    options.password = resolve(given);
    QString error;
    const std::unique_ptr<Database> database = Database::open(m_role.location(), &error, options);
    if (failure.isEmpty()) {
        QVERIFY2(database, qPrintable(error));
        QCOMPARE(database->schemaVersion() > 0, true);
        return;
    }
    QVERIFY(!database);
    QVERIFY2(error.contains(m_role.url()), qPrintable(error));
    QVERIFY2(error.contains(failure), qPrintable(error));
    for (const QString &secret : {m_role.password(), resolve(given), resolve(environment)}) {
        if (!secret.isEmpty())
            QVERIFY2(!error.contains(secret), qPrintable(error));
    }
}

void TestDatabasePassword::reconnectKeepsThePassword()
{
    DatabaseOptions options;
    options.password = m_role.password();
    QString error;
    const std::unique_ptr<Database> database = Database::open(m_role.location(), &error, options);
    QVERIFY2(database, qPrintable(error));
    QVERIFY2(database->reconnect(&error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestDatabasePassword)
#include "tst_databasepassword.moc"
