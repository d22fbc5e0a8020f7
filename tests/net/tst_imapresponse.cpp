// How the pre-flight check reads server responses: framing with literals, status
// responses, CAPABILITY and ID data.
#include "net/imapresponse.h"

#include <QTest>

using namespace imapdesk;

Q_DECLARE_METATYPE(imapdesk::FrameStatus)
Q_DECLARE_METATYPE(imapdesk::ImapResponse::Kind)

using Fields = QList<QPair<QString, QString>>;

class TestImapResponse : public QObject
{
    Q_OBJECT

private slots:
    void framing_data();
    void framing();
    void framingByteByByte();
    void parse_data();
    void parse();
    void capabilities();
    void idFields_data();
    void idFields();
};

void TestImapResponse::framing_data()
{
    QTest::addColumn<QByteArray>("buffer");
    QTest::addColumn<FrameStatus>("status");
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QByteArray>("rest");

    QTest::newRow("line") << QByteArray("* OK ready\r\na1 OK\r\n") << FrameStatus::Complete
                          << QByteArray("* OK ready") << QByteArray("a1 OK\r\n");
    QTest::newRow("bare LF") << QByteArray("* OK ready\n") << FrameStatus::Complete
                             << QByteArray("* OK ready") << QByteArray();
    QTest::newRow("partial") << QByteArray("* OK rea") << FrameStatus::Incomplete << QByteArray()
                             << QByteArray("* OK rea");
    QTest::newRow("literal") << QByteArray("* ID (\"name\" {3}\r\nx\r\ny \"v\" \"1\")\r\nnext")
                             << FrameStatus::Complete
                             << QByteArray("* ID (\"name\" {3}\r\nx\r\ny \"v\" \"1\")")
                             << QByteArray("next");
    QTest::newRow("literal incomplete") << QByteArray("* ID ({5}\r\nab") << FrameStatus::Incomplete
                                        << QByteArray() << QByteArray("* ID ({5}\r\nab");
    QTest::newRow("too long") << QByteArray(300, 'x') << FrameStatus::TooLong << QByteArray()
                              << QByteArray(300, 'x');
    QTest::newRow("literal too long") << QByteArray("* ID ({99999}\r\n") << FrameStatus::TooLong
                                      << QByteArray() << QByteArray("* ID ({99999}\r\n");
}

void TestImapResponse::framing()
{
    QFETCH(QByteArray, buffer);
    QFETCH(FrameStatus, status);
    QFETCH(QByteArray, response);
    QFETCH(QByteArray, rest);
    QByteArray taken;
    QCOMPARE(takeResponse(&buffer, &taken, 200), status);
    QCOMPARE(taken, response);
    QCOMPARE(buffer, rest);
}

// A response split anywhere, even inside a literal, comes out whole.
void TestImapResponse::framingByteByByte()
{
    const QByteArray stream("* OK [CAPABILITY IMAP4rev1] hi\r\n* ID (\"a\" {4}\r\n\r\nxy)\r\n"
                            "p1 OK done\r\n");
    QByteArray buffer;
    QList<QByteArray> responses;
    for (const char byte : stream) {
        buffer.append(byte);
        QByteArray response;
        while (takeResponse(&buffer, &response, 1000) == FrameStatus::Complete)
            responses.append(response);
    }
    QCOMPARE(responses, (QList<QByteArray>{"* OK [CAPABILITY IMAP4rev1] hi",
                                           "* ID (\"a\" {4}\r\n\r\nxy)", "p1 OK done"}));
}

