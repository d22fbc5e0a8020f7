// `imapdesk batch check` end to end: the real executable, passwords in the
// private keyring, two real Dovecot servers (STARTTLS and implicit TLS with a
// self-signed certificate), a password with spaces, quotes, a backslash and
// non-ASCII, a wrong password, and an unreachable host.
#include "dovecotserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kHardPassword = QStringLiteral("pä ss\"w\\ord");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

} // namespace

class TestBatchCheck final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportsEveryRowAndHost();
    void acceptedCertificateLetsLoginsThrough();
    void unreachableHostFailsItsRows();

private:
    Run imapdesk(const QStringList &arguments);
    qint64 addBatch(const QString &source, const QString &destination,
                    const QStringList &more = {});
    QJsonObject check(qint64 batch, const QStringList &more, int *exitCode);

    QTemporaryDir m_dir;
    ImapDeskTest::DovecotServer m_source;
    ImapDeskTest::DovecotServer m_destination;
};

void TestBatchCheck::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs the private keyring of scripts/test.sh");
    QVERIFY2(m_source.start(), qPrintable(m_source.errorString()));
    QVERIFY2(m_destination.start(), qPrintable(m_destination.errorString()));
    QVERIFY(m_source.addUser(QStringLiteral("alice"), kHardPassword));
    QVERIFY(m_source.addUser(QStringLiteral("carol"), QStringLiteral("carol-pw")));
    QVERIFY(m_destination.addUser(QStringLiteral("alice"), QStringLiteral("dest secret")));
    QVERIFY(m_destination.addUser(QStringLiteral("carol"), QStringLiteral("carol-pw")));
}

