// KeychainCredentialStore against a real Secret Service: the private
// gnome-keyring that scripts/test.sh starts inside dbus-run-session. The
// failure paths run this binary again as a child ("--child ...") on a bus
// that is missing, has no keyring, has a locked keyring, or never answers:
// the session bus of a process is chosen once, so each needs its own process.
#include "secrets/blockingcredentials.h"
#include "secrets/keychaincredentialstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace imapdesk;
using namespace std::chrono_literals;

namespace {

// What a child process reports: one JSON line on stdout.
struct ChildAnswer
{
    bool finished = false;
    int error = -1;
    QString message;
    bool available = true;
    qint64 elapsedMs = -1;
    QString digest;
    QString output; // stdout and stderr, for failure messages
};

const QString kDatabaseId = QStringLiteral("test");

// How the test hands a child the passwords to write: both sides' entries.
QByteArray serialized(const JobCredentials &credentials)
{
    return passwordToKeychainData(credentials.password1) + '\n' +
           passwordToKeychainData(credentials.password2);
}

JobCredentials deserialized(const QByteArray &data)
{
    const QList<QByteArray> sides = data.split('\n');
    if (sides.size() != 2)
        return {};
    return {passwordFromKeychainData(sides[0]).value_or(QString()),
            passwordFromKeychainData(sides[1]).value_or(QString())};
}

QString digestOf(const JobCredentials &credentials)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(serialized(credentials), QCryptographicHash::Sha256).toHex());
}

// One Secret Service item as `secret-tool search --all` prints it.
using SecretItem = QMap<QString, QString>;

// The child side: one store operation, its outcome printed as JSON. Never
// prints a password; a read prints a digest of what it found.
int runChild(const QStringList &arguments)
{
    if (arguments.size() < 4) {
        return 2;
    }
    const QString operation = arguments.at(0);
    KeychainCredentialStore store(arguments.at(1));
    const CredentialRef ref = CredentialRef::fromString(kDatabaseId, arguments.at(2));
    store.setTimeout(std::chrono::milliseconds(arguments.at(3).toInt()));
    BlockingCredentials blocking(store, 60s);
    QElapsedTimer clock;
    clock.start();
    CredentialStatus status;
    QString digest;
    if (operation == QLatin1String("write")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            return 2;
        }
        status = blocking.write(ref, deserialized(input.readAll()));
    } else if (operation == QLatin1String("read")) {
        const CredentialReadResult result = blocking.read(ref);
        status = result.status;
        digest = status.ok() ? digestOf(result.credentials) : QString();
    } else if (operation == QLatin1String("remove-many")) {
        status = blocking.removeMany({ref, CredentialRef::generate(QStringLiteral("test")),
                                      CredentialRef::generate(QStringLiteral("test"))});
    } else {
        status = blocking.probe();
    }
    const QJsonObject answer{{QStringLiteral("error"), int(status.error)},
                             {QStringLiteral("message"), status.message},
                             {QStringLiteral("available"), store.isAvailable()},
                             {QStringLiteral("ms"), clock.elapsed()},
                             {QStringLiteral("digest"), digest}};
    QFile output;
    if (!output.open(stdout, QIODevice::WriteOnly)) {
        return 2;
    }
    output.write(QJsonDocument(answer).toJson(QJsonDocument::Compact) + '\n');
    return 0;
}

} // namespace

class TestCredentialStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void roundTrip_data();
    void roundTrip();
    void entryLandsInSecretService();
    void readMissingAsksTheUser();
    void foreignEntryIsDamaged();
    void removeMissingSucceeds();
    void removeManyOfADeletedBatch();
    void twoStoresShareEntries();
    void serviceNamespacesEntries();
    void otherProcessesSeeTheSameEntries();
    void callbacksComeLaterAndInOrder();
    void callbackDroppedWhenContextIsGone();
    void probeLeavesNothingBehind();
    void noBusFailsFast();
    void noKeyringServiceFailsFast();
    void lockedKeyringIsReported();
    void silentBusTimesOut();

