// A whole pre-flight check over two Dovecot servers behind counting proxies: per-row
// results, the per-host and overall limits as the proxies see them, hosts that fail their
// connection check, clear-text hosts, and cancel().
#include "countingproxy.h"
#include "dovecotserver.h"
#include "fakeimapserver.h"
#include "net/preflightcheck.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace imapdesk;
using ImapDeskTest::ConnectionGauge;
using ImapDeskTest::CountingProxy;
using ImapDeskTest::DovecotServer;
using ImapDeskTest::FakeImapServer;
using ImapDeskTest::unusedPort;

namespace {

QString password(int account, PreflightSide side)
{
    // Spaces, quotes, backslashes and non-ASCII, different for every account and side.
    return QString::fromUtf8("p\xC3\xA4 %1 \"%2\\").arg(account).arg(int(side));
}

QString user(int account)
{
    return QStringLiteral("user%1").arg(account);
}

struct RowResult
{
    int row;
    PreflightSide side;
    ProbeResult result;
};

// Runs check to its end and collects what it reported.
struct Run
{
    QList<RowResult> rows;
    QList<QPair<PreflightHost, ProbeResult>> hosts;
    int finished = 0;

    ProbeResult at(int row, PreflightSide side) const
    {
        for (const RowResult &result : rows) {
            if (result.row == row && result.side == side)
                return result.result;
        }
        return {};
    }
    int count(int row, PreflightSide side) const
    {
        return int(std::count_if(rows.begin(), rows.end(), [&](const RowResult &result) {
            return result.row == row && result.side == side;
        }));
    }
};

Run runCheck(PreflightCheck &check, const QList<PreflightAccount> &accounts, int timeoutMs = 30000)
{
    Run run;
    QObject context;
    QObject::connect(&check, &PreflightCheck::rowChecked, &context,
                     [&run](int row, PreflightSide side, const ProbeResult &result) {
                         run.rows.append({row, side, result});
                     });
    QObject::connect(&check, &PreflightCheck::hostChecked, &context,
                     [&run](const PreflightHost &host, const ProbeResult &result) {
                         run.hosts.append({host, result});
                     });
    QObject::connect(&check, &PreflightCheck::finished, &context, [&run] { ++run.finished; });
    check.start(accounts);
    QDeadlineTimer deadline(timeoutMs);
    while (run.finished == 0 && !deadline.hasExpired())
        QTest::qWait(10);
    QTest::qWait(20); // nothing may follow finished()
    return run;
}

QString everything(const ProbeResult &result)
{
    return QStringList{result.message, result.serverText, result.warnings.join(QLatin1Char('\n'))}
        .join(QLatin1Char('\n'));
}

} // namespace

class TestPreflightCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void accountsOverTwoServers_data();
    void accountsOverTwoServers();
    void deadHostIsTriedOnce();
    void untrustedCertificateSkipsLogins();
    void clearTextHost_data();
    void clearTextHost();
    void cancelStopsEverything();
    void emptyListFinishes();

private:
    PreflightEndpoint source(int account) const;
    PreflightEndpoint destination(int account) const;

    DovecotServer m_sslServer;      // reached with implicit TLS as "127.0.0.1"
    DovecotServer m_startTlsServer; // reached with STARTTLS as "localhost"
    DovecotServer m_plainServer;    // no TLS at all
    ConnectionGauge m_all;
    std::unique_ptr<CountingProxy> m_sslProxy;
    std::unique_ptr<CountingProxy> m_startTlsProxy;
    std::unique_ptr<CountingProxy> m_plainProxy;
    static constexpr int kAccounts = 12;
};

