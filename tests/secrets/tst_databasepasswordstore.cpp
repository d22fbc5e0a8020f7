// DatabasePasswordStore against a real Secret Service: the private
// gnome-keyring that scripts/test.sh starts inside dbus-run-session. The
// failure paths run this binary again as a child ("--child ...") on a bus
// that is missing or never answers: the session bus of a process is chosen
// once, so each needs its own process.
#include "cli/blockingdatabasepassword.h"
#include "secrets/databasepasswordstore.h"
#include "storage/databaselocation.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace imapdesk;
using namespace std::chrono_literals;

namespace {

DatabaseLocation parsed(const QString &url)
{
    DatabaseLocation location;
    QString error;
    if (!DatabaseLocation::parse(url, location, error))
        qWarning("%s", qPrintable(error));
    return location;
}

// A database of its own per call: other test runs may share this keyring.
DatabaseLocation uniqueLocation()
{
    return parsed(QStringLiteral("postgresql://helpdesk@db.example.com:5433/t_") +
                  QUuid::createUuid().toString(QUuid::Id128).left(12));
}

// The child side: one operation, its outcome printed as one JSON line. Never
// prints a password: a read says only whether it found one.
int runChild(const QStringList &arguments)
{
    if (arguments.size() < 3)
        return 2;
    const QString operation = arguments.at(0);
    DatabasePasswordStore store(arguments.at(1));
    store.setTimeout(std::chrono::milliseconds(arguments.at(2).toInt()));
    BlockingDatabasePassword blocking(store, 60s);
    const DatabaseLocation location = parsed(QStringLiteral("postgresql://u@db.example.com/x"));
    QElapsedTimer clock;
    clock.start();
    CredentialStatus status;
    bool found = false;
    if (operation == QLatin1String("write")) {
        status = blocking.write(location, QStringLiteral("child-secret"));
    } else if (operation == QLatin1String("read")) {
        const DatabasePasswordResult result = blocking.read(location);
        status = result.status;
        found = result.found();
    } else {
        status = blocking.remove(location);
    }
    const QJsonObject answer{{QStringLiteral("error"), int(status.error)},
                             {QStringLiteral("message"), status.message},
                             {QStringLiteral("found"), found},
                             {QStringLiteral("ms"), clock.elapsed()}};
    QFile output;
    if (!output.open(stdout, QIODevice::WriteOnly))
        return 2;
    output.write(QJsonDocument(answer).toJson(QJsonDocument::Compact) + '\n');
    return 0;
}

struct ChildAnswer
{
    int error = -1;
    QString message;
    bool found = false;
    qint64 elapsedMs = -1;
    QString output; // for failure messages
};

} // namespace

class TestDatabasePasswordStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void keyNamesTheDatabase_data();
    void keyNamesTheDatabase();
    void roundTrip_data();
    void roundTrip();
    void entryLandsInSecretService();
    void missingIsNoError();
    void sqliteHasNoPassword();
    void emptyPasswordIsRefused();
    void sessionPasswordWins();
    void callbacksComeLater();
    void callbackDroppedWhenContextIsGone();
    void failures_data();
    void failures();
    void note_data();
    void note();

private:
    ChildAnswer child(const QString &operation, const QProcessEnvironment &environment,
                      int timeoutMs);
    QProcessEnvironment isolatedEnvironment(const QString &name);

    QString m_service;
    std::unique_ptr<DatabasePasswordStore> m_store;
    std::unique_ptr<BlockingDatabasePassword> m_blocking;
    QTemporaryDir m_dir;
};

void TestDatabasePasswordStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_service = QStringLiteral("ImapDeskTest-") + QUuid::createUuid().toString(QUuid::Id128);
    m_store = std::make_unique<DatabasePasswordStore>(m_service);
    m_store->setTimeout(20s);
    m_blocking = std::make_unique<BlockingDatabasePassword>(*m_store, 60s);
    const DatabaseLocation probe = uniqueLocation();
    const CredentialStatus written = m_blocking->write(probe, QStringLiteral("probe"));
    QVERIFY2(written.ok(), qPrintable(written.message +
                                      QStringLiteral("\nRun through scripts/test.sh: it starts a "
                                                     "private unlocked gnome-keyring.")));
    QVERIFY(m_blocking->remove(probe).ok());
}

