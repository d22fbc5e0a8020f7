#include "secrets/jobcredentials.h"

#include <QSet>
#include <QTest>

using imapdesk::CredentialRef;
using imapdesk::JobCredentials;

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
    QTest::newRow("looks like the format") << "{\"v\":1,\"p1\":\"x\"}"
                                           << "\",\"p2\":\"y";
    QTest::newRow("NUL inside") << QString(QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b"))
                                << "x";
    QTest::newRow("long") << QString(4096, u'x') << "y";
}

void TestJobCredentials::roundTrip()
{
    QFETCH(QString, password1);
    QFETCH(QString, password2);
    const JobCredentials credentials{password1, password2};
    const QByteArray data = credentials.toKeychainData();
    QVERIFY2(!data.contains('\0'), "the entry must survive C string APIs");
    QVERIFY(!data.contains('\n'));
    const std::optional<JobCredentials> back = JobCredentials::fromKeychainData(data);
    QVERIFY(back.has_value());
    QCOMPARE(back->password1, password1);
    QCOMPARE(back->password2, password2);
    QVERIFY(*back == credentials);
}

void TestJobCredentials::oneCompactEntry()
{
    const QByteArray data =
        JobCredentials{QStringLiteral("a"), QStringLiteral("b")}.toKeychainData();
    QCOMPARE(data, QByteArray(R"({"p1":"a","p2":"b","v":1})"));
}

void TestJobCredentials::refusesForeignData_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("a bare password") << QByteArray("hunter2");
    QTest::newRow("array") << QByteArray(R"(["a","b"])");
    QTest::newRow("no version") << QByteArray(R"({"p1":"a","p2":"b"})");
    QTest::newRow("newer version") << QByteArray(R"({"v":2,"p1":"a","p2":"b"})");
    QTest::newRow("missing side") << QByteArray(R"({"v":1,"p1":"a"})");
    QTest::newRow("number instead of text") << QByteArray(R"({"v":1,"p1":0,"p2":"b"})");
    QTest::newRow("cut short") << QByteArray(R"({"v":1,"p1":"a","p2":"b)");
}

void TestJobCredentials::refusesForeignData()
{
    QFETCH(QByteArray, data);
    QVERIFY(!JobCredentials::fromKeychainData(data).has_value());
}

void TestJobCredentials::referenceIsRandomAndOpaque()
{
    QSet<CredentialRef> seen;
    for (int i = 0; i < 1000; ++i) {
        const CredentialRef ref = CredentialRef::generate();
        QVERIFY(!ref.isNull());
        QVERIFY(!seen.contains(ref));
        seen.insert(ref);
    }
    const CredentialRef ref = CredentialRef::generate();
    QCOMPARE(ref.toString().size(), 36);
    QCOMPARE(ref.keychainKey(), QStringLiteral("job/") + ref.toString());
    QCOMPARE(CredentialRef::fromString(ref.toString()), ref);
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
    QCOMPARE(!CredentialRef::fromString(text).isNull(), valid);
}

QTEST_GUILESS_MAIN(TestJobCredentials)
#include "tst_jobcredentials.moc"
