// One pre-flight connection against real Dovecot servers (implicit TLS, STARTTLS, plain,
// odd certificates, LOGINDISABLED) and scripted fake servers for what Dovecot cannot do.
#include "dovecotserver.h"
#include "fakeimapserver.h"
#include "net/imapprobe.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using namespace imapdesk;
using ImapDeskTest::DovecotServer;
using ImapDeskTest::FakeImapServer;
using ImapDeskTest::unusedPort;

Q_DECLARE_METATYPE(imapdesk::Security)
Q_DECLARE_METATYPE(imapdesk::ProbeOutcome)
Q_DECLARE_METATYPE(imapdesk::CertificateProblem)

namespace {

const QString kSpecial = QString::fromUtf8("pä ss\"w\\ord");
const QString kQuotable = QStringLiteral("a \"quoted\" pass\\word {5}");
const QString kLong = QString(600, QLatin1Char('L')) + QStringLiteral("ong"); // a literal

// The servers each test row can pick, started once.
enum class Server { Tls, Named, Expired, NoTls, SaslIr, NoSaslIr, NoLiteralPlus };

ProbeResult runProbe(const ProbeTarget &target, int phaseTimeoutMs = 5000)
{
    ImapProbe probe;
    probe.setPhaseTimeout(phaseTimeoutMs);
    QSignalSpy finished(&probe, &ImapProbe::finished);
    probe.start(target);
    if (finished.isEmpty())
        finished.wait(8 * phaseTimeoutMs);
    if (finished.size() != 1) {
        qWarning("probe of %s:%u did not finish once", qPrintable(target.host), target.port);
        return {};
    }
    // Exactly once: nothing more arrives later.
    QTest::qWait(20);
    if (finished.size() != 1)
        qWarning("probe finished more than once");
    return finished.first().first().value<ProbeResult>();
}

QString everything(const ProbeResult &result)
{
    return QStringList{result.message, result.serverText, result.warnings.join(QLatin1Char('\n')),
                       result.tls.problemTexts.join(QLatin1Char('\n'))}
        .join(QLatin1Char('\n'));
}

} // namespace

class TestImapProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void untrustedCertificate_data();
    void untrustedCertificate();
    void otherFingerprintRefused();
    void login_data();
    void login();
    void serverDetails_data();
    void serverDetails();
    void unreachable_data();
    void unreachable();
    void fakeServer_data();
    void fakeServer();
    void silentServerTimesOut_data();
    void silentServerTimesOut();
    void serverClosesAtOnce();
    void abortStopsWithoutSignal();

private:
    DovecotServer &server(Server which) { return *m_servers.at(int(which)); }
    ProbeTarget target(Server which, Security security, const QString &user = {},
                       const QString &password = {});

    std::vector<std::unique_ptr<DovecotServer>> m_servers;
};

void TestImapProbe::initTestCase()
{
    const QList<QPair<QString, QString>> users{
        {"alice", "secret"}, {"bob", kSpecial}, {"carol", kQuotable}, {"dave", kLong}};
    for (int i = 0; i <= int(Server::NoLiteralPlus); ++i) {
        auto server = std::make_unique<DovecotServer>();
        switch (Server(i)) {
        case Server::Tls:
            break;
        case Server::Named:
            server->setCertificateName(QStringLiteral("mail.example.test"));
            break;
        case Server::Expired:
            server->setCertificateExpired(true);
            break;
        case Server::NoTls:
            server->setTlsEnabled(false);
            break;
        case Server::SaslIr:
            server->setCapability(QStringLiteral("IMAP4rev1 SASL-IR ID LOGINDISABLED"));
            break;
        case Server::NoSaslIr:
            server->setCapability(QStringLiteral("IMAP4rev1 ID LOGINDISABLED"));
            break;
        case Server::NoLiteralPlus:
            server->setCapability(QStringLiteral("IMAP4rev1 ID"));
            break;
        }
        QVERIFY2(server->start(), qPrintable(server->errorString()));
        for (const auto &[user, password] : users)
            QVERIFY2(server->addUser(user, password), qPrintable(server->errorString()));
        m_servers.push_back(std::move(server));
    }
}