void TestDatabasePasswordStore::cleanupTestCase()
{
    if (!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
        QProcess::execute(QStringLiteral("secret-tool"),
                          {QStringLiteral("clear"), QStringLiteral("server"), m_service});
}

void TestDatabasePasswordStore::keyNamesTheDatabase_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key");
    QTest::newRow("full") << "postgresql://helpdesk@db.example.com:5433/imapdesk"
                          << "imapdesk/database/helpdesk@db.example.com:5433/imapdesk";
    QTest::newRow("default port") << "postgres://helpdesk@db.example.com/hist"
                                  << "imapdesk/database/helpdesk@db.example.com:5432/hist";
    QTest::newRow("no user") << "postgresql://db.example.com/hist"
                             << "imapdesk/database/db.example.com:5432/hist";
    QTest::newRow("socket folder") << "postgresql://me@localhost/hist?host=/run/postgresql"
                                   << "imapdesk/database/me@/run/postgresql:5432/hist";
    QTest::newRow("options are not part of it") << "postgresql://me@db/hist?sslmode=require"
                                                << "imapdesk/database/me@db:5432/hist";
    QTest::newRow("percent in a name") << "postgresql://a%251@db/h%252"
                                       << "imapdesk/database/a%1@db:5432/h%2";
    QTest::newRow("sqlite") << "/tmp/imapdesk.sqlite"
                            << "";
}

void TestDatabasePasswordStore::keyNamesTheDatabase()
{
    QFETCH(QString, url);
    QFETCH(QString, key);
    QCOMPARE(DatabasePasswordStore::keyFor(parsed(url)), key);
}

void TestDatabasePasswordStore::roundTrip_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("plain") << "secret1";
    QTest::newRow("spaces") << " lead and trail ";
    QTest::newRow("quotes and backslashes") << "'single' \"double\" back\\slash";
    QTest::newRow("non-ASCII and emoji") << "pässwörd 🔑 日本語";
    QTest::newRow("zero") << "0";
    QTest::newRow("long") << QString(2048, u'x');
}

void TestDatabasePasswordStore::roundTrip()
{
    QFETCH(QString, password);
    const DatabaseLocation location = uniqueLocation();
    const CredentialStatus written = m_blocking->write(location, password);
    QVERIFY2(written.ok(), qPrintable(written.message));
    const DatabasePasswordResult read = m_blocking->read(location);
    QVERIFY2(read.status.ok(), qPrintable(read.status.message));
    QCOMPARE(read.source, DatabasePasswordSource::Keychain);
    QCOMPARE(read.password, password);
    QVERIFY(m_blocking->remove(location).ok());
    const DatabasePasswordResult gone = m_blocking->read(location);
    QCOMPARE(gone.status.error, CredentialError::NotFound);
    QVERIFY(!gone.found());
    QVERIFY(gone.password.isEmpty());
}

void TestDatabasePasswordStore::entryLandsInSecretService()
{
    if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
        QSKIP("secret-tool (libsecret-tools) is not installed");
    const DatabaseLocation location = uniqueLocation();
    const QString key = DatabasePasswordStore::keyFor(location);
    QVERIFY(m_blocking->write(location, QStringLiteral("only-the-secret-31337")).ok());
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"), key});
    QVERIFY(tool.waitForFinished(15000));
    const QString items =
        QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
    QVERIFY2(items.contains(QStringLiteral("attribute.server = ") + m_service), qPrintable(items));
    QVERIFY2(items.contains(QStringLiteral("attribute.user = ") + key), qPrintable(items));
    QVERIFY2(items.contains(QStringLiteral("secret = only-the-secret-31337")), qPrintable(items));
    QCOMPARE(items.count(QStringLiteral("31337")), 1); // in the secret only, not in a label
    QVERIFY(m_blocking->remove(location).ok());
}

void TestDatabasePasswordStore::missingIsNoError()
{
    const DatabasePasswordResult read = m_blocking->read(uniqueLocation());
    QCOMPARE(read.status.error, CredentialError::NotFound);
    QVERIFY(!read.failed());
    QVERIFY(!read.found());
    QCOMPARE(read.source, DatabasePasswordSource::None);
    const CredentialStatus removed = m_blocking->remove(uniqueLocation());
    QVERIFY2(removed.ok(), qPrintable(removed.message));
}

void TestDatabasePasswordStore::sqliteHasNoPassword()
{
    const DatabaseLocation sqlite = parsed(m_dir.filePath(QStringLiteral("h.sqlite")));
    const DatabasePasswordResult read = m_blocking->read(sqlite);
    QVERIFY(!read.found());
    QVERIFY(!read.failed());
    const CredentialStatus written = m_blocking->write(sqlite, QStringLiteral("x"));
    QCOMPARE(written.error, CredentialError::Failed);
    QCOMPARE(written.message, QStringLiteral("an SQLite database has no password"));
    QVERIFY(m_blocking->remove(sqlite).ok());
}

void TestDatabasePasswordStore::emptyPasswordIsRefused()
{
    const DatabaseLocation location = uniqueLocation();
    const CredentialStatus written = m_blocking->write(location, QString());
    QCOMPARE(written.error, CredentialError::Failed);
    QCOMPARE(written.message, QStringLiteral("an empty password is not saved"));
    QVERIFY(!m_blocking->read(location).found());
}

