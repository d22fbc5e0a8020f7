#include "secrets/sessioncredentialstore.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace imapdesk;

namespace {

// Collects one callback's answer; QTRY_ waits for it with a bound.
template<typename Result>
struct Answer
{
    std::optional<Result> value;
    auto callback()
    {
        return [this](const Result &result) {
            value = result;
        };
    }
};

} // namespace

class TestSessionCredentialStore final : public QObject
{
    Q_OBJECT

private slots:
    void keepsNothingAcrossProcesses();
    void roundTrip();
    void readMissingAsksTheUser();
    void removeMissingSucceeds();
    void removeMany();
    void callbacksComeLaterAndInOrder();
    void callbackDroppedWhenContextIsGone();
    void instancesDoNotShare();
    void probe();
    void nullReference();
};

void TestSessionCredentialStore::keepsNothingAcrossProcesses()
{
    SessionCredentialStore store;
    QVERIFY(store.isAvailable());
    QVERIFY(!store.isPersistent());
}

void TestSessionCredentialStore::roundTrip()
{
    SessionCredentialStore store;
    const CredentialRef ref = CredentialRef::generate(QStringLiteral("test"));
    const JobCredentials credentials{QStringLiteral("0"), QString()};
    Answer<CredentialStatus> written;
    store.write(ref, credentials, this, written.callback());
    QTRY_VERIFY_WITH_TIMEOUT(written.value.has_value(), 5000);
    QVERIFY(written.value->ok());
    QVERIFY(written.value->message.isEmpty());

    Answer<CredentialReadResult> read;
    store.read(ref, this, read.callback());
    QTRY_VERIFY_WITH_TIMEOUT(read.value.has_value(), 5000);
    QVERIFY(read.value->status.ok());
    QCOMPARE(read.value->credentials, credentials);
    QCOMPARE(store.count(), 1);
    store.clear();
    QCOMPARE(store.count(), 0);
}

void TestSessionCredentialStore::readMissingAsksTheUser()
{
    SessionCredentialStore store;
    Answer<CredentialReadResult> read;
    store.read(CredentialRef::generate(QStringLiteral("test")), this, read.callback());
    QTRY_VERIFY_WITH_TIMEOUT(read.value.has_value(), 5000);
    QCOMPARE(read.value->status.error, CredentialError::NotFound);
    QCOMPARE(read.value->status.message,
             QStringLiteral("no saved password for this account (ask the user)"));
    QCOMPARE(read.value->credentials, JobCredentials());
}

void TestSessionCredentialStore::removeMissingSucceeds()
{
    SessionCredentialStore store;
    Answer<CredentialStatus> removed;
    store.remove(CredentialRef::generate(QStringLiteral("test")), this, removed.callback());
    QTRY_VERIFY_WITH_TIMEOUT(removed.value.has_value(), 5000);
    QVERIFY(removed.value->ok());
}

void TestSessionCredentialStore::removeMany()
{
    SessionCredentialStore store;
    QList<CredentialRef> refs;
    for (int i = 0; i < 50; ++i) {
        refs.append(CredentialRef::generate(QStringLiteral("test")));
        store.write(refs.last(), {QString::number(i), QString()}, this, {});
    }
    const CredentialRef kept = CredentialRef::generate(QStringLiteral("test"));
    store.write(kept, {QStringLiteral("kept"), QString()}, this, {});
    refs.append(CredentialRef::generate(QStringLiteral("test"))); // never written: still a success
    Answer<CredentialStatus> removed;
    store.removeMany(refs, this, removed.callback());
    QTRY_VERIFY_WITH_TIMEOUT(removed.value.has_value(), 5000);
    QVERIFY2(removed.value->ok(), qPrintable(removed.value->message));
    QCOMPARE(store.count(), 1);

    Answer<CredentialStatus> none;
    store.removeMany({}, this, none.callback());
    QVERIFY(!none.value.has_value());
    QTRY_VERIFY_WITH_TIMEOUT(none.value.has_value(), 5000);
    QVERIFY(none.value->ok());
}

void TestSessionCredentialStore::callbacksComeLaterAndInOrder()
{
    SessionCredentialStore store;
    const CredentialRef ref = CredentialRef::generate(QStringLiteral("test"));
    QStringList order;
    store.write(ref, {QStringLiteral("first"), QString()}, this,
                [&](const CredentialStatus &) { order << QStringLiteral("write1"); });
    store.write(ref, {QStringLiteral("second"), QString()}, this,
                [&](const CredentialStatus &) { order << QStringLiteral("write2"); });
    std::optional<QString> seen;
    store.read(ref, this, [&](const CredentialReadResult &result) {
        order << QStringLiteral("read");
        seen = result.credentials.password1;
    });
    QVERIFY2(order.isEmpty(), "no callback may run inside the call");
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 3, 5000);
    QCOMPARE(order, QStringList({"write1", "write2", "read"}));
    QCOMPARE(seen.value_or(QString()), QStringLiteral("second"));
}

void TestSessionCredentialStore::callbackDroppedWhenContextIsGone()
{
    SessionCredentialStore store;
    const CredentialRef ref = CredentialRef::generate(QStringLiteral("test"));
    bool called = false;
    {
        QObject context;
        store.write(ref, {QStringLiteral("a"), QStringLiteral("b")}, &context,
                    [&](const CredentialStatus &) { called = true; });
    }
    Answer<CredentialReadResult> read;
    store.read(ref, this, read.callback());
    QTRY_VERIFY_WITH_TIMEOUT(read.value.has_value(), 5000);
    QVERIFY(!called);
    QVERIFY2(read.value->status.ok(), "the write itself still happened");
}

void TestSessionCredentialStore::instancesDoNotShare()
{
    SessionCredentialStore first;
    SessionCredentialStore second;
    const CredentialRef ref = CredentialRef::generate(QStringLiteral("test"));
    first.write(ref, {QStringLiteral("a"), QStringLiteral("b")}, this, {});
    Answer<CredentialReadResult> read;
    second.read(ref, this, read.callback());
    QTRY_VERIFY_WITH_TIMEOUT(read.value.has_value(), 5000);
    QCOMPARE(read.value->status.error, CredentialError::NotFound);
}

void TestSessionCredentialStore::probe()
{
    SessionCredentialStore store;
    Answer<CredentialStatus> probed;
    store.probe(this, probed.callback());
    QTRY_VERIFY_WITH_TIMEOUT(probed.value.has_value(), 5000);
    QVERIFY(probed.value->ok());
    QCOMPARE(store.count(), 0);
}

void TestSessionCredentialStore::nullReference()
{
    SessionCredentialStore store;
    Answer<CredentialStatus> written;
    store.write(CredentialRef(), {QStringLiteral("a"), QString()}, this, written.callback());
    QTRY_VERIFY_WITH_TIMEOUT(written.value.has_value(), 5000);
    QCOMPARE(written.value->error, CredentialError::Failed);
    QCOMPARE(store.count(), 0);
}

QTEST_GUILESS_MAIN(TestSessionCredentialStore)
#include "tst_sessioncredentialstore.moc"