ProbeTarget TestImapProbe::target(Server which, Security security, const QString &user,
                                  const QString &password)
{
    DovecotServer &dovecot = server(which);
    ProbeTarget target;
    target.host = dovecot.host();
    target.port = security == Security::Ssl ? dovecot.sslPort() : dovecot.port();
    target.security = security;
    target.user = user;
    target.password = password;
    return target;
}

// The self-signed certificate is refused with its problems and fingerprint, so the window
// can offer to accept it; accepted by fingerprint, the same server works.
void TestImapProbe::untrustedCertificate_data()
{
    QTest::addColumn<Server>("which");
    QTest::addColumn<Security>("security");
    QTest::addColumn<QList<CertificateProblem>>("problems");
    QTest::addColumn<QString>("subject");
    using P = CertificateProblem;
    QTest::newRow("implicit TLS") << Server::Tls << Security::Ssl << QList<P>{P::SelfSigned}
                                  << "localhost";
    QTest::newRow("STARTTLS") << Server::Tls << Security::StartTls << QList<P>{P::SelfSigned}
                              << "localhost";
    QTest::newRow("name mismatch")
        << Server::Named << Security::Ssl << QList<P>{P::SelfSigned, P::NameMismatch}
        << "mail.example.test";
    QTest::newRow("expired") << Server::Expired << Security::StartTls
                             << QList<P>{P::SelfSigned, P::Expired} << "localhost";
}

void TestImapProbe::untrustedCertificate()
{
    QFETCH(Server, which);
    QFETCH(Security, security);
    QFETCH(QList<CertificateProblem>, problems);
    QFETCH(QString, subject);
    const QByteArray fingerprint = server(which).certificateFingerprint();
    QCOMPARE(fingerprint.size(), 32);

    ProbeTarget refused =
        target(which, security, QStringLiteral("alice"), QStringLiteral("secret"));
    const ProbeResult first = runProbe(refused);
    QCOMPARE(first.outcome, ProbeOutcome::TlsProblem);
    QCOMPARE(first.tls.fingerprint, fingerprint);
    QCOMPARE(first.tls.fingerprintHex(), QString::fromLatin1(fingerprint.toHex()));
    QCOMPARE(first.tls.subjectName, subject);
    QVERIFY(first.tls.expiry.isValid());
    QVERIFY(!first.tls.acceptedByFingerprint);
    QVERIFY(first.loginMethod.isEmpty());
    for (const CertificateProblem problem : problems)
        QVERIFY2(first.tls.problems.contains(problem), qPrintable(everything(first)));
    QVERIFY(!first.tls.problems.contains(CertificateProblem::Revoked));
    QCOMPARE(first.tls.problemTexts.size(), first.tls.problems.size());
    if (which != Server::Named)
        QVERIFY(!first.tls.problems.contains(CertificateProblem::NameMismatch));
    if (which == Server::Expired)
        QCOMPARE(first.tls.expiry.date().year(), 2021);

    ProbeTarget accepted = refused;
    accepted.acceptedFingerprints.insert(fingerprint);
    const ProbeResult second = runProbe(accepted);
    QVERIFY2(second.ok(), qPrintable(everything(second)));
    QVERIFY(second.tls.encrypted);
    QVERIFY(second.tls.acceptedByFingerprint);
    QCOMPARE(second.tls.problems, first.tls.problems);
    QCOMPARE(second.loginMethod, QStringLiteral("LOGIN"));
    QVERIFY(!second.sentInClear);
}