private:
    QList<SecretItem> secretItems(const QStringList &attributes);
    ChildAnswer child(const QStringList &command, const QProcessEnvironment &environment,
                      const QByteArray &input = {});
    QStringList childCommand(const QString &operation, const QString &service,
                             const CredentialRef &ref, int timeoutMs) const;
    static QProcessEnvironment isolatedEnvironment(const QString &root);
    static bool hasTool(const QString &name);

    QString m_service;
    std::unique_ptr<KeychainCredentialStore> m_store;
    std::unique_ptr<BlockingCredentials> m_blocking;
    QTemporaryDir m_dir;
};

void TestCredentialStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A namespace of our own: other test runs may share this keyring.
    m_service = QStringLiteral("ImapDeskTest-") + QUuid::createUuid().toString(QUuid::Id128);
    m_store = std::make_unique<KeychainCredentialStore>(m_service);
    m_store->setTimeout(20s);
    m_blocking = std::make_unique<BlockingCredentials>(*m_store, 60s);
    const CredentialStatus probe = m_blocking->probe();
    QVERIFY2(probe.ok(), qPrintable(probe.message +
                                    QStringLiteral("\nRun through scripts/test.sh: it "
                                                   "starts a private unlocked gnome-keyring.")));
    QVERIFY(m_store->isAvailable());
    QVERIFY(m_store->isPersistent());
    QVERIFY2(hasTool(QStringLiteral("secret-tool")), "secret-tool (libsecret-tools) is needed");
}

void TestCredentialStore::cleanupTestCase()
{
    if (m_store && m_store->isAvailable() && hasTool(QStringLiteral("secret-tool"))) {
        QProcess::execute(QStringLiteral("secret-tool"),
                          {QStringLiteral("clear"), QStringLiteral("server"), m_service});
    }
}

