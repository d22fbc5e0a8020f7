// How the pre-flight check writes IMAP commands: quoting, literals, SASL PLAIN, ID.
#include "net/imapwire.h"

#include <QTest>

using namespace imapdesk;

Q_DECLARE_METATYPE(imapdesk::LiteralMode)

class TestImapWire : public QObject
{
    Q_OBJECT

private slots:
    void literalModeFromCapabilities_data();
    void literalModeFromCapabilities();
    void login_data();
    void login();
    void authenticatePlain_data();
    void authenticatePlain();
    void id();
};

void TestImapWire::literalModeFromCapabilities_data()
{
    QTest::addColumn<QStringList>("capabilities");
    QTest::addColumn<LiteralMode>("expected");
    QTest::newRow("none") << QStringList{"IMAP4rev1", "ID"} << LiteralMode::Synchronizing;
    QTest::newRow("plus") << QStringList{"IMAP4rev1", "LITERAL+"} << LiteralMode::Plus;
    QTest::newRow("minus") << QStringList{"IMAP4rev1", "LITERAL-"} << LiteralMode::Minus;
    QTest::newRow("lower case") << QStringList{"imap4rev1", "literal+"} << LiteralMode::Plus;
    QTest::newRow("both") << QStringList{"LITERAL-", "LITERAL+"} << LiteralMode::Plus;
}

void TestImapWire::literalModeFromCapabilities()
{
    QFETCH(QStringList, capabilities);
    QFETCH(LiteralMode, expected);
    QCOMPARE(literalMode(capabilities), expected);
}

void TestImapWire::login_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<LiteralMode>("mode");
    QTest::addColumn<QList<QByteArray>>("pieces");

    QTest::newRow("plain") << "alice"
                           << "secret" << LiteralMode::Plus
                           << QList<QByteArray>{"a1 LOGIN \"alice\" \"secret\"\r\n"};
    QTest::newRow("spaces quotes backslashes")
        << "alice@example.com"
        << "a b\"c\\d" << LiteralMode::Synchronizing
        << QList<QByteArray>{"a1 LOGIN \"alice@example.com\" \"a b\\\"c\\\\d\"\r\n"};
    QTest::newRow("empty password")
        << "alice"
        << "" << LiteralMode::Plus << QList<QByteArray>{"a1 LOGIN \"alice\" \"\"\r\n"};
    QTest::newRow("braces stay quoted") << "alice"
                                        << "{5}" << LiteralMode::Synchronizing
                                        << QList<QByteArray>{"a1 LOGIN \"alice\" \"{5}\"\r\n"};
    // "pä ss\"w\\ord": 12 bytes in UTF-8.
    QTest::newRow("non-ASCII, LITERAL+")
        << "bob" << QString::fromUtf8("pä ss\"w\\ord") << LiteralMode::Plus
        << QList<QByteArray>{"a1 LOGIN \"bob\" {12+}\r\npä ss\"w\\ord\r\n"};
    QTest::newRow("non-ASCII, synchronizing")
        << "bob" << QString::fromUtf8("pä ss\"w\\ord") << LiteralMode::Synchronizing
        << QList<QByteArray>{"a1 LOGIN \"bob\" {12}\r\n", "pä ss\"w\\ord\r\n"};
    QTest::newRow("non-ASCII user and password, synchronizing")
        << QString::fromUtf8("jörg") << QString::fromUtf8("ü") << LiteralMode::Synchronizing
        << QList<QByteArray>{"a1 LOGIN {5}\r\n", "jörg {2}\r\n", "ü\r\n"};
    QTest::newRow("CR LF") << "carol"
                           << "line\r\nbreak" << LiteralMode::Minus
                           << QList<QByteArray>{"a1 LOGIN \"carol\" {11+}\r\nline\r\nbreak\r\n"};
    const QString quotable(256, QLatin1Char('q'));
    QTest::newRow("256 bytes still quoted")
        << "dave" << quotable << LiteralMode::Plus
        << QList<QByteArray>{"a1 LOGIN \"dave\" \"" + quotable.toLatin1() + "\"\r\n"};
    const QString longPassword(2000, QLatin1Char('x'));
    QTest::newRow("long, LITERAL+")
        << "dave" << longPassword << LiteralMode::Plus
        << QList<QByteArray>{"a1 LOGIN \"dave\" {2000+}\r\n" + longPassword.toLatin1() + "\r\n"};
    const QString veryLong(5000, QLatin1Char('y'));
    QTest::newRow("too long for LITERAL-")
        << "dave" << veryLong << LiteralMode::Minus
        << QList<QByteArray>{"a1 LOGIN \"dave\" {5000}\r\n", veryLong.toLatin1() + "\r\n"};
}

void TestImapWire::login()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(LiteralMode, mode);
    QFETCH(QList<QByteArray>, pieces);
    QCOMPARE(loginCommand("a1", user, password, mode), pieces);
}

void TestImapWire::authenticatePlain_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("initialResponse");
    QTest::addColumn<QList<QByteArray>>("pieces");
    const QByteArray special = QByteArray("\0bob\0pä ss\"w\\ord", 17).toBase64();
    QTest::newRow("SASL-IR") << "bob" << QString::fromUtf8("pä ss\"w\\ord") << true
                             << QList<QByteArray>{"a7 AUTHENTICATE PLAIN " + special + "\r\n"};
    QTest::newRow("continuation") << "bob" << QString::fromUtf8("pä ss\"w\\ord") << false
                                  << QList<QByteArray>{"a7 AUTHENTICATE PLAIN\r\n",
                                                       special + "\r\n"};
    QTest::newRow("plain ASCII") << "alice"
                                 << "secret" << true
                                 << QList<QByteArray>{
                                        "a7 AUTHENTICATE PLAIN AGFsaWNlAHNlY3JldA==\r\n"};
}

void TestImapWire::authenticatePlain()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, initialResponse);
    QFETCH(QList<QByteArray>, pieces);
    QCOMPARE(authenticatePlainCommand("a7", user, password, initialResponse), pieces);
}

void TestImapWire::id()
{
    QCOMPARE(idCommand("a3", {}), QByteArray("a3 ID NIL\r\n"));
    QCOMPARE(idCommand("a3", {{"name", "ImapDesk"}, {"version", "0.1.0"}}),
             QByteArray("a3 ID (\"name\" \"ImapDesk\" \"version\" \"0.1.0\")\r\n"));
}

QTEST_GUILESS_MAIN(TestImapWire)
#include "tst_imapwire.moc"