void TestImapProbe::otherFingerprintRefused()
{
    ProbeTarget probe =
        target(Server::Tls, Security::Ssl, QStringLiteral("alice"), QStringLiteral("secret"));
    probe.acceptedFingerprints.insert(server(Server::Named).certificateFingerprint());
    const ProbeResult result = runProbe(probe);
    QCOMPARE(result.outcome, ProbeOutcome::TlsProblem);
    QCOMPARE(result.tls.fingerprint, server(Server::Tls).certificateFingerprint());
}

void TestImapProbe::login_data()
{
    QTest::addColumn<Server>("which");
    QTest::addColumn<Security>("security");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("allowClearText");
    QTest::addColumn<ProbeOutcome>("outcome");
    QTest::addColumn<QString>("loginMethod");
    QTest::addColumn<bool>("sentInClear");
    QTest::addColumn<QString>("serverText"); // a part of it

    const QString login = QStringLiteral("LOGIN");
    const QString plain = QStringLiteral("AUTHENTICATE PLAIN");
    const QString failed = QStringLiteral("Authentication failed");
    QTest::newRow("SSL") << Server::Tls << Security::Ssl << "alice"
                         << "secret" << false << ProbeOutcome::Ok << login << false << "";
    QTest::newRow("STARTTLS") << Server::Tls << Security::StartTls << "alice"
                              << "secret" << false << ProbeOutcome::Ok << login << false << "";
    QTest::newRow("non-ASCII, LITERAL+") << Server::Tls << Security::Ssl << "bob" << kSpecial
                                         << false << ProbeOutcome::Ok << login << false << "";
    QTest::newRow("non-ASCII, synchronizing literal")
        << Server::NoLiteralPlus << Security::StartTls << "bob" << kSpecial << false
        << ProbeOutcome::Ok << login << false << "";
    QTest::newRow("quotes and backslashes quoted")
        << Server::Tls << Security::Ssl << "carol" << kQuotable << false << ProbeOutcome::Ok
        << login << false << "";
    QTest::newRow("long password, synchronizing literal")
        << Server::NoLiteralPlus << Security::Ssl << "dave" << kLong << false << ProbeOutcome::Ok
        << login << false << "";
    QTest::newRow("wrong password")
        << Server::Tls << Security::Ssl << "alice"
        << "wrong" << false << ProbeOutcome::AuthFailed << login << false << failed;
    QTest::newRow("wrong password close to the right one")
        << Server::Tls << Security::StartTls << "bob" << kSpecial + QStringLiteral("x") << false
        << ProbeOutcome::AuthFailed << login << false << failed;
    QTest::newRow("unknown user") << Server::Tls << Security::Ssl << "nobody-here"
                                  << "secret" << false << ProbeOutcome::AuthFailed << login << false
                                  << failed;
    QTest::newRow("LOGINDISABLED, SASL-IR") << Server::SaslIr << Security::Ssl << "bob" << kSpecial
                                            << false << ProbeOutcome::Ok << plain << false << "";
    QTest::newRow("LOGINDISABLED, SASL-IR, wrong password")
        << Server::SaslIr << Security::StartTls << "alice"
        << "wrong" << false << ProbeOutcome::AuthFailed << plain << false << failed;
    QTest::newRow("LOGINDISABLED, continuation")
        << Server::NoSaslIr << Security::StartTls << "bob" << kSpecial << false << ProbeOutcome::Ok
        << plain << false << "";
    QTest::newRow("LOGINDISABLED, continuation, wrong password")
        << Server::NoSaslIr << Security::Ssl << "alice"
        << "nope" << false << ProbeOutcome::AuthFailed << plain << false << failed;
    QTest::newRow("plain, clear text allowed")
        << Server::NoTls << Security::None << "bob" << kSpecial << true << ProbeOutcome::Ok << login
        << true << "";
    QTest::newRow("plain, clear text not allowed")
        << Server::NoTls << Security::None << "alice"
        << "secret" << false << ProbeOutcome::InsecureRefused << "" << false << "";
    QTest::newRow("plain where STARTTLS is offered")
        << Server::Tls << Security::None << "alice"
        << "secret" << false << ProbeOutcome::InsecureRefused << "" << false << "";
    QTest::newRow("STARTTLS not offered")
        << Server::NoTls << Security::StartTls << "alice"
        << "secret" << true << ProbeOutcome::InsecureRefused << "" << false << "";
}