void TestCredentialStore::roundTrip_data()
{
    QTest::addColumn<QString>("password1");
    QTest::addColumn<QString>("password2");
    QTest::newRow("plain") << "secret1"
                           << "secret2";
    QTest::newRow("spaces") << " lead and trail "
                            << "in the middle";
    QTest::newRow("quotes") << "\"double\""
                            << "'single' `back`";
    QTest::newRow("backslashes") << "back\\slash\\"
                                 << "\\\\server\\share";
    QTest::newRow("line breaks and tab") << "line1\nline2"
                                         << "tab\there\r\n";
    QTest::newRow("non-ASCII and emoji") << "pässwörd 🔑"
                                         << "日本語🙂";
    QTest::newRow("zero") << "0"
                          << "0";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("one side empty") << "source only"
                                    << "";
    QTest::newRow("looks like the format") << "{\"v\":1,\"p1\":\"x\"}"
                                           << "\",\"p2\":\"y";
    QTest::newRow("NUL inside") << QString(QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b"))
                                << "x";
    QTest::newRow("long") << QString(4096, u'x') << "y";
}

void TestCredentialStore::roundTrip()
{
    QFETCH(QString, password1);
    QFETCH(QString, password2);
    const CredentialRef ref = CredentialRef::generate(QStringLiteral("test"));
    const JobCredentials credentials{password1, password2};
    const CredentialStatus written = m_blocking->write(ref, credentials);
    QVERIFY2(written.ok(), qPrintable(written.message));
    const CredentialReadResult read = m_blocking->read(ref);
    QVERIFY2(read.status.ok(), qPrintable(read.status.message));
    QCOMPARE(read.credentials.password1, password1);
    QCOMPARE(read.credentials.password2, password2);
    QVERIFY(m_blocking->remove(ref).ok());
    QCOMPARE(m_blocking->read(ref).status.error, CredentialError::NotFound);
}

void TestCredentialStore::entryLandsInSecretService()
{
    const CredentialRef ref = CredentialRef::generate(QStringLiteral("test"));
    const QString password1 = QStringLiteral("visible-only-as-secret-31337");
    QVERIFY(m_blocking->write(ref, {password1, QStringLiteral("second-4242")}).ok());

    // One entry per side, imapdesk/<database-id>/<job-id>/1|2.
    const QStringList expected{password1, QStringLiteral("second-4242")};
    for (int side = 1; side <= 2; ++side) {
        const QList<SecretItem> items =
            secretItems({QStringLiteral("user"), ref.keychainKey(side)});
        QCOMPARE(items.size(), 1);
        const SecretItem item = items.first();
        QCOMPARE(item.value(QStringLiteral("attribute.server")), m_service);
        QCOMPARE(item.value(QStringLiteral("attribute.user")),
                 QStringLiteral("imapdesk/test/%1/%2").arg(ref.toString()).arg(side));
        // Only the secret itself holds the password.
        for (auto it = item.cbegin(); it != item.cend(); ++it) {
            if (it.key() != QLatin1String("secret")) {
                QVERIFY2(!it.value().contains(QLatin1String("31337")), qPrintable(it.key()));
                QVERIFY2(!it.value().contains(QLatin1String("4242")), qPrintable(it.key()));
            }
        }
        const auto stored = passwordFromKeychainData(item.value(QStringLiteral("secret")).toUtf8());
        QVERIFY(stored.has_value());
        QCOMPARE(*stored, expected[side - 1]);
    }

    QVERIFY(m_blocking->remove(ref).ok());
    for (int side = 1; side <= 2; ++side)
        QCOMPARE(secretItems({QStringLiteral("user"), ref.keychainKey(side)}).size(), 0);
}

void TestCredentialStore::readMissingAsksTheUser()
{
    const CredentialReadResult read =
        m_blocking->read(CredentialRef::generate(QStringLiteral("test")));
    QCOMPARE(read.status.error, CredentialError::NotFound);
    QCOMPARE(read.status.message,
             QStringLiteral("no saved password for this account (ask the user)"));
    QVERIFY2(m_store->isAvailable(), "a missing entry says nothing against the keyring");
}

void TestCredentialStore::foreignEntryIsDamaged()
{
    // Another program stored a bare password under our key.
    const CredentialRef ref = CredentialRef::generate(QStringLiteral("test"));
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("store"), QStringLiteral("--label=foreign"),
                QStringLiteral("xdg:schema"), QStringLiteral("org.qt.keychain"),
                QStringLiteral("server"), m_service, QStringLiteral("user"), ref.keychainKey(1),
                QStringLiteral("type"), QStringLiteral("plaintext")});
    QVERIFY(tool.waitForStarted(10000));
    tool.write("hunter2");
    tool.closeWriteChannel();
    QVERIFY(tool.waitForFinished(15000));
    QCOMPARE(tool.exitCode(), 0);

    const CredentialReadResult read = m_blocking->read(ref);
    QCOMPARE(read.status.error, CredentialError::Damaged);
    QVERIFY2(
        read.status.message.startsWith(QLatin1String("the saved password entry cannot be read (")),
        qPrintable(read.status.message));
    QVERIFY(!read.status.message.contains(QLatin1String("hunter2")));
    QVERIFY(read.credentials == JobCredentials());
    QVERIFY(m_blocking->remove(ref).ok());
}

void TestCredentialStore::removeMissingSucceeds()
{
    const CredentialStatus removed =
        m_blocking->remove(CredentialRef::generate(QStringLiteral("test")));
    QVERIFY2(removed.ok(), qPrintable(removed.message));
}

