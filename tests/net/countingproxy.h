#pragma once

#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace ImapDeskTest {

// Connections open at once, and the most seen, possibly over several proxies.
struct ConnectionGauge
{
    int open = 0;
    int peak = 0;
    int accepted = 0;
};

// Forwards loopback TCP connections to targetPort and counts them: an independent witness
// of how many connections a client really keeps open at once (TLS passes through untouched).
class CountingProxy final : public QObject
{
    Q_OBJECT

public:
    // shared: another gauge that also counts this proxy's connections (e.g. all hosts).
    explicit CountingProxy(quint16 targetPort, ConnectionGauge *shared = nullptr,
                           QObject *parent = nullptr);
    ~CountingProxy() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    const ConnectionGauge &gauge() const { return m_gauge; }
    void resetPeak() { m_gauge.peak = m_gauge.open; }

private:
    void onNewConnection();
    void opened();
    void closed();

    QTcpServer m_server;
    quint16 m_target;
    ConnectionGauge m_gauge;
    ConnectionGauge *m_shared;
};

} // namespace ImapDeskTest
