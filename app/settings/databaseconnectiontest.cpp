#include "settings/databaseconnectiontest.h"

#include "storage/database.h"
#include "storage/migrations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

#include <memory>

namespace imapdesk {

namespace {

// lupdate finds the context of Tr::tr() calls; a free tr() would land in "imapdesk".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseConnectionTest)
};

DatabaseOptions testOptions(const DatabaseLocation &location, const QString &password)
{
    DatabaseOptions options;
    options.migrate = false;
    options.password = password;
    // Nothing is written to an existing history; a new SQLite file needs writing.
    options.readOnly = location.kind == DatabaseLocation::Kind::PostgreSql ||
                       QFileInfo::exists(location.sqliteFile);
    return options;
}

DatabaseTestResult describeSchema(int version, const QString &name)
{
    const int known = latestSchemaVersion(builtInMigrations());
    if (version == 0)
        return {true, Tr::tr("Connected to %1. It holds no ImapDesk history yet: ImapDesk "
                             "will set it up when it first uses it.")
                          .arg(name)};
    if (version > known)
        return {false, Tr::tr("Connected to %1, but its history was written by a newer "
                              "ImapDesk (schema version %2; this one knows up to %3).")
                           .arg(name)
                           .arg(version)
                           .arg(known)};
    return {true,
            Tr::tr("Connected to %1: ImapDesk history, schema version %2.").arg(name).arg(version)};
}

// Runs in the worker thread: the connection is opened and closed there.
DatabaseTestResult runTest(const DatabaseLocation &location, const QString &password)
{
    QString error;
    const std::unique_ptr<Database> database =
        Database::open(location, &error, testOptions(location, password));
    if (!database)
        return {false, error};
    int version = 0;
    if (!readSchemaVersion(*database, &version, &error))
        return {false, Tr::tr("Connected to %1, but its history cannot be read: %2")
                           .arg(location.displayName(), error)};
    return describeSchema(version, location.displayName());
}

} // namespace

void testDatabaseConnection(const DatabaseLocation &location, QObject *context,
                            std::function<void(const DatabaseTestResult &)> done,
                            const QString &password)
{
    auto result = std::make_shared<DatabaseTestResult>();
    QThread *thread =
        QThread::create([location, password, result] { *result = runTest(location, password); });
    // Queued to context's thread; the thread object deletes itself even when
    // context is gone by then.
    QObject::connect(thread, &QThread::finished, context, [result, done] { done(*result); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace imapdesk