void TestImapProbe::login()
{
    QFETCH(Server, which);
    QFETCH(Security, security);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, allowClearText);
    QFETCH(ProbeOutcome, outcome);
    QFETCH(QString, loginMethod);
    QFETCH(bool, sentInClear);
    QFETCH(QString, serverText);

    ProbeTarget probe = target(which, security, user, password);
    probe.allowClearText = allowClearText;
    if (which != Server::NoTls)
        probe.acceptedFingerprints.insert(server(which).certificateFingerprint());
    const ProbeResult result = runProbe(probe);
    QVERIFY2(result.outcome == outcome,
             qPrintable(probeOutcomeName(result.outcome) + QLatin1Char(' ') + everything(result) +
                        QLatin1Char('\n') + server(which).log().right(2000)));
    QCOMPARE(result.loginMethod, loginMethod);
    QCOMPARE(result.sentInClear, sentInClear);
    QVERIFY2(result.serverText.contains(serverText), qPrintable(result.serverText));
    QVERIFY(!result.message.isEmpty());
    QVERIFY2(!everything(result).contains(password), qPrintable(everything(result)));
    QCOMPARE(result.tls.encrypted, which != Server::NoTls && security != Security::None);
    if (security == Security::None)
        QVERIFY(!result.warnings.isEmpty());
    if (security == Security::None && which == Server::Tls)
        QVERIFY(result.warnings.join(QLatin1Char(' ')).contains(QLatin1String("STARTTLS")));
    QVERIFY(result.elapsedMs >= 0);
}

// A connection check without a user: greeting, TLS, CAPABILITY (after STARTTLS again), ID.
void TestImapProbe::serverDetails_data()
{
    QTest::addColumn<Server>("which");
    QTest::addColumn<Security>("security");
    QTest::newRow("SSL") << Server::Tls << Security::Ssl;
    QTest::newRow("STARTTLS") << Server::Tls << Security::StartTls;
    QTest::newRow("plain") << Server::NoTls << Security::None;
}

void TestImapProbe::serverDetails()
{
    QFETCH(Server, which);
    QFETCH(Security, security);
    ProbeTarget probe = target(which, security);
    if (which == Server::Tls)
        probe.acceptedFingerprints.insert(server(which).certificateFingerprint());
    const ProbeResult result = runProbe(probe);
    QVERIFY2(result.ok(), qPrintable(everything(result)));
    QVERIFY(result.loginMethod.isEmpty());
    QVERIFY(!result.sentInClear);
    QVERIFY(result.capabilities.contains(QStringLiteral("IMAP4rev1")));
    QVERIFY(result.capabilities.contains(QStringLiteral("ID")));
    QCOMPARE(result.serverIdValue(QStringLiteral("NAME")), QStringLiteral("Dovecot"));
    // After STARTTLS the capabilities are asked again; Dovecot no longer offers STARTTLS then.
    QVERIFY(!result.capabilities.contains(QStringLiteral("STARTTLS")));
    if (security == Security::None) {
        QVERIFY(!result.tls.encrypted);
        QCOMPARE(result.warnings.size(), 1);
    } else {
        QVERIFY(result.tls.encrypted);
        QVERIFY(result.tls.protocol.startsWith(QLatin1String("TLS")));
        QVERIFY(!result.tls.cipher.isEmpty());
        QCOMPARE(result.tls.fingerprint, server(which).certificateFingerprint());
        QVERIFY(result.warnings.isEmpty());
    }
}

