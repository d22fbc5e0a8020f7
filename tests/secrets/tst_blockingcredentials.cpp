#include "secrets/blockingcredentials.h"
#include "secrets/sessioncredentialstore.h"

#include <QElapsedTimer>
#include <QTest>

using namespace imapdesk;
using namespace std::chrono_literals;

namespace {

// A store that takes every request and never answers, as a keyring behind a
// hung D-Bus would: the helper's own limit must end the wait.
class SilentStore final : public CredentialStore
{
public:
    bool isAvailable() const override { return true; }
    bool isPersistent() const override { return true; }
    void write(const CredentialRef &, const JobCredentials &, const QObject *,
               StatusCallback) override
    {}
    void read(const CredentialRef &, const QObject *, ReadCallback) override {}
    void remove(const CredentialRef &, const QObject *, StatusCallback) override {}
};

} // namespace

class TestBlockingCredentials final : public QObject
{
    Q_OBJECT

private slots:
    void answersLikeTheStore();
    void limitEndsTheWait();
};

void TestBlockingCredentials::answersLikeTheStore()
{
    SessionCredentialStore store;
    BlockingCredentials blocking(store, 5s);
    const CredentialRef ref = CredentialRef::generate(QStringLiteral("test"));
    const JobCredentials credentials{QStringLiteral("p\"1 \\"), QStringLiteral("🔑")};
    QVERIFY(blocking.write(ref, credentials).ok());
    const CredentialReadResult read = blocking.read(ref);
    QVERIFY(read.status.ok());
    QCOMPARE(read.credentials, credentials);
    QVERIFY(blocking.remove(ref).ok());
    QCOMPARE(blocking.read(ref).status.error, CredentialError::NotFound);
    QVERIFY(blocking
                .removeMany({CredentialRef::generate(QStringLiteral("test")),
                             CredentialRef::generate(QStringLiteral("test"))})
                .ok());
    QVERIFY(blocking.probe().ok());
}

void TestBlockingCredentials::limitEndsTheWait()
{
    SilentStore store;
    BlockingCredentials blocking(store, 300ms);
    QElapsedTimer clock;
    clock.start();
    const CredentialStatus written =
        blocking.write(CredentialRef::generate(QStringLiteral("test")), {});
    QCOMPARE(written.error, CredentialError::Timeout);
    QCOMPARE(written.message, QStringLiteral("the system keyring did not answer within 0.3 s"));
    QCOMPARE(blocking.read(CredentialRef::generate(QStringLiteral("test"))).status.error,
             CredentialError::Timeout);
    QCOMPARE(blocking.probe().error, CredentialError::Timeout);
    QVERIFY2(clock.elapsed() < 5000, "each wait is bounded by the limit");
    QVERIFY(clock.elapsed() >= 900);
}

QTEST_GUILESS_MAIN(TestBlockingCredentials)
#include "tst_blockingcredentials.moc"