Run TestBatchCheck::imapdesk(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("IMAPDESK_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(IMAPDESK_BINARY), arguments);
    process.waitForFinished(120000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// alice with the hard password, carol with a wrong destination password.
qint64 TestBatchCheck::addBatch(const QString &source, const QString &destination,
                                const QStringList &more)
{
    const QString list =
        m_dir.filePath(QStringLiteral("list-%1.csv").arg(QTest::currentTestFunction()));
    QFile file(list);
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    file.write(QStringLiteral("alice;\"pä ss\"\"w\\ord\";alice;\"dest secret\"\n"
                              "carol;carol-pw;carol;not-carols\n")
                   .toUtf8());
    file.close();
    const Run added =
        imapdesk(QStringList{QStringLiteral("batch"), QStringLiteral("add"), list,
                             QStringLiteral("--source"), source, QStringLiteral("--security1"),
                             QStringLiteral("starttls"), QStringLiteral("--dest"), destination,
                             QStringLiteral("--security2"), QStringLiteral("ssl")} +
                 more);
    if (added.exitCode != 0)
        qWarning("%s", added.err.constData());
    return added.exitCode == 0 ? added.out.trimmed().toLongLong() : 0;
}

QJsonObject TestBatchCheck::check(qint64 batch, const QStringList &more, int *exitCode)
{
    const Run run = imapdesk(QStringList{QStringLiteral("batch"), QStringLiteral("check"),
                                         QString::number(batch), QStringLiteral("--json")} +
                             more);
    *exitCode = run.exitCode;
    for (const QString &secret : {kHardPassword, QStringLiteral("dest secret"),
                                  QStringLiteral("not-carols"), QStringLiteral("carol-pw")}) {
        if (run.out.contains(secret.toUtf8()) || run.err.contains(secret.toUtf8()))
            qFatal("a password was printed");
    }
    return QJsonDocument::fromJson(run.out).object();
}

void TestBatchCheck::reportsEveryRowAndHost()
{
    const qint64 batch = addBatch(QStringLiteral("127.0.0.1:%1").arg(m_source.port()),
                                  QStringLiteral("127.0.0.1:%1").arg(m_destination.sslPort()));
    QVERIFY(batch > 0);
    int exitCode = -1;
    const QJsonObject result = check(batch, {}, &exitCode);
    QCOMPARE(exitCode, 1);
    QCOMPARE(result.value(QStringLiteral("ok")).toBool(), false);
    const QJsonArray hosts = result.value(QStringLiteral("hosts")).toArray();
    QCOMPARE(hosts.size(), 2);
    for (const QJsonValue &host : hosts) {
        // The self-signed test certificate is reported with its fingerprint.
        QCOMPARE(host[QStringLiteral("outcome")].toString(), QStringLiteral("tls-problem"));
        QCOMPARE(host[QStringLiteral("tls")][QStringLiteral("fingerprintSha256")].toString().size(),
                 64);
    }
    const QJsonArray jobs = result.value(QStringLiteral("jobs")).toArray();
    QCOMPARE(jobs.size(), 2);
    QCOMPARE(jobs[0][QStringLiteral("source")][QStringLiteral("outcome")].toString(),
             QStringLiteral("tls-problem"));
}

void TestBatchCheck::acceptedCertificateLetsLoginsThrough()
{
    const qint64 batch = addBatch(QStringLiteral("127.0.0.1:%1").arg(m_source.port()),
                                  QStringLiteral("127.0.0.1:%1").arg(m_destination.sslPort()));
    QVERIFY(batch > 0);
    int exitCode = -1;
    const QJsonObject first = check(batch, {}, &exitCode);
    QStringList accept;
    for (const QJsonValue &host : first.value(QStringLiteral("hosts")).toArray()) {
        accept << QStringLiteral("--accept-certificate")
               << host[QStringLiteral("tls")][QStringLiteral("fingerprintSha256")].toString();
    }
    const QJsonObject result = check(batch, accept, &exitCode);
    QCOMPARE(exitCode, 1); // carol's destination password is wrong
    const QJsonArray jobs = result.value(QStringLiteral("jobs")).toArray();
    QCOMPARE(jobs.size(), 2);
    QCOMPARE(jobs[0][QStringLiteral("source")][QStringLiteral("outcome")].toString(),
             QStringLiteral("ok"));
    QCOMPARE(jobs[0][QStringLiteral("destination")][QStringLiteral("outcome")].toString(),
             QStringLiteral("ok"));
    QCOMPARE(jobs[1][QStringLiteral("source")][QStringLiteral("outcome")].toString(),
             QStringLiteral("ok"));
    const QJsonValue refused = jobs[1][QStringLiteral("destination")];
    QCOMPARE(refused[QStringLiteral("outcome")].toString(), QStringLiteral("auth-failed"));
    QVERIFY2(!refused[QStringLiteral("serverText")].toString().isEmpty(),
             "the server's own words are shown");

    // Added with the certificates pinned, the batch checks as imapsync will connect.
    QCOMPARE(accept.size(), 4);
    const qint64 pinned = addBatch(
        QStringLiteral("127.0.0.1:%1").arg(m_source.port()),
        QStringLiteral("127.0.0.1:%1").arg(m_destination.sslPort()),
        {QStringLiteral("--certificate1"), accept[1], QStringLiteral("--certificate2"), accept[3]});
    QVERIFY(pinned > 0);
    const QJsonObject again = check(pinned, {}, &exitCode);
    QCOMPARE(
        again[QStringLiteral("jobs")][0][QStringLiteral("destination")][QStringLiteral("outcome")]
            .toString(),
        QStringLiteral("ok"));
}

void TestBatchCheck::unreachableHostFailsItsRows()
{
    const qint64 batch = addBatch(QStringLiteral("127.0.0.1:%1").arg(closedPort()),
                                  QStringLiteral("127.0.0.1:%1").arg(m_destination.sslPort()));
    QVERIFY(batch > 0);
    int exitCode = -1;
    const QJsonObject result = check(batch, {}, &exitCode);
    QCOMPARE(exitCode, 1);
    for (const QJsonValue &job : result.value(QStringLiteral("jobs")).toArray())
        QCOMPARE(job[QStringLiteral("source")][QStringLiteral("outcome")].toString(),
                 QStringLiteral("unreachable"));
}

QTEST_GUILESS_MAIN(TestBatchCheck)
#include "tst_batchcheck.moc"
