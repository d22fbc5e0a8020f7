#include "storage/database.h"

#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace imapdesk {

namespace {

// libpq gives up on an unreachable server after this many seconds instead of
// the system's TCP timeout (minutes).
const char kPostgreSqlOptions[] = "connect_timeout=5;application_name=ImapDesk";

QString uniqueConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("imapdesk-storage-%1").arg(++counter);
}

} // namespace

Database::Database(const DatabaseLocation &location, const DatabaseOptions &options)
    : m_location(location)
    , m_options(options)
    , m_dialect(location.kind == DatabaseLocation::Kind::PostgreSql ? SqlDialect::PostgreSql
                                                                    : SqlDialect::Sqlite)
    , m_connectionName(uniqueConnectionName())
{}

Database::~Database()
{
    if (m_connection.isOpen())
        m_connection.close();
    // removeDatabase() wants no handle left on the connection.
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const DatabaseLocation &location, QString *error,
                                         const DatabaseOptions &options)
{
    std::unique_ptr<Database> database(new Database(location, options));
    if (!database->openConnection(error))
        return nullptr;
    QString detail;
    if (!options.migrate) {
        if (readSchemaVersion(*database, &database->m_schemaVersion, &detail) &&
            database->m_schemaVersion >= 2)
            database->readDatabaseId(&detail);
        return database;
    }
    const QList<Migration> migrations =
        options.migrations.isEmpty() ? builtInMigrations() : options.migrations;
    if (!migrateSchema(*database, migrations, &database->m_schemaVersion, &detail) ||
        (database->m_schemaVersion >= 2 && !database->readDatabaseId(&detail))) {
        *error = QCoreApplication::translate("Storage", "Could not prepare the database %1: %2")
                     .arg(location.displayName(), detail);
        return nullptr;
    }
    return database;
}

bool Database::readDatabaseId(QString *error)
{
    QSqlQuery query;
    if (!runSql(*this, query,
                QStringLiteral("SELECT value FROM database_info WHERE name = 'database_id'"), {},
                error))
        return false;
    if (query.next())
        m_databaseId = query.value(0).toString();
    if (m_databaseId.isEmpty()) {
        *error = QCoreApplication::translate("Storage", "its id is missing from database_info");
        return false;
    }
    return true;
}

bool Database::openConnection(QString *error)
{
    if (m_dialect == SqlDialect::Sqlite && !prepareSqliteFolder(error))
        return false;
    const QString driver =
        m_dialect == SqlDialect::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    m_connection = QSqlDatabase::addDatabase(driver, m_connectionName);
    if (!m_connection.isValid()) {
        *error = QCoreApplication::translate(
                     "Storage", "Could not open the database %1: the Qt SQL driver %2 is not "
                                "installed.")
                     .arg(displayName(), driver);
        return false;
    }
    configureDriver();
    if (!m_connection.open()) {
        *error = QCoreApplication::translate("Storage", "Could not open the database %1: %2")
                     .arg(displayName(), m_connection.lastError().text());
        return false;
    }
    QString detail;
    if (!configureSession(&detail)) {
        *error = QCoreApplication::translate("Storage", "Could not set up the database %1: %2")
                     .arg(displayName(), detail);
        return false;
    }
    return true;
}

bool Database::reconnect(QString *error)
{
    m_connection.close();
    if (!m_connection.open()) {
        *error = QCoreApplication::translate("Storage", "Could not open the database %1: %2")
                     .arg(displayName(), m_connection.lastError().text());
        return false;
    }
    QString detail;
    if (configureSession(&detail))
        return true;
    *error = QCoreApplication::translate("Storage", "Could not set up the database %1: %2")
                 .arg(displayName(), detail);
    return false;
}

bool Database::prepareSqliteFolder(QString *error) const
{
    const QString folder = QFileInfo(m_location.sqliteFile).absolutePath();
    if (m_options.readOnly || QDir().mkpath(folder))
        return true;
    *error = QCoreApplication::translate(
                 "Storage", "Could not open the database %1: the folder %2 cannot be created.")
                 .arg(displayName(), QDir::toNativeSeparators(folder));
    return false;
}

void Database::configureDriver()
{
    if (m_dialect == SqlDialect::Sqlite) {
        m_connection.setDatabaseName(m_location.sqliteFile);
        if (m_options.readOnly)
            m_connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        return;
    }
    m_connection.setHostName(m_location.host);
    m_connection.setPort(m_location.port);
    m_connection.setUserName(m_location.user);
    m_connection.setDatabaseName(m_location.databaseName);
    // Without a password from the keychain libpq reads PGPASSWORD or ~/.pgpass
    // by itself. The connection keeps it for reconnect(); no copy stays here.
    if (!m_options.password.isEmpty())
        m_connection.setPassword(m_options.password);
    m_options.password.clear();
    // The location's own options come last so that they win.
    QString options = QLatin1String(kPostgreSqlOptions);
    if (!m_location.connectOptions.isEmpty())
        options += u';' + m_location.connectOptions;
    m_connection.setConnectOptions(options);
}

bool Database::configureSession(QString *error)
{
    if (m_dialect == SqlDialect::PostgreSql) {
        // NOTICEs ("already exists, skipping") would go to stderr through libpq.
        return runPragma(QStringLiteral("SET client_min_messages = warning"), error) &&
               (!m_options.readOnly ||
                runPragma(QStringLiteral("SET default_transaction_read_only = on"), error));
    }
    // WAL lets readers (the GUI) work while a runner writes; foreign keys are
    // off by default in SQLite and the cascades depend on them.
    const bool wal =
        m_options.readOnly || runPragma(QStringLiteral("PRAGMA journal_mode=WAL"), error);
    return wal && runPragma(QStringLiteral("PRAGMA foreign_keys=ON"), error) &&
           runPragma(QStringLiteral("PRAGMA busy_timeout=%1").arg(m_options.busyTimeoutMs),
                     error) &&
           runPragma(QStringLiteral("PRAGMA synchronous=NORMAL"), error);
}

bool Database::runPragma(const QString &statement, QString *error)
{
    QSqlQuery query(m_connection);
    if (query.exec(statement))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace imapdesk