void TestCredentialStore::removeManyOfADeletedBatch()
{
    QList<CredentialRef> batch;
    for (int i = 0; i < 25; ++i) {
        batch.append(CredentialRef::generate(QStringLiteral("test")));
        QVERIFY(m_blocking->write(batch.last(), {QString::number(i), QStringLiteral("x")}).ok());
    }
    const CredentialRef otherBatch = CredentialRef::generate(QStringLiteral("test"));
    QVERIFY(m_blocking->write(otherBatch, {QStringLiteral("kept"), QString()}).ok());
    batch.insert(10, CredentialRef::generate(QStringLiteral("test"))); // never written

    const CredentialStatus removed = m_blocking->removeMany(batch);
    QVERIFY2(removed.ok(), qPrintable(removed.message));
    for (const CredentialRef &ref : std::as_const(batch)) {
        QCOMPARE(secretItems({QStringLiteral("user"), ref.keychainKey(1)}).size(), 0);
        QCOMPARE(secretItems({QStringLiteral("user"), ref.keychainKey(2)}).size(), 0);
    }
    QVERIFY(m_blocking->read(otherBatch).status.ok());
    QVERIFY(m_blocking->remove(otherBatch).ok());
}

void TestCredentialStore::twoStoresShareEntries()
{
    KeychainCredentialStore second(m_service);
    BlockingCredentials other(second, 60s);
    const CredentialRef ref = CredentialRef::generate(QStringLiteral("test"));
    const JobCredentials credentials{QStringLiteral("added"), QStringLiteral("by batch add")};
    QVERIFY(m_blocking->write(ref, credentials).ok());
    const CredentialReadResult read = other.read(ref);
    QVERIFY(read.status.ok());
    QCOMPARE(read.credentials, credentials);
    QVERIFY(other.remove(ref).ok());
    QCOMPARE(m_blocking->read(ref).status.error, CredentialError::NotFound);
}

void TestCredentialStore::serviceNamespacesEntries()
{
    KeychainCredentialStore elsewhere(m_service + QStringLiteral("-other"));
    BlockingCredentials other(elsewhere, 60s);
    const CredentialRef ref = CredentialRef::generate(QStringLiteral("test"));
    QVERIFY(m_blocking->write(ref, {QStringLiteral("a"), QStringLiteral("b")}).ok());
    QCOMPARE(other.read(ref).status.error, CredentialError::NotFound);
    QVERIFY(other.remove(ref).ok());
    QVERIFY2(m_blocking->read(ref).status.ok(), "removing in another namespace touches nothing");
    QVERIFY(m_blocking->remove(ref).ok());
}

void TestCredentialStore::otherProcessesSeeTheSameEntries()
{
    // `batch add` writes in one process, `batch run` reads in another.
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const CredentialRef ref = CredentialRef::generate(QStringLiteral("test"));
    const JobCredentials added{QStringLiteral("from \"this\" process 🔑"), QStringLiteral("0")};
    QVERIFY(m_blocking->write(ref, added).ok());
    const ChildAnswer read =
        child(childCommand(QStringLiteral("read"), m_service, ref, 20000), environment);
    QVERIFY2(read.error == int(CredentialError::None), qPrintable(read.output));
    QCOMPARE(read.digest, digestOf(added));

    const CredentialRef written = CredentialRef::generate(QStringLiteral("test"));
    const JobCredentials fromChild{QStringLiteral("written by a child"), QString()};
    const ChildAnswer write =
        child(childCommand(QStringLiteral("write"), m_service, written, 20000), environment,
              serialized(fromChild));
    QVERIFY2(write.error == int(CredentialError::None), qPrintable(write.output));
    const CredentialReadResult back = m_blocking->read(written);
    QVERIFY(back.status.ok());
    QCOMPARE(back.credentials, fromChild);
    QVERIFY(m_blocking->removeMany({ref, written}).ok());
}

