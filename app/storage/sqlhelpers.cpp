#include "storage/sqlhelpers.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlError>

namespace imapdesk {

bool prepareSql(Database &database, QSqlQuery &query, const QString &sql, QString *error)
{
    query = QSqlQuery(database.connection());
    query.setForwardOnly(true);
    if (query.prepare(expandSql(sql, database.dialect())))
        return true;
    *error = query.lastError().text();
    return false;
}

namespace {

// Qt binds a null QString as NULL; a text column of ours means "empty" then.
// A NULL on purpose is an invalid QVariant (nullableText()).
QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QLatin1String(""));
    return value;
}

} // namespace

bool execPrepared(QSqlQuery &query, const QVariantMap &values, QString *error)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(u':' + it.key(), bindable(it.value()));
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

bool runSql(Database &database, QSqlQuery &query, const QString &sql, const QVariantMap &values,
            QString *error)
{
    if (!values.isEmpty())
        return prepareSql(database, query, sql, error) && execPrepared(query, values, error);
    // Without values: PostgreSQL cannot PREPARE DDL.
    query = QSqlQuery(database.connection());
    query.setForwardOnly(true);
    if (query.exec(expandSql(sql, database.dialect())))
        return true;
    *error = query.lastError().text();
    return false;
}

bool runSql(Database &database, const QString &sql, const QVariantMap &values, QString *error)
{
    QSqlQuery query;
    return runSql(database, query, sql, values, error);
}

bool runUpdate(Database &database, const QString &sql, const QVariantMap &values, int *affected,
               QString *error)
{
    QSqlQuery query;
    if (!runSql(database, query, sql, values, error))
        return false;
    *affected = query.numRowsAffected();
    return true;
}

bool selectInt64(Database &database, const QString &sql, const QVariantMap &values, qint64 *value,
                 QString *error)
{
    QSqlQuery query;
    if (!runSql(database, query, sql, values, error))
        return false;
    *value = query.next() ? query.value(0).toLongLong() : 0;
    return true;
}

namespace {

bool begin(Database &database, QString *error)
{
    QSqlQuery query(database.connection());
    if (query.exec(beginTransactionSql(database.dialect())))
        return true;
    *error = query.lastError().text();
    return false;
}

void rollback(Database &database)
{
    // Nothing more to report: the caller already has the first error.
    database.connection().rollback();
}

} // namespace

bool inTransaction(Database &database, const std::function<bool(QString *error)> &body,
                   QString *error)
{
    if (!begin(database, error))
        return false;
    if (!body(error)) {
        rollback(database);
        return false;
    }
    // QPSQL's commit() also notices a transaction the server already aborted.
    if (database.connection().commit())
        return true;
    *error = database.connection().lastError().text();
    rollback(database);
    return false;
}

StoreError storeError(const Database &database, const QString &what, const QString &detail)
{
    return StoreError{QCoreApplication::translate("Storage", "%1 (database %2): %3")
                          .arg(what, database.displayName(), detail)};
}

QVariant nullableInt64(const std::optional<qint64> &value)
{
    return value ? QVariant(qlonglong(*value)) : QVariant(QMetaType::fromType<qlonglong>());
}

QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

std::optional<qint64> optionalInt64(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

} // namespace imapdesk
