#include "storage/databaselocation.h"

#include <QDir>
#include <QTest>

using imapdesk::DatabaseLocation;

class TestDatabaseLocation final : public QObject
{
    Q_OBJECT

private slots:
    void sqlitePaths_data();
    void sqlitePaths();
    void postgreSql_data();
    void postgreSql();
    void refused_data();
    void refused();
};

void TestDatabaseLocation::sqlitePaths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("file");
    QTest::newRow("absolute") << "/var/lib/imapdesk/history.sqlite"
                              << "/var/lib/imapdesk/history.sqlite";
    QTest::newRow("relative") << "history.sqlite" << QDir::current().filePath("history.sqlite");
    QTest::newRow("spaces kept inside") << "  /tmp/my history.db "
                                        << "/tmp/my history.db";
}

void TestDatabaseLocation::sqlitePaths()
{
    QFETCH(QString, text);
    QFETCH(QString, file);
    DatabaseLocation location;
    QString error;
    QVERIFY2(DatabaseLocation::parse(text, location, error), qPrintable(error));
    QCOMPARE(location.kind, DatabaseLocation::Kind::Sqlite);
    QCOMPARE(location.sqliteFile, file);
    QCOMPARE(location.displayName(), file);
}

void TestDatabaseLocation::postgreSql_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("options");
    QTest::newRow("full") << "postgresql://helpdesk@db.example.com:5433/imapdesk"
                          << "db.example.com" << 5433 << "helpdesk"
                          << "imapdesk"
                          << "";
    QTest::newRow("default port") << "postgresql://helpdesk@db/imapdesk"
                                  << "db" << 5432 << "helpdesk"
                                  << "imapdesk"
                                  << "";
    QTest::newRow("short scheme, no user") << "postgres://10.0.0.5/team"
                                           << "10.0.0.5" << 5432 << ""
                                           << "team"
                                           << "";
    QTest::newRow("socket dir and options")
        << "postgresql://me@localhost/team?host=/run/postgresql&sslmode=require"
        << "/run/postgresql" << 5432 << "me"
        << "team"
        << "sslmode=require";
}

void TestDatabaseLocation::postgreSql()
{
    QFETCH(QString, url);
    DatabaseLocation location;
    QString error;
    QVERIFY2(DatabaseLocation::parse(url, location, error), qPrintable(error));
    QCOMPARE(location.kind, DatabaseLocation::Kind::PostgreSql);
    QTEST(location.host, "host");
    QTEST(location.port, "port");
    QTEST(location.user, "user");
    QTEST(location.databaseName, "database");
    QTEST(location.connectOptions, "options");
}

void TestDatabaseLocation::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << "  "
                           << "empty";
    QTest::newRow("password in url") << "postgresql://me:Hunter2-Secret@db/team"
                                     << "PGPASSWORD";
    QTest::newRow("no database") << "postgresql://me@db"
                                 << "must name a host and a database";
    QTest::newRow("no host") << "postgresql:///team"
                             << "must name a host and a database";
    QTest::newRow("other scheme") << "mysql://me@db/team"
                                  << "Unsupported database URL";
}

void TestDatabaseLocation::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    DatabaseLocation location;
    QString error;
    QVERIFY(!DatabaseLocation::parse(text, location, error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("Hunter2")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
