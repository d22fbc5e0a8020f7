#include "cli/globaloptions.h"
#include "storage/databaselocation.h"
#include "util/applicationpaths.h"

#include <QCommandLineParser>
#include <QDir>
#include <QProcessEnvironment>
#include <QTest>

using imapdesk::GlobalOptions;

namespace {

GlobalOptions optionsFor(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QCommandLineParser parser;
    GlobalOptions::addTo(parser);
    if (!parser.parse(QStringList{QStringLiteral("imapdesk")} + arguments))
        qWarning("%s", qPrintable(parser.errorText()));
    return GlobalOptions::from(parser, environment);
}

QProcessEnvironment environmentWith(const QString &name, const QString &value)
{
    QProcessEnvironment environment;
    environment.insert(name, value);
    return environment;
}

} // namespace

class TestGlobalOptions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { imapdesk::setApplicationIdentity(); }
    void precedence_data();
    void precedence();
    void defaultDatabaseIsSqliteInDataDirectory();
    void badDatabaseUrlIsReported();
};

void TestGlobalOptions::precedence_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("dataDirectory");
    QTest::addColumn<QString>("databaseUrl");
    QTest::addColumn<QString>("imapsync");
    const QString defaultDir = imapdesk::defaultDataDirectory();
    QTest::newRow("defaults") << QStringList{} << ""
                              << "" << defaultDir << ""
                              << "";
    QTest::newRow("env data dir") << QStringList{} << "IMAPDESK_DATA_DIR"
                                  << "/srv/imapdesk"
                                  << "/srv/imapdesk"
                                  << ""
                                  << "";
    QTest::newRow("option beats env")
        << QStringList{"--data-dir", "/opt/desk"} << "IMAPDESK_DATA_DIR"
        << "/srv/imapdesk"
        << "/opt/desk"
        << ""
        << "";
    QTest::newRow("env db") << QStringList{} << "IMAPDESK_DB"
                            << "postgresql://me@db/team" << defaultDir << "postgresql://me@db/team"
                            << "";
    QTest::newRow("option db") << QStringList{"--db", "/tmp/x.sqlite"} << "IMAPDESK_DB"
                               << "postgresql://me@db/team" << defaultDir << "/tmp/x.sqlite"
                               << "";
    QTest::newRow("env imapsync") << QStringList{} << "IMAPDESK_IMAPSYNC"
                                  << "/usr/local/bin/imapsync" << defaultDir << ""
                                  << "/usr/local/bin/imapsync";
    QTest::newRow("option imapsync")
        << QStringList{"--imapsync=/opt/imapsync"} << "IMAPDESK_IMAPSYNC"
        << "/usr/local/bin/imapsync" << defaultDir << ""
        << "/opt/imapsync";
    QTest::newRow("relative data dir made absolute")
        << QStringList{"--data-dir", "rel"} << ""
        << "" << QDir::current().absoluteFilePath("rel") << ""
        << "";
}

void TestGlobalOptions::precedence()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, variable);
    QFETCH(QString, value);
    const QProcessEnvironment environment =
        variable.isEmpty() ? QProcessEnvironment() : environmentWith(variable, value);
    const GlobalOptions options = optionsFor(arguments, environment);
    QTEST(options.dataDirectory, "dataDirectory");
    QTEST(options.databaseUrl, "databaseUrl");
    QTEST(options.imapsyncPath, "imapsync");
}

void TestGlobalOptions::defaultDatabaseIsSqliteInDataDirectory()
{
    const GlobalOptions options =
        optionsFor({QStringLiteral("--data-dir"), QStringLiteral("/srv/desk")}, {});
    imapdesk::DatabaseLocation location;
    QString error;
    QVERIFY2(options.database(location, error), qPrintable(error));
    QCOMPARE(location.kind, imapdesk::DatabaseLocation::Kind::Sqlite);
    QCOMPARE(location.sqliteFile, QStringLiteral("/srv/desk/imapdesk.sqlite"));
}

void TestGlobalOptions::badDatabaseUrlIsReported()
{
    const GlobalOptions options =
        optionsFor({}, environmentWith(QStringLiteral("IMAPDESK_DB"), QStringLiteral("odbc://x")));
    imapdesk::DatabaseLocation location;
    QString error;
    QVERIFY(!options.database(location, error));
    QVERIFY2(error.contains(QStringLiteral("odbc://x")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestGlobalOptions)
#include "tst_globaloptions.moc"