void TestCredentialStore::callbacksComeLaterAndInOrder()
{
    const CredentialRef ref = CredentialRef::generate(QStringLiteral("test"));
    QStringList order;
    std::optional<CredentialReadResult> read;
    m_store->write(ref, {QStringLiteral("first"), QString()}, this,
                   [&](const CredentialStatus &status) {
                       order << QStringLiteral("write1:") + QString::number(status.ok());
                   });
    m_store->write(ref, {QStringLiteral("second"), QString()}, this,
                   [&](const CredentialStatus &status) {
                       order << QStringLiteral("write2:") + QString::number(status.ok());
                   });
    m_store->read(ref, this, [&](const CredentialReadResult &result) {
        order << QStringLiteral("read");
        read = result;
    });
    m_store->remove(ref, this,
                    [&](const CredentialStatus &) { order << QStringLiteral("remove"); });
    QVERIFY2(order.isEmpty(), "no callback may run inside the call");
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 4, 30000);
    QCOMPARE(order, QStringList({"write1:1", "write2:1", "read", "remove"}));
    QVERIFY(read.has_value() && read->status.ok());
    QCOMPARE(read->credentials.password1, QStringLiteral("second"));
}

void TestCredentialStore::callbackDroppedWhenContextIsGone()
{
    const CredentialRef ref = CredentialRef::generate(QStringLiteral("test"));
    bool called = false;
    {
        QObject window;
        m_store->write(ref, {QStringLiteral("a"), QStringLiteral("b")}, &window,
                       [&](const CredentialStatus &) { called = true; });
    }
    const CredentialReadResult read = m_blocking->read(ref); // queued behind the write
    QVERIFY(!called);
    QVERIFY2(read.status.ok(), "the write itself still happened");
    QVERIFY(m_blocking->remove(ref).ok());
}

void TestCredentialStore::probeLeavesNothingBehind()
{
    const QString service = m_service + QStringLiteral("-probe");
    KeychainCredentialStore store(service);
    QVERIFY(BlockingCredentials(store, 60s).probe().ok());
    QCOMPARE(secretItems({QStringLiteral("server"), service}).size(), 0);
}

void TestCredentialStore::noBusFailsFast()
{
    QProcessEnvironment environment = isolatedEnvironment(m_dir.filePath(QStringLiteral("nobus")));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus")));
    const ChildAnswer answer =
        child(childCommand(QStringLiteral("probe"), m_service,
                           CredentialRef::generate(QStringLiteral("test")), 15000),
              environment);
    QVERIFY2(answer.error == int(CredentialError::Unavailable), qPrintable(answer.output));
    QVERIFY2(answer.message.startsWith(QLatin1String("no system keyring available (")),
             qPrintable(answer.message));
    QVERIFY2(answer.message.size() > QLatin1String("no system keyring available ()").size(),
             "the backend's own text is kept");
    QVERIFY(!answer.available);
    // One retry, 500 ms after the first failure (the keyring may still be starting).
    QVERIFY2(answer.elapsedMs >= 450 && answer.elapsedMs < 5000,
             qPrintable(QString::number(answer.elapsedMs)));

    // Deleting a batch stops at the first failure and says how far it got.
    const ChildAnswer removed =
        child(childCommand(QStringLiteral("remove-many"), m_service,
                           CredentialRef::generate(QStringLiteral("test")), 15000),
              environment);
    QVERIFY2(removed.error == int(CredentialError::Unavailable), qPrintable(removed.output));
    QVERIFY2(removed.message.startsWith(
                 QLatin1String("0 of 3 saved passwords removed; no system keyring available (")),
             qPrintable(removed.message));
    QVERIFY2(removed.elapsedMs < 5000, qPrintable(QString::number(removed.elapsedMs)));
}

