#include "secrets/jobcredentials.h"

#include <QSet>
#include <QTest>

using imapdesk::CredentialRef;
using imapdesk::JobCredentials;
using imapdesk::passwordFromKeychainData;
using imapdesk::passwordToKeychainData;

class TestJobCredentials final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void oneCompactEntry();
    void refusesForeignData_data();
    void refusesForeignData();
    void referenceIsRandomAndOpaque();
    void referenceParsing_data();
    void referenceParsing();
};

void TestJobCredentials::roundTrip_data()
{
    QTest::addColumn<QString>("password1");
    QTest::addColumn<QString>("password2");
    QTest::newRow("plain") << "secret1"
                           << "secret2";
    QTest::newRow("spaces") << " lead and trail "
                            << "in the middle";
    QTest::newRow("quotes") << "\"double\""
                            << "'single'";
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
    QTest::newRow("looks like the format") << "{\"v\":2,\"p\":\"x\"}"
                                           << "\",\"p\":\"y";
    QTest::newRow("NUL inside") << QString(QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b"))
                                << "x";
    QTest::newRow("long") << QString(4096, u'x') << "y";
}

void TestJobCredentials::roundTrip()
{
    QFETCH(QString, password1);
    QFETCH(QString, password2);
    for (const QString &password : {password1, password2}) {
        const QByteArray data = passwordToKeychainData(password);
        QVERIFY2(!data.contains('\0'), "the entry must survive C string APIs");
        QVERIFY(!data.contains('\n'));
        const std::optional<QString> back = passwordFromKeychainData(data);
        QVERIFY(back.has_value());
        QCOMPARE(*back, password);
        QVERIFY(!back->isNull()); // "" is a password, not a missing one
    }
}

void TestJobCredentials::oneCompactEntry()
{
    QCOMPARE(passwordToKeychainData(QStringLiteral("a")), QByteArray(R"({"p":"a","v":2})"));
}

void TestJobCredentials::refusesForeignData_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("a bare password") << QByteArray("hunter2");
    QTest::newRow("array") << QByteArray(R"(["a","b"])");
    QTest::newRow("no version") << QByteArray(R"({"p":"a"})");
    QTest::newRow("newer version") << QByteArray(R"({"v":3,"p":"a"})");
    QTest::newRow("both sides in one (version 1)") << QByteArray(R"({"v":1,"p1":"a","p2":"b"})");
    QTest::newRow("no password") << QByteArray(R"({"v":2})");
    QTest::newRow("number instead of text") << QByteArray(R"({"v":2,"p":0})");
    QTest::newRow("cut short") << QByteArray(R"({"v":2,"p":"a)");
}

void TestJobCredentials::refusesForeignData()
{
    QFETCH(QByteArray, data);
    QVERIFY(!passwordFromKeychainData(data).has_value());
}

void TestJobCredentials::referenceIsRandomAndOpaque()
{
    QSet<CredentialRef> seen;
    for (int i = 0; i < 1000; ++i) {
        const CredentialRef ref = CredentialRef::generate(QStringLiteral("test"));
        QVERIFY(!ref.isNull());
        QVERIFY(!seen.contains(ref));
        seen.insert(ref);
    }
    const QString db = QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
    const CredentialRef ref = CredentialRef::generate(db);
    QCOMPARE(ref.toString().size(), 36);
    // imapdesk/<database-id>/<job-id>/1|2: nothing about the account.
    QCOMPARE(ref.keychainKey(1), QStringLiteral("imapdesk/%1/%2/1").arg(db, ref.toString()));
    QCOMPARE(ref.keychainKey(2), QStringLiteral("imapdesk/%1/%2/2").arg(db, ref.toString()));
    QCOMPARE(CredentialRef::fromString(db, ref.toString()), ref);
    // The same job id in another database is another entry.
    QVERIFY(CredentialRef::fromString(QStringLiteral("other"), ref.toString()) != ref);
    QVERIFY(CredentialRef().isNull());
    QVERIFY(CredentialRef().toString().isEmpty());
}

void TestJobCredentials::referenceParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "0b3c1c6e-8d3f-4a55-9a0e-6b1f2f0c9d11" << true;
    QTest::newRow("braces") << "{0b3c1c6e-8d3f-4a55-9a0e-6b1f2f0c9d11}" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("not a uuid") << "job/42" << false;
    QTest::newRow("null uuid") << "00000000-0000-0000-0000-000000000000" << false;
}

void TestJobCredentials::referenceParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(!CredentialRef::fromString(QStringLiteral("db"), text).isNull(), valid);
}

QTEST_GUILESS_MAIN(TestJobCredentials)
#include "tst_jobcredentials.moc"