void TestImapProbe::unreachable_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<Security>("security");
    QTest::newRow("refused, SSL") << "127.0.0.1" << Security::Ssl;
    QTest::newRow("refused, STARTTLS") << "127.0.0.1" << Security::StartTls;
    QTest::newRow("no such host") << "no-such-host.invalid" << Security::Ssl;
}

void TestImapProbe::unreachable()
{
    QFETCH(QString, host);
    QFETCH(Security, security);
    const ProbeResult result = runProbe({host,
                                         unusedPort(),
                                         security,
                                         QStringLiteral("alice"),
                                         QStringLiteral("secret"),
                                         {},
                                         false},
                                        3000);
    QVERIFY2(result.outcome == ProbeOutcome::Unreachable, qPrintable(everything(result)));
    QVERIFY(result.message.contains(host));
    QVERIFY(result.loginMethod.isEmpty());
    QVERIFY(!result.tls.encrypted);
}

// What only a scripted server can show: bytes on the wire, odd greetings, echoed passwords.
void TestImapProbe::fakeServer_data()
{
    QTest::addColumn<QByteArray>("greeting");
    QTest::addColumn<QByteArray>("capabilities");
    QTest::addColumn<QByteArray>("loginReply");
    QTest::addColumn<Security>("security");
    QTest::addColumn<bool>("allowClearText");
    QTest::addColumn<QString>("password");
    QTest::addColumn<ProbeOutcome>("outcome");
    QTest::addColumn<QByteArray>("sent");      // the client sent this
    QTest::addColumn<QByteArray>("neverSent"); // ... and never this
    QTest::addColumn<bool>("serverDetails");

    const QByteArray greeting = "* OK fake ready";
    QTest::newRow("clear text refused: no credentials on the wire")
        << greeting << QByteArray("IMAP4rev1 ID LITERAL+") << QByteArray("OK") << Security::None
        << false << "secret" << ProbeOutcome::InsecureRefused << QByteArray("LOGOUT")
        << QByteArray("secret") << true;
    QTest::newRow("no STARTTLS: no credentials on the wire")
        << greeting << QByteArray("IMAP4rev1 ID") << QByteArray("OK") << Security::StartTls << true
        << "secret" << ProbeOutcome::InsecureRefused << QByteArray("CAPABILITY")
        << QByteArray("LOGIN") << true;
    QTest::newRow("clear text allowed")
        << greeting << QByteArray("IMAP4rev1 ID LITERAL+") << QByteArray("OK") << Security::None
        << true << "secret" << ProbeOutcome::Ok << QByteArray(" LOGIN \"alice\" \"secret\"\r\n")
        << QByteArray("AUTHENTICATE") << true;
    QTest::newRow("synchronizing literal waits for +")
        << greeting << QByteArray("IMAP4rev1") << QByteArray("OK") << Security::None << true
        << QString::fromUtf8("pä") << ProbeOutcome::Ok
        << QByteArray(" LOGIN \"alice\" {3}\r\npä\r\n") << QByteArray("{3+}") << true;
    QTest::newRow("LITERAL+ does not wait")
        << greeting << QByteArray("IMAP4rev1 LITERAL+") << QByteArray("OK") << Security::None
        << true << QString::fromUtf8("pä") << ProbeOutcome::Ok
        << QByteArray(" LOGIN \"alice\" {3+}\r\npä\r\n") << QByteArray(" ID ") << true;
    QTest::newRow("AUTHENTICATE PLAIN with continuation")
        << greeting << QByteArray("IMAP4rev1 LOGINDISABLED AUTH=PLAIN") << QByteArray("OK")
        << Security::None << true << "s3cret" << ProbeOutcome::Ok
        << QByteArray(" AUTHENTICATE PLAIN\r\n" + QByteArray("\0alice\0s3cret", 13).toBase64())
        << QByteArray(" LOGIN ") << true;
    QTest::newRow("AUTHENTICATE PLAIN with SASL-IR")
        << greeting << QByteArray("IMAP4rev1 SASL-IR LOGINDISABLED AUTH=PLAIN") << QByteArray("OK")
        << Security::None << true << "s3cret" << ProbeOutcome::Ok
        << QByteArray(" AUTHENTICATE PLAIN " + QByteArray("\0alice\0s3cret", 13).toBase64())
        << QByteArray(" LOGIN ") << true;
    QTest::newRow("LOGINDISABLED without PLAIN")
        << greeting << QByteArray("IMAP4rev1 LOGINDISABLED AUTH=GSSAPI") << QByteArray("OK")
        << Security::None << true << "secret" << ProbeOutcome::ProtocolError << QByteArray("LOGOUT")
        << QByteArray("secret") << true;
    QTest::newRow("password echoed by the server is masked")
        << greeting << QByteArray("IMAP4rev1") << QByteArray("NO wrong password: \"S3cr\\\\et\"")
        << Security::None << true << "S3cr\\et" << ProbeOutcome::AuthFailed << QByteArray("LOGOUT")
        << QByteArray("AUTHENTICATE") << true;
    QTest::newRow("BAD login") << greeting << QByteArray("IMAP4rev1") << QByteArray("BAD syntax")
                               << Security::None << true << "secret" << ProbeOutcome::ProtocolError
                               << QByteArray("LOGIN") << QByteArray() << true;
    QTest::newRow("greeting BYE") << QByteArray("* BYE too many connections from your IP")
                                  << QByteArray("IMAP4rev1") << QByteArray("OK") << Security::None
                                  << true << "secret" << ProbeOutcome::ProtocolError << QByteArray()
                                  << QByteArray("CAPABILITY") << true;
    QTest::newRow("not IMAP") << QByteArray("SSH-2.0-OpenSSH_9.2") << QByteArray("IMAP4rev1")
                              << QByteArray("OK") << Security::None << true << "secret"
                              << ProbeOutcome::ProtocolError << QByteArray()
                              << QByteArray("CAPABILITY") << true;
    QTest::newRow("plain server on an SSL port")
        << greeting << QByteArray("IMAP4rev1") << QByteArray("OK") << Security::Ssl << false
        << "secret" << ProbeOutcome::TlsProblem << QByteArray() << QByteArray("secret") << true;
    QTest::newRow("login only: greeting capabilities, no CAPABILITY, no ID")
        << QByteArray("* OK [CAPABILITY IMAP4rev1 ID LITERAL+] ready") << QByteArray("IMAP4rev1")
        << QByteArray("OK") << Security::None << true << QString::fromUtf8("pä") << ProbeOutcome::Ok
        << QByteArray(" LOGIN \"alice\" {3+}\r\npä\r\n") << QByteArray("CAPABILITY") << false;
    QTest::newRow("login only, no capabilities in the greeting")
        << greeting << QByteArray("IMAP4rev1 ID LOGINDISABLED AUTH=PLAIN") << QByteArray("OK")
        << Security::None << true << "secret" << ProbeOutcome::Ok << QByteArray(" CAPABILITY\r\n")
        << QByteArray(" ID ") << false;
}

