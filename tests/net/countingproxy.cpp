#include "countingproxy.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace ImapDeskTest {

CountingProxy::CountingProxy(quint16 targetPort, ConnectionGauge *shared, QObject *parent)
    : QObject(parent)
    , m_target(targetPort)
    , m_shared(shared)
{
    connect(&m_server, &QTcpServer::newConnection, this, &CountingProxy::onNewConnection);
}

CountingProxy::~CountingProxy() = default;

bool CountingProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void CountingProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(client);
        auto counted = std::make_shared<bool>(true);
        opened();
        // The client's end of file is the moment it closed: count it then, once.
        auto close = [this, client, upstream, counted] {
            if (*counted) {
                *counted = false;
                closed();
            }
            upstream->abort();
            client->deleteLater();
        };
        connect(client, &QTcpSocket::readyRead, upstream,
                [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(client, &QTcpSocket::readChannelFinished, this, close);
        connect(client, &QTcpSocket::disconnected, this, close);
        connect(client, &QTcpSocket::errorOccurred, this, close);
        // The server closing first (after LOGOUT): pass it on.
        connect(upstream, &QTcpSocket::disconnected, client,
                [client] { client->disconnectFromHost(); });
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
    }
}

void CountingProxy::opened()
{
    for (ConnectionGauge *gauge : {&m_gauge, m_shared}) {
        if (!gauge)
            continue;
        ++gauge->open;
        ++gauge->accepted;
    }
    // Counted once the event loop has also seen every close that happened before this
    // connect: a client closes one connection and opens the next within one slot, and both
    // show up in the same poll, in either order.
    QTimer::singleShot(0, this, [this] {
        for (ConnectionGauge *gauge : {&m_gauge, m_shared}) {
            if (gauge)
                gauge->peak = std::max(gauge->peak, gauge->open);
        }
    });
}

void CountingProxy::closed()
{
    for (ConnectionGauge *gauge : {&m_gauge, m_shared}) {
        if (gauge)
            --gauge->open;
    }
}

} // namespace ImapDeskTest
