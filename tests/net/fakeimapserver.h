#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace ImapDeskTest {

// A scripted IMAP server on loopback for what Dovecot cannot be made to do: stay silent,
// greet oddly, echo a password, lack STARTTLS while offering LOGINDISABLED, and so on.
// It records every byte clients send, so a test can prove what never went over the wire.
class FakeImapServer final : public QObject
{
    Q_OBJECT

public:
    struct Script
    {
        QByteArray greeting = "* OK fake IMAP ready"; // empty: say nothing at all
        QByteArray capabilities = "IMAP4rev1 ID LITERAL+";
        QByteArray loginReply = "OK logged in"; // after the tag, for LOGIN and AUTHENTICATE
        bool answer = true;                     // false: greet, then never answer a command
        bool closeAtOnce = false;               // close every connection right after accept
        int continuationDelayMs = 50;           // before "+" for a synchronizing literal
    };

    explicit FakeImapServer(QObject *parent = nullptr);
    ~FakeImapServer() override;

    void setScript(const Script &script) { m_script = script; }
    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    QByteArray received() const { return m_received; } // everything clients sent
    int connections() const { return m_connections; }
    // A client sent literal bytes before the server's "+" for a synchronizing literal.
    bool literalBeforeContinuation() const { return m_literalTooEarly; }

private:
    struct Client
    {
        QTcpSocket *socket = nullptr;
        QByteArray buffer;
        QByteArray command; // a command line collected across literals
        qsizetype literal = 0;
        bool awaitingContinuation = false; // literal announced, "+" not sent yet
        QByteArray authenticateTag;        // AUTHENTICATE waiting for its response line
    };

    void onNewConnection();
    void onReadyRead(Client *client);
    void process(Client *client);
    void execute(Client *client, const QByteArray &command);
    void reply(Client *client, const QByteArray &lines);

    QTcpServer m_server;
    Script m_script;
    QList<Client *> m_clients;
    QByteArray m_received;
    int m_connections = 0;
    bool m_literalTooEarly = false;
};

} // namespace ImapDeskTest
