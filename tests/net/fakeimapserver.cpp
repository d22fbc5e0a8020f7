#include "fakeimapserver.h"

#include <QTcpSocket>
#include <QTimer>

namespace ImapDeskTest {

FakeImapServer::FakeImapServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeImapServer::onNewConnection);
}

FakeImapServer::~FakeImapServer()
{
    qDeleteAll(m_clients);
}

bool FakeImapServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FakeImapServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        if (m_script.closeAtOnce) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *client = new Client;
        client->socket = socket;
        m_clients.append(client);
        connect(socket, &QTcpSocket::readyRead, this, [this, client] { onReadyRead(client); });
        if (!m_script.greeting.isEmpty())
            reply(client, m_script.greeting + "\r\n");
    }
}

void FakeImapServer::onReadyRead(Client *client)
{
    const QByteArray data = client->socket->readAll();
    m_received.append(data);
    if (client->awaitingContinuation && !data.isEmpty())
        m_literalTooEarly = true;
    client->buffer.append(data);
    process(client);
}

void FakeImapServer::process(Client *client)
{
    while (!client->awaitingContinuation) {
        if (client->literal > 0) {
            if (client->buffer.size() < client->literal)
                return;
            client->command.append(client->buffer.left(client->literal));
            client->buffer.remove(0, client->literal);
            client->literal = 0;
            continue;
        }
        const qsizetype newline = client->buffer.indexOf("\r\n");
        if (newline < 0)
            return;
        const QByteArray line = client->buffer.left(newline);
        client->buffer.remove(0, newline + 2);
        client->command.append(line);
        // "{n}" or "{n+}" at the end announces a literal that follows the line break.
        const qsizetype open = line.lastIndexOf('{');
        if (line.endsWith('}') && open >= 0) {
            QByteArray size = line.mid(open + 1, line.size() - open - 2);
            const bool plus = size.endsWith('+');
            if (plus)
                size.chop(1);
            client->literal = size.toLongLong();
            client->command.append("\r\n");
            if (!plus) {
                client->awaitingContinuation = true;
                QTimer::singleShot(m_script.continuationDelayMs, this, [this, client] {
                    client->awaitingContinuation = false;
                    reply(client, "+ go ahead\r\n");
                    process(client);
                });
            }
            continue;
        }
        const QByteArray command = client->command;
        client->command.clear();
        execute(client, command);
    }
}

void FakeImapServer::execute(Client *client, const QByteArray &command)
{
    if (!m_script.answer)
        return;
    if (!client->authenticateTag.isEmpty()) { // the SASL response line
        reply(client, client->authenticateTag + ' ' + m_script.loginReply + "\r\n");
        client->authenticateTag.clear();
        return;
    }
    const QList<QByteArray> words = command.split(' ');
    const QByteArray tag = words.value(0);
    const QByteArray verb = words.value(1).toUpper();
    if (verb == "CAPABILITY") {
        reply(client, "* CAPABILITY " + m_script.capabilities + "\r\n" + tag + " OK done\r\n");
    } else if (verb == "ID") {
        reply(client, "* ID (\"name\" \"Fake\" \"version\" {3}\r\n1.0)\r\n" + tag + " OK\r\n");
    } else if (verb == "LOGIN") {
        reply(client, tag + ' ' + m_script.loginReply + "\r\n");
    } else if (verb == "AUTHENTICATE") {
        if (words.size() > 3) {
            reply(client, tag + ' ' + m_script.loginReply + "\r\n");
        } else {
            client->authenticateTag = tag;
            reply(client, "+ \r\n");
        }
    } else if (verb == "LOGOUT") {
        reply(client, "* BYE see you\r\n" + tag + " OK bye\r\n");
        client->socket->disconnectFromHost();
    } else {
        reply(client, tag + " BAD not in this script\r\n");
    }
}

void FakeImapServer::reply(Client *client, const QByteArray &lines)
{
    if (client->socket->state() == QAbstractSocket::ConnectedState)
        client->socket->write(lines);
}

} // namespace ImapDeskTest