void TestImapProbe::fakeServer()
{
    QFETCH(QByteArray, greeting);
    QFETCH(QByteArray, capabilities);
    QFETCH(QByteArray, loginReply);
    QFETCH(Security, security);
    QFETCH(bool, allowClearText);
    QFETCH(QString, password);
    QFETCH(ProbeOutcome, outcome);
    QFETCH(QByteArray, sent);
    QFETCH(QByteArray, neverSent);
    QFETCH(bool, serverDetails);

    FakeImapServer fake;
    FakeImapServer::Script script;
    script.greeting = greeting;
    script.capabilities = capabilities;
    script.loginReply = loginReply;
    fake.setScript(script);
    QVERIFY(fake.listen());
    ProbeTarget probe{QStringLiteral("127.0.0.1"),
                      fake.port(),
                      security,
                      QStringLiteral("alice"),
                      password,
                      {},
                      false};
    probe.allowClearText = allowClearText;
    probe.serverDetails = serverDetails;
    const ProbeResult result = runProbe(probe, 3000);
    QVERIFY2(result.outcome == outcome,
             qPrintable(probeOutcomeName(result.outcome) + QLatin1Char(' ') + everything(result)));
    QVERIFY2(fake.received().contains(sent), fake.received().constData());
    if (!neverSent.isEmpty())
        QVERIFY2(!fake.received().contains(neverSent), fake.received().constData());
    QVERIFY(!fake.literalBeforeContinuation());
    QVERIFY2(!everything(result).contains(password), qPrintable(everything(result)));
    if (loginReply.startsWith("NO"))
        QVERIFY2(result.serverText.contains(QLatin1String("***")), qPrintable(result.serverText));
    if (greeting.startsWith("* BYE"))
        QCOMPARE(result.serverText, QStringLiteral("too many connections from your IP"));
    if (result.ok() && capabilities.contains("ID") && serverDetails)
        QCOMPARE(result.serverIdValue(QStringLiteral("version")), QStringLiteral("1.0"));
}