void TestDatabasePasswordStore::sessionPasswordWins()
{
    const DatabaseLocation location = uniqueLocation();
    QVERIFY(m_blocking->write(location, QStringLiteral("in the keyring")).ok());
    DatabasePasswordStore::keepForSession(location, QStringLiteral("typed this session"));
    DatabasePasswordResult read = m_blocking->read(location);
    QCOMPARE(read.source, DatabasePasswordSource::Session);
    QCOMPARE(read.password, QStringLiteral("typed this session"));
    // Another store of this process sees it too: it lives in the process.
    DatabasePasswordStore other(m_service);
    QCOMPARE(BlockingDatabasePassword(other).read(location).source,
             DatabasePasswordSource::Session);

    // A successful write makes the keyring's the newest again.
    QVERIFY(m_blocking->write(location, QStringLiteral("saved later")).ok());
    read = m_blocking->read(location);
    QCOMPARE(read.source, DatabasePasswordSource::Keychain);
    QCOMPARE(read.password, QStringLiteral("saved later"));

    // Remove forgets both.
    DatabasePasswordStore::keepForSession(location, QStringLiteral("again"));
    QVERIFY(m_blocking->remove(location).ok());
    QVERIFY(!m_blocking->read(location).found());

    // A session password alone, then forgotten.
    DatabasePasswordStore::keepForSession(location, QStringLiteral("memory only"));
    QCOMPARE(m_blocking->read(location).password, QStringLiteral("memory only"));
    DatabasePasswordStore::forgetForSession(location);
    QVERIFY(!m_blocking->read(location).found());
}

void TestDatabasePasswordStore::callbacksComeLater()
{
    const DatabaseLocation location = uniqueLocation();
    QStringList order;
    std::optional<DatabasePasswordResult> read;
    m_store->write(location, QStringLiteral("first"), this, [&](const CredentialStatus &status) {
        order << QStringLiteral("write:") + QString::number(status.ok());
    });
    m_store->read(location, this, [&](const DatabasePasswordResult &result) {
        order << QStringLiteral("read");
        read = result;
    });
    m_store->remove(location, this,
                    [&](const CredentialStatus &) { order << QStringLiteral("remove"); });
    QVERIFY2(order.isEmpty(), "no callback may run inside the call");
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 3, 30000);
    QCOMPARE(order, QStringList({"write:1", "read", "remove"}));
    QVERIFY(read.has_value() && read->found());
    QCOMPARE(read->password, QStringLiteral("first"));

    // Even an SQLite file, which needs no keyring, answers later.
    bool answered = false;
    m_store->read(parsed(m_dir.filePath(QStringLiteral("h.sqlite"))), this,
                  [&](const DatabasePasswordResult &) { answered = true; });
    QVERIFY(!answered);
    QTRY_VERIFY(answered);
}

void TestDatabasePasswordStore::callbackDroppedWhenContextIsGone()
{
    const DatabaseLocation location = uniqueLocation();
    bool called = false;
    {
        QObject window;
        m_store->write(location, QStringLiteral("still written"), &window,
                       [&](const CredentialStatus &) { called = true; });
    }
    const DatabasePasswordResult read = m_blocking->read(location); // queued behind the write
    QVERIFY(!called);
    QCOMPARE(read.password, QStringLiteral("still written"));
    QVERIFY(m_blocking->remove(location).ok());
}

void TestDatabasePasswordStore::failures_data()
{
    QTest::addColumn<QString>("bus");       // "missing" or "silent"
    QTest::addColumn<QString>("operation"); // write, read, remove
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("messageStart");
    QTest::addColumn<int>("minimumMs");
    const int unavailable = int(CredentialError::Unavailable);
    const QString noKeyring = QStringLiteral("no system keyring available (");
    // Retried once after 500 ms: the keyring may still be starting.
    QTest::newRow("no bus, write") << "missing"
                                   << "write" << unavailable << noKeyring << 450;
    QTest::newRow("no bus, read") << "missing"
                                  << "read" << unavailable << noKeyring << 450;
    QTest::newRow("no bus, remove") << "missing"
                                    << "remove" << unavailable << noKeyring << 450;
    QTest::newRow("silent bus, read")
        << "silent"
        << "read" << int(CredentialError::Timeout)
        << QStringLiteral("the system keyring did not answer within 1 s") << 900;
    QTest::newRow("silent bus, write")
        << "silent"
        << "write" << int(CredentialError::Timeout)
        << QStringLiteral("the system keyring did not answer within 1 s") << 900;
}