void TestPreflightCheck::initTestCase()
{
    m_plainServer.setTlsEnabled(false);
    for (DovecotServer *server : {&m_sslServer, &m_startTlsServer, &m_plainServer}) {
        QVERIFY2(server->start(), qPrintable(server->errorString()));
        for (int account = 0; account < kAccounts; ++account) {
            QVERIFY(server->addUser(user(account), password(account, PreflightSide::Source)));
        }
    }
    // The destination has its own passwords.
    for (int account = 0; account < kAccounts; ++account)
        QVERIFY(
            m_startTlsServer.addUser(user(account), password(account, PreflightSide::Destination)));
    m_sslProxy = std::make_unique<CountingProxy>(m_sslServer.sslPort(), &m_all);
    m_startTlsProxy = std::make_unique<CountingProxy>(m_startTlsServer.port(), &m_all);
    m_plainProxy = std::make_unique<CountingProxy>(m_plainServer.port(), &m_all);
    QVERIFY(m_sslProxy->listen());
    QVERIFY(m_startTlsProxy->listen());
    QVERIFY(m_plainProxy->listen());
}

PreflightEndpoint TestPreflightCheck::source(int account) const
{
    return {QStringLiteral("127.0.0.1"), m_sslProxy->port(), Security::Ssl, user(account),
            password(account, PreflightSide::Source)};
}

// "localhost" is another host name than "127.0.0.1": the two servers have separate
// per-host limits although both run on this machine.
PreflightEndpoint TestPreflightCheck::destination(int account) const
{
    return {QStringLiteral("localhost"), m_startTlsProxy->port(), Security::StartTls, user(account),
            password(account, PreflightSide::Destination)};
}

void TestPreflightCheck::accountsOverTwoServers_data()
{
    QTest::addColumn<int>("perHost");
    QTest::addColumn<int>("overall");
    QTest::newRow("defaults") << 4 << 16;
    QTest::newRow("overall below two hosts' limits") << 3 << 4;
    QTest::newRow("one per host") << 1 << 16;
}

void TestPreflightCheck::accountsOverTwoServers()
{
    QFETCH(int, perHost);
    QFETCH(int, overall);
    constexpr int kWrongPassword = 3;
    constexpr int kUnreachable = 7;
    constexpr int kDuplicateSource = 9; // the same source login as account 8
    QList<PreflightAccount> accounts;
    for (int account = 0; account < kAccounts; ++account)
        accounts.append(PreflightAccount{source(account), destination(account)});
    accounts[kWrongPassword].destination.password = QStringLiteral("wrong \"one\"");
    accounts[kUnreachable].destination = {QStringLiteral("127.0.0.1"), unusedPort(),
                                          Security::StartTls, user(kUnreachable),
                                          QStringLiteral("secret")};
    accounts[kDuplicateSource].source = source(kDuplicateSource - 1);

    PreflightCheck check;
    check.setLimits({perHost, overall, 10000});
    const PreflightHost sslHost = PreflightHost::of(source(0));
    const PreflightHost startTlsHost = PreflightHost::of(destination(0));
    check.setHostTrust(sslHost, {{m_sslServer.certificateFingerprint()}, false});
    check.setHostTrust(startTlsHost, {{m_startTlsServer.certificateFingerprint()}, false});

    const ConnectionGauge sslBefore = m_sslProxy->gauge();
    const ConnectionGauge startTlsBefore = m_startTlsProxy->gauge();
    m_all.peak = m_all.open;
    m_sslProxy->resetPeak();
    m_startTlsProxy->resetPeak();
    const Run run = runCheck(check, accounts);

    QCOMPARE(run.finished, 1);
    QVERIFY(!check.isRunning());
    QCOMPARE(check.connectionsOpen(), 0);
    QCOMPARE(run.hosts.size(), 3);
    QCOMPARE(check.hosts().size(), 3);
    QCOMPARE(run.rows.size(), 2 * kAccounts);
    for (int account = 0; account < kAccounts; ++account) {
        for (const PreflightSide side : {PreflightSide::Source, PreflightSide::Destination}) {
            QCOMPARE(run.count(account, side), 1);
            const ProbeResult result = run.at(account, side);
            const QString what = QStringLiteral("account %1 side %2: %3 %4")
                                     .arg(account)
                                     .arg(int(side))
                                     .arg(probeOutcomeName(result.outcome), everything(result));
            ProbeOutcome expected = ProbeOutcome::Ok;
            if (account == kWrongPassword && side == PreflightSide::Destination)
                expected = ProbeOutcome::AuthFailed;
            if (account == kUnreachable && side == PreflightSide::Destination)
                expected = ProbeOutcome::Unreachable;
            QVERIFY2(result.outcome == expected, qPrintable(what));
            for (const PreflightAccount &any : std::as_const(accounts)) {
                QVERIFY2(!everything(result).contains(any.source.password), qPrintable(what));
                QVERIFY2(!everything(result).contains(any.destination.password), qPrintable(what));
            }
            if (expected == ProbeOutcome::AuthFailed)
                QVERIFY2(result.serverText.contains(QLatin1String("Authentication failed")),
                         qPrintable(what));
            if (expected == ProbeOutcome::Ok)
                QVERIFY(result.tls.encrypted && result.tls.acceptedByFingerprint);
        }
    }

    // What the servers saw: one connection check each, one login per distinct login.
    const ConnectionGauge &ssl = m_sslProxy->gauge();
    const ConnectionGauge &startTls = m_startTlsProxy->gauge();
    QCOMPARE(ssl.accepted - sslBefore.accepted, 1 + kAccounts - 1);
    QCOMPARE(startTls.accepted - startTlsBefore.accepted, 1 + kAccounts - 1);
    QTRY_COMPARE(m_all.open, 0);
    // Never above the limits, and the limits were used: the check does run in parallel.
    const QString peaks =
        QStringLiteral("peaks: %1 %2 %3").arg(ssl.peak).arg(startTls.peak).arg(m_all.peak);
    QVERIFY2(ssl.peak <= perHost, qPrintable(peaks));
    QVERIFY2(startTls.peak <= perHost, qPrintable(peaks));
    QVERIFY2(m_all.peak <= overall, qPrintable(peaks));
    if (overall >= 2 * perHost)
        QVERIFY2(std::max(ssl.peak, startTls.peak) == perHost, qPrintable(peaks));
    else
        QVERIFY2(m_all.peak == overall, qPrintable(peaks));
}