void TestImapProbe::silentServerTimesOut_data()
{
    QTest::addColumn<QByteArray>("greeting");
    QTest::addColumn<QString>("waitingFor");
    QTest::newRow("no greeting") << QByteArray() << "greeting";
    QTest::newRow("no answer to CAPABILITY") << QByteArray("* OK hello") << "CAPABILITY";
}

void TestImapProbe::silentServerTimesOut()
{
    QFETCH(QByteArray, greeting);
    QFETCH(QString, waitingFor);
    FakeImapServer fake;
    FakeImapServer::Script script;
    script.greeting = greeting;
    script.answer = false;
    fake.setScript(script);
    QVERIFY(fake.listen());
    QElapsedTimer clock;
    clock.start();
    const ProbeResult result = runProbe(
        {QStringLiteral("127.0.0.1"), fake.port(), Security::None, {}, {}, {}, false}, 300);
    QCOMPARE(result.outcome, ProbeOutcome::Timeout);
    QVERIFY2(result.message.contains(waitingFor), qPrintable(result.message));
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(fake.connections(), 1);
}

void TestImapProbe::serverClosesAtOnce()
{
    FakeImapServer fake;
    FakeImapServer::Script script;
    script.closeAtOnce = true;
    fake.setScript(script);
    QVERIFY(fake.listen());
    const ProbeResult result = runProbe({QStringLiteral("127.0.0.1"),
                                         fake.port(),
                                         Security::None,
                                         QStringLiteral("alice"),
                                         QStringLiteral("secret"),
                                         {},
                                         true},
                                        3000);
    QCOMPARE(result.outcome, ProbeOutcome::ProtocolError);
    QVERIFY2(result.message.contains(QLatin1String("closed the connection")),
             qPrintable(result.message));
    QCOMPARE(fake.connections(), 1);
}

void TestImapProbe::abortStopsWithoutSignal()
{
    ImapProbe probe;
    QSignalSpy finished(&probe, &ImapProbe::finished);
    ProbeTarget probeTarget =
        target(Server::Tls, Security::Ssl, QStringLiteral("alice"), QStringLiteral("secret"));
    probeTarget.acceptedFingerprints.insert(server(Server::Tls).certificateFingerprint());
    probe.start(probeTarget);
    QVERIFY(probe.isRunning());
    QCOMPARE(finished.size(), 0); // never from within start()
    QTest::qWait(5);
    probe.abort();
    QVERIFY(!probe.isRunning());
    QTest::qWait(300);
    QCOMPARE(finished.size(), 0);

    // The same probe can run again and then finishes once.
    probe.start(probeTarget);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<ProbeResult>().ok());
}

QTEST_GUILESS_MAIN(TestImapProbe)
#include "tst_imapprobe.moc"