void TestDatabasePasswordStore::failures()
{
    QFETCH(QString, bus);
    QFETCH(QString, operation);
    QFETCH(int, error);
    QFETCH(QString, messageStart);
    QFETCH(int, minimumMs);
    QProcessEnvironment environment = isolatedEnvironment(
        QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_').remove(u','));
    // A socket that accepts connections and never says a word: the D-Bus
    // handshake never ends, and neither would an unguarded keychain job.
    QLocalServer silent;
    QString address = m_dir.filePath(QStringLiteral("no-bus"));
    if (bus == QLatin1String("silent")) {
        address = m_dir.filePath(QStringLiteral("silent-bus"));
        QLocalServer::removeServer(address);
        QVERIFY2(silent.listen(address), qPrintable(silent.errorString()));
    }
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + address);
    const ChildAnswer answer = child(operation, environment, 1000);
    QVERIFY2(answer.error == error, qPrintable(answer.output));
    QVERIFY2(answer.message.startsWith(messageStart), qPrintable(answer.message));
    QVERIFY(!answer.found);
    if (error == int(CredentialError::Unavailable))
        QVERIFY2(answer.message.size() > messageStart.size() + 1, "the backend's own text is kept");
    QVERIFY2(answer.elapsedMs >= minimumMs && answer.elapsedMs < 5000,
             qPrintable(QString::number(answer.elapsedMs)));
}

void TestDatabasePasswordStore::note_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("source");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("part");
    const QString pg = QStringLiteral("postgresql://u@db/x");
    QTest::newRow("from the keyring")
        << pg << int(DatabasePasswordSource::Keychain) << int(CredentialError::None)
        << "The password saved in the system keyring was used";
    QTest::newRow("from this session")
        << pg << int(DatabasePasswordSource::Session) << int(CredentialError::None)
        << "kept in memory for this session";
    QTest::newRow("none saved") << pg << int(DatabasePasswordSource::None)
                                << int(CredentialError::NotFound)
                                << "No password is saved in the system keyring";
    QTest::newRow("keyring unavailable")
        << pg << int(DatabasePasswordSource::None) << int(CredentialError::Unavailable)
        << "could not be asked for the password (no system keyring available (bus gone)), so "
           "only PGPASSWORD and ~/.pgpass were tried";
    QTest::newRow("sqlite") << "/tmp/x.sqlite" << int(DatabasePasswordSource::None)
                            << int(CredentialError::NotFound) << "";
}

void TestDatabasePasswordStore::note()
{
    QFETCH(QString, url);
    QFETCH(int, source);
    QFETCH(int, error);
    QFETCH(QString, part);
    DatabasePasswordResult result;
    result.source = DatabasePasswordSource(source);
    result.status =
        error == int(CredentialError::None)
            ? CredentialStatus::success()
            : CredentialStatus::failure(CredentialError(error), QStringLiteral("bus gone"));
    if (result.found())
        result.password = QStringLiteral("Never-Shown-31337");
    const QString note = databasePasswordNote(parsed(url), result);
    if (part.isEmpty()) {
        QVERIFY2(note.isEmpty(), qPrintable(note));
        return;
    }
    QVERIFY2(note.contains(part), qPrintable(note));
    QVERIFY(!note.contains(QStringLiteral("31337")));
}

ChildAnswer TestDatabasePasswordStore::child(const QString &operation,
                                             const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--child"), operation, m_service, QString::number(timeoutMs)});
    ChildAnswer answer;
    if (!process.waitForStarted(10000) || !process.waitForFinished(45000)) {
        process.kill();
        process.waitForFinished(5000);
        answer.output = QStringLiteral("child did not run or finish: ") + process.errorString();
        return answer;
    }
    const QByteArray out = process.readAllStandardOutput();
    answer.output = QString::fromUtf8(out + process.readAllStandardError());
    const QJsonObject json = QJsonDocument::fromJson(out.trimmed()).object();
    answer.error = json.value(QLatin1String("error")).toInt(-1);
    answer.message = json.value(QLatin1String("message")).toString();
    answer.found = json.value(QLatin1String("found")).toBool();
    answer.elapsedMs = json.value(QLatin1String("ms")).toInteger(-1);
    return answer;
}

// A fresh HOME and runtime folder, no display (a keyring prompt on a display
// would hang) and no inherited bus.
QProcessEnvironment TestDatabasePasswordStore::isolatedEnvironment(const QString &name)
{
    const QString root = m_dir.filePath(name);
    QDir().mkpath(root + QStringLiteral("/home"));
    QDir().mkpath(root + QStringLiteral("/run"));
    QFile::setPermissions(root + QStringLiteral("/run"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable :
         {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP",
          "KDE_SESSION_VERSION", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
        environment.remove(QString::fromLatin1(variable));
    environment.insert(QStringLiteral("HOME"), root + QStringLiteral("/home"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"),
                       root + QStringLiteral("/home/.local/share"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), root + QStringLiteral("/run"));
    return environment;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return runChild(app.arguments().mid(2));
    TestDatabasePasswordStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_databasepasswordstore.moc"