// An unreachable or dead host costs one connection check, not one try per account.
void TestPreflightCheck::deadHostIsTriedOnce()
{
    FakeImapServer silent;
    FakeImapServer::Script script;
    script.greeting.clear();
    silent.setScript(script);
    QVERIFY(silent.listen());
    const quint16 deadPort = unusedPort();
    QList<PreflightAccount> accounts;
    for (int account = 0; account < 6; ++account) {
        accounts.append(PreflightAccount{{QStringLiteral("127.0.0.1"), silent.port(),
                                          Security::None, user(account), QStringLiteral("secret")},
                                         {QStringLiteral("127.0.0.1"), deadPort, Security::Ssl,
                                          user(account), QStringLiteral("secret")}});
    }
    PreflightCheck check;
    check.setLimits({4, 16, 300});
    const PreflightHost silentHost = PreflightHost::of(accounts.first().source);
    check.setHostTrust(silentHost, {{}, true});
    const Run run = runCheck(check, accounts);
    QCOMPARE(run.finished, 1);
    QCOMPARE(run.rows.size(), 12);
    QCOMPARE(silent.connections(), 1);
    QCOMPARE(silent.received(), QByteArray());
    for (int account = 0; account < 6; ++account) {
        QCOMPARE(run.at(account, PreflightSide::Source).outcome, ProbeOutcome::Timeout);
        QCOMPARE(run.at(account, PreflightSide::Destination).outcome, ProbeOutcome::Unreachable);
    }
}

// Without the user's acceptance no password goes to a server with an untrusted
// certificate; every row says why and carries the fingerprint to accept.
void TestPreflightCheck::untrustedCertificateSkipsLogins()
{
    QList<PreflightAccount> accounts;
    for (int account = 0; account < 5; ++account)
        accounts.append(PreflightAccount{source(account), destination(account)});
    PreflightCheck check;
    check.setHostTrust(PreflightHost::of(destination(0)),
                       {{m_startTlsServer.certificateFingerprint()}, false});
    const int before = m_sslProxy->gauge().accepted;
    const Run run = runCheck(check, accounts);
    QCOMPARE(m_sslProxy->gauge().accepted - before, 1);
    for (int account = 0; account < 5; ++account) {
        const ProbeResult result = run.at(account, PreflightSide::Source);
        QCOMPARE(result.outcome, ProbeOutcome::TlsProblem);
        QCOMPARE(result.tls.fingerprint, m_sslServer.certificateFingerprint());
        QVERIFY(result.tls.problems.contains(CertificateProblem::SelfSigned));
        QVERIFY(run.at(account, PreflightSide::Destination).ok());
    }
}