void TestImapResponse::parse_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<ImapResponse::Kind>("kind");
    QTest::addColumn<QByteArray>("tag");
    QTest::addColumn<QByteArray>("keyword");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("data");
    using K = ImapResponse::Kind;
    QTest::newRow("greeting") << QByteArray("* OK [CAPABILITY IMAP4rev1 ID] Dovecot ready.")
                              << K::Untagged << QByteArray() << QByteArray("OK")
                              << QByteArray("CAPABILITY IMAP4rev1 ID")
                              << QByteArray("Dovecot ready.") << QByteArray();
    QTest::newRow("auth failed") << QByteArray(
                                        "p4 NO [AUTHENTICATIONFAILED] Authentication failed.")
                                 << K::Tagged << QByteArray("p4") << QByteArray("NO")
                                 << QByteArray("AUTHENTICATIONFAILED")
                                 << QByteArray("Authentication failed.") << QByteArray();
    QTest::newRow("lower-case status")
        << QByteArray("p1 ok fine") << K::Tagged << QByteArray("p1") << QByteArray("OK")
        << QByteArray() << QByteArray("fine") << QByteArray();
    QTest::newRow("bad without text")
        << QByteArray("p2 BAD") << K::Tagged << QByteArray("p2") << QByteArray("BAD")
        << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("bye") << QByteArray("* BYE Logging out") << K::Untagged << QByteArray()
                         << QByteArray("BYE") << QByteArray() << QByteArray("Logging out")
                         << QByteArray();
    QTest::newRow("capability") << QByteArray("* CAPABILITY IMAP4rev1 STARTTLS") << K::Untagged
                                << QByteArray() << QByteArray("CAPABILITY") << QByteArray()
                                << QByteArray() << QByteArray("IMAP4rev1 STARTTLS");
    QTest::newRow("numbered") << QByteArray("* 23 EXISTS") << K::Untagged << QByteArray()
                              << QByteArray("EXISTS") << QByteArray() << QByteArray()
                              << QByteArray();
    QTest::newRow("continuation") << QByteArray("+ go ahead") << K::Continuation << QByteArray()
                                  << QByteArray() << QByteArray() << QByteArray("go ahead")
                                  << QByteArray();
    QTest::newRow("empty challenge")
        << QByteArray("+ ") << K::Continuation << QByteArray() << QByteArray() << QByteArray()
        << QByteArray() << QByteArray();
}

void TestImapResponse::parse()
{
    QFETCH(QByteArray, line);
    QFETCH(ImapResponse::Kind, kind);
    QFETCH(QByteArray, tag);
    QFETCH(QByteArray, keyword);
    QFETCH(QByteArray, code);
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, data);
    const ImapResponse response = parseResponse(line);
    QCOMPARE(response.kind, kind);
    QCOMPARE(response.tag, tag);
    QCOMPARE(response.keyword, keyword);
    QCOMPARE(response.code, code);
    QCOMPARE(response.text, text);
    QCOMPARE(response.data, data);
}

void TestImapResponse::capabilities()
{
    const QStringList capabilities = parseCapabilities("IMAP4rev1  SASL-IR AUTH=PLAIN Literal+ ");
    QCOMPARE(capabilities, (QStringList{"IMAP4rev1", "SASL-IR", "AUTH=PLAIN", "Literal+"}));
    QVERIFY(hasCapability(capabilities, "LITERAL+"));
    QVERIFY(hasCapability(capabilities, "auth=plain"));
    QVERIFY(!hasCapability(capabilities, "AUTH"));
    QVERIFY(!hasCapability(capabilities, "STARTTLS"));
}

void TestImapResponse::idFields_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<Fields>("fields");
    QTest::newRow("nil") << QByteArray("NIL") << Fields();
    QTest::newRow("dovecot") << QByteArray("(\"name\" \"Dovecot\")") << Fields{{"name", "Dovecot"}};
    QTest::newRow("several, nil value")
        << QByteArray("(\"name\" \"Cyrus\" \"version\" \"3.4\" \"os\" NIL)")
        << Fields{{"name", "Cyrus"}, {"version", "3.4"}, {"os", QString()}};
    QTest::newRow("escapes and literal")
        << QByteArray("(\"name\" \"say \\\"hi\\\" \\\\o/\" \"vendor\" {5}\r\nAc me)")
        << Fields{{"name", "say \"hi\" \\o/"}, {"vendor", "Ac me"}};
    QTest::newRow("UTF-8") << QByteArray("(\"name\" \"Sérvér\")")
                           << Fields{{"name", QString::fromUtf8("Sérvér")}};
    QTest::newRow("truncated keeps what was read")
        << QByteArray("(\"name\" \"X\" \"version\"") << Fields{{"name", "X"}};
}

void TestImapResponse::idFields()
{
    QFETCH(QByteArray, data);
    QFETCH(Fields, fields);
    const Fields parsed = parseIdFields(data);
    QCOMPARE(parsed, fields);
    for (qsizetype i = 0; i < parsed.size(); ++i)
        QCOMPARE(parsed.at(i).second.isNull(), fields.at(i).second.isNull());
}

QTEST_GUILESS_MAIN(TestImapResponse)
#include "tst_imapresponse.moc"