void TestCredentialStore::noKeyringServiceFailsFast()
{
    if (!hasTool(QStringLiteral("dbus-run-session"))) {
        QSKIP("dbus-run-session is not installed");
    }
    // A private bus whose only service folder is empty: nobody provides org.freedesktop.secrets.
    const QString root = m_dir.filePath(QStringLiteral("noservice"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/services")));
    QFile config(root + QStringLiteral("/bus.conf"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QStringLiteral(R"(<!DOCTYPE busconfig PUBLIC
 "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=%1</listen>
  <servicedir>%1/services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/>
  </policy>
</busconfig>
)")
                     .arg(root)
                     .toUtf8());
    config.close();
    const QStringList command =
        QStringList{QStringLiteral("dbus-run-session"),
                    QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--")} +
        childCommand(QStringLiteral("write"), m_service,
                     CredentialRef::generate(QStringLiteral("test")), 15000);
    const ChildAnswer answer = child(command, isolatedEnvironment(root),
                                     serialized(JobCredentials{QStringLiteral("a"), QString()}));
    QVERIFY2(answer.error == int(CredentialError::Unavailable), qPrintable(answer.output));
    QVERIFY2(answer.message.startsWith(QLatin1String("no system keyring available (")) &&
                 answer.message.contains(QLatin1String("org.freedesktop.secrets")),
             qPrintable(answer.message));
    QVERIFY2(answer.elapsedMs < 5000, qPrintable(QString::number(answer.elapsedMs)));
}

void TestCredentialStore::lockedKeyringIsReported()
{
    if (!hasTool(QStringLiteral("dbus-run-session")) ||
        !hasTool(QStringLiteral("gnome-keyring-daemon"))) {
        QSKIP("dbus-run-session and gnome-keyring-daemon are needed");
    }
    // First session: create a login keyring with a password. Second session:
    // the same keyring, started by D-Bus activation and never unlocked.
    const QString root = m_dir.filePath(QStringLiteral("locked"));
    const QProcessEnvironment environment = isolatedEnvironment(root);
    QProcess setup;
    setup.setProcessEnvironment(environment);
    setup.setProcessChannelMode(QProcess::MergedChannels);
    setup.start(QStringLiteral("dbus-run-session"),
                {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                 // In the foreground so that it is stopped by its pid once the
                 // keyring file exists: a daemon outliving its bus would linger.
                 QStringLiteral("printf keyring-pw | gnome-keyring-daemon --foreground --unlock "
                                "--components=secrets >/dev/null 2>&1 & pid=$!; i=0; "
                                "while [ ! -f \"$XDG_DATA_HOME/keyrings/login.keyring\" ] "
                                "&& [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done; "
                                "kill $pid; wait $pid")});
    QVERIFY(setup.waitForFinished(30000));
    QVERIFY2(QFileInfo::exists(root + QStringLiteral("/home/.local/share/keyrings/login.keyring")),
             setup.readAll().constData());

    const QStringList command =
        QStringList{QStringLiteral("dbus-run-session"), QStringLiteral("--")} +
        childCommand(QStringLiteral("write"), m_service,
                     CredentialRef::generate(QStringLiteral("test")), 15000);
    const ChildAnswer answer =
        child(command, environment, serialized(JobCredentials{QStringLiteral("a"), QString()}));
    QVERIFY2(answer.error == int(CredentialError::Locked), qPrintable(answer.output));
    QVERIFY2(answer.message.startsWith(
                 QLatin1String("the system keyring is locked or refused access (")),
             qPrintable(answer.message));
    QVERIFY(!answer.available);
    QVERIFY2(answer.elapsedMs < 10000, qPrintable(QString::number(answer.elapsedMs)));
}

void TestCredentialStore::silentBusTimesOut()
{
    // A socket that accepts connections and never says a word: the D-Bus
    // handshake never ends, and neither would an unguarded keychain job.
    QLocalServer silent;
    silent.setSocketOptions(QLocalServer::UserAccessOption);
    const QString socket = m_dir.filePath(QStringLiteral("silent-bus"));
    QVERIFY2(silent.listen(socket), qPrintable(silent.errorString()));
    QProcessEnvironment environment = isolatedEnvironment(m_dir.filePath(QStringLiteral("silent")));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + socket);
    const ChildAnswer answer =
        child(childCommand(QStringLiteral("write"), m_service,
                           CredentialRef::generate(QStringLiteral("test")), 1000),
              environment, serialized(JobCredentials{QStringLiteral("a"), QString()}));
    QVERIFY2(answer.error == int(CredentialError::Timeout), qPrintable(answer.output));
    QCOMPARE(answer.message, QStringLiteral("the system keyring did not answer within 1 s"));
    QVERIFY(!answer.available);
    QVERIFY2(answer.elapsedMs >= 900 && answer.elapsedMs < 5000,
             qPrintable(QString::number(answer.elapsedMs)));
}

QList<SecretItem> TestCredentialStore::secretItems(const QStringList &attributes)
{
    QProcess tool;
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(QStringLiteral("secret-tool"),
               QStringList{QStringLiteral("search"), QStringLiteral("--all")} + attributes);
    if (!tool.waitForFinished(15000)) {
        tool.kill();
        tool.waitForFinished(5000);
        return {};
    }
    QList<SecretItem> items;
    const QStringList lines = QString::fromUtf8(tool.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u'[')) {
            items.append(SecretItem());
        } else if (const qsizetype equals = line.indexOf(QLatin1String(" = "));
                   equals > 0 && !items.isEmpty()) {
            items.last().insert(line.left(equals), line.mid(equals + 3));
        }
    }
    return items;
}

ChildAnswer TestCredentialStore::child(const QStringList &command,
                                       const QProcessEnvironment &environment,
                                       const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(command.first(), command.mid(1));
    ChildAnswer answer;
    if (!process.waitForStarted(10000)) {
        answer.output = process.errorString();
        return answer;
    }
    process.write(input);
    process.closeWriteChannel();
    answer.finished = process.waitForFinished(45000);
    if (!answer.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    const QByteArray out = process.readAllStandardOutput();
    answer.output = QString::fromUtf8(out + process.readAllStandardError());
    if (!answer.finished) {
        answer.output.prepend(QStringLiteral("child did not finish within 45 s\n"));
    }
    const QList<QByteArray> lines = out.split('\n');
    for (const QByteArray &line : lines) {
        const QJsonObject json = QJsonDocument::fromJson(line).object();
        if (json.contains(QLatin1String("error"))) {
            answer.error = json.value(QLatin1String("error")).toInt();
            answer.message = json.value(QLatin1String("message")).toString();
            answer.available = json.value(QLatin1String("available")).toBool();
            answer.elapsedMs = json.value(QLatin1String("ms")).toInteger();
            answer.digest = json.value(QLatin1String("digest")).toString();
        }
    }
    return answer;
}

QStringList TestCredentialStore::childCommand(const QString &operation, const QString &service,
                                              const CredentialRef &ref, int timeoutMs) const
{
    return {QCoreApplication::applicationFilePath(),
            QStringLiteral("--child"),
            operation,
            service,
            ref.toString(),
            QString::number(timeoutMs)};
}

// A fresh HOME and runtime folder under root, no display (a keyring prompt
// on a display would hang) and no inherited bus.
QProcessEnvironment TestCredentialStore::isolatedEnvironment(const QString &root)
{
    QDir().mkpath(root + QStringLiteral("/home"));
    QDir().mkpath(root + QStringLiteral("/run"));
    QFile::setPermissions(root + QStringLiteral("/run"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP",
          "KDE_SESSION_VERSION", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"}) {
        environment.remove(QString::fromLatin1(name));
    }
    environment.insert(QStringLiteral("HOME"), root + QStringLiteral("/home"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"),
                       root + QStringLiteral("/home/.local/share"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), root + QStringLiteral("/run"));
    return environment;
}

bool TestCredentialStore::hasTool(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0) {
        return runChild(app.arguments().mid(2));
    }
    TestCredentialStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