void TestPreflightCheck::clearTextHost_data()
{
    QTest::addColumn<bool>("allowClearText");
    QTest::newRow("refused") << false;
    QTest::newRow("allowed") << true;
}

void TestPreflightCheck::clearTextHost()
{
    QFETCH(bool, allowClearText);
    QList<PreflightAccount> accounts;
    for (int account = 0; account < 4; ++account) {
        PreflightEndpoint plain = source(account);
        plain.port = m_plainProxy->port();
        plain.security = Security::None;
        accounts.append(PreflightAccount{plain, destination(account)});
    }
    accounts[1].source.user.clear(); // no login on this side: the host check only
    PreflightCheck check;
    check.setHostTrust(PreflightHost::of(accounts.first().source), {{}, allowClearText});
    check.setHostTrust(PreflightHost::of(destination(0)),
                       {{m_startTlsServer.certificateFingerprint()}, false});
    const int before = m_plainProxy->gauge().accepted;
    const Run run = runCheck(check, accounts);
    QCOMPARE(run.rows.size(), 8);
    // The host check itself sends no password: it answers with a warning.
    const auto plainHost = std::find_if(run.hosts.begin(), run.hosts.end(), [](const auto &host) {
        return host.first.security == Security::None;
    });
    QVERIFY(plainHost != run.hosts.end());
    QVERIFY(plainHost->second.ok());
    QVERIFY(!plainHost->second.warnings.isEmpty());
    QVERIFY(run.at(1, PreflightSide::Source).ok());
    for (const int account : {0, 2, 3}) {
        const ProbeResult result = run.at(account, PreflightSide::Source);
        if (allowClearText) {
            QVERIFY2(result.ok(), qPrintable(everything(result)));
            QVERIFY(result.sentInClear);
        } else {
            QCOMPARE(result.outcome, ProbeOutcome::InsecureRefused);
            QVERIFY(!result.sentInClear);
        }
        QVERIFY(run.at(account, PreflightSide::Destination).ok());
    }
    // Refused: the host check was the only connection, so no password went anywhere.
    QCOMPARE(m_plainProxy->gauge().accepted - before, allowClearText ? 4 : 1);
}

void TestPreflightCheck::cancelStopsEverything()
{
    QList<PreflightAccount> accounts;
    for (int account = 0; account < kAccounts; ++account)
        accounts.append(PreflightAccount{source(account), destination(account)});
    PreflightCheck check;
    check.setHostTrust(PreflightHost::of(source(0)),
                       {{m_sslServer.certificateFingerprint()}, false});
    check.setHostTrust(PreflightHost::of(destination(0)),
                       {{m_startTlsServer.certificateFingerprint()}, false});
    int rows = 0;
    int finished = 0;
    connect(&check, &PreflightCheck::rowChecked, &check, [&] {
        if (++rows == 3)
            check.cancel(); // from a slot, with connections open
    });
    connect(&check, &PreflightCheck::finished, &check, [&] { ++finished; });
    check.start(accounts);
    QTRY_COMPARE_WITH_TIMEOUT(rows, 3, 20000);
    QVERIFY(!check.isRunning());
    QCOMPARE(check.connectionsOpen(), 0);
    QTest::qWait(300);
    QCOMPARE(rows, 3);
    QCOMPARE(finished, 0);
    QTRY_COMPARE(m_all.open, 0);

    // And it can start again.
    const Run run = runCheck(check, accounts.mid(0, 2));
    QCOMPARE(run.finished, 1);
    QCOMPARE(run.rows.size(), 4);
}

void TestPreflightCheck::emptyListFinishes()
{
    PreflightCheck check;
    QSignalSpy finished(&check, &PreflightCheck::finished);
    check.start({});
    QCOMPARE(finished.size(), 0); // never from within start()
    QVERIFY(finished.wait(1000));
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestPreflightCheck)
#include "tst_preflightcheck.moc"
