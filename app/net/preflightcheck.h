#pragma once

#include "net/preflightqueue.h"
#include "net/probetypes.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace imapdesk {

class ImapProbe;

// One side of an account as the pre-flight check needs it.
struct PreflightEndpoint
{
    QString host;
    quint16 port = 0; // 0: 993 with Ssl, 143 otherwise
    Security security = Security::Ssl;
    QString user; // empty: that side only gets its host's connection check
    QString password;
};

struct PreflightAccount
{
    PreflightEndpoint source;
    PreflightEndpoint destination;
};

enum class PreflightSide { Source, Destination };

// A server as the connection checks see it: one check per host name (case-insensitive),
// port and security.
struct PreflightHost
{
    QString host;
    quint16 port = 0; // resolved: never 0
    Security security = Security::Ssl;

    static PreflightHost of(const PreflightEndpoint &endpoint);
};

bool operator==(const PreflightHost &a, const PreflightHost &b);
inline bool operator!=(const PreflightHost &a, const PreflightHost &b)
{
    return !(a == b);
}
size_t qHash(const PreflightHost &host, size_t seed = 0);

// What the user decided for one server.
struct PreflightHostTrust
{
    QSet<QByteArray> acceptedFingerprints; // see ProbeTarget
    bool allowClearText = false;           // check logins even without encryption
};

struct PreflightLimits
{
    int perHost = 4;  // connections at once to one host name (all its ports)
    int overall = 16; // connections at once in all
    int phaseTimeoutMs = kDefaultProbeTimeoutMs;
};

// Checks a list of accounts before a batch starts: one connection check per distinct host
// (greeting, TLS, CAPABILITY, ID), then one login per distinct user and password on it
// (rows sharing both share the login), in parallel within the limits.
// A host that fails its check is not tried again: its rows get the host's result. Without
// encryption no password is sent unless the host's trust allows clear text: its rows get
// InsecureRefused. Signals arrive from the event loop, never from within start().
class PreflightCheck final : public QObject
{
    Q_OBJECT

public:
    explicit PreflightCheck(QObject *parent = nullptr);
    ~PreflightCheck() override;

    void setLimits(const PreflightLimits &limits); // for the next start()
    PreflightLimits limits() const { return m_limits; }
    void setHostTrust(const PreflightHost &host, const PreflightHostTrust &trust);
    PreflightHostTrust hostTrust(const PreflightHost &host) const;

    // Cancels a running check, then checks accounts; rows are their indexes.
    void start(const QList<PreflightAccount> &accounts);
    // Stops every connection at once; no signal follows, not even finished().
    void cancel();
    bool isRunning() const { return m_active; }

    QList<PreflightHost> hosts() const; // the distinct hosts of the last start()
    int connectionsOpen() const { return int(m_probes.size()); }

signals:
    void hostChecked(const imapdesk::PreflightHost &host, const imapdesk::ProbeResult &result);
    void rowChecked(int row, imapdesk::PreflightSide side, const imapdesk::ProbeResult &result);
    void finished();

private:
    struct RowSide
    {
        int row;
        PreflightSide side;
    };
    struct HostCheck
    {
        PreflightHost host;
        QString key;         // the host name, lower case: the per-host limit's unit
        QList<RowSide> bare; // rows without a user on this host
        QList<int> logins;   // indexes into m_logins
    };
    struct LoginCheck
    {
        int host;
        QString user;
        QString password;
        QList<RowSide> rows;
    };
    struct Running
    {
        int task; // >= 0: a login; < 0: the check of host -task - 1
        QString key;
    };

    void pump();
    void startTask(int task);
    void onProbeFinished(ImapProbe *probe, const ProbeResult &result);
    void hostDone(int index, const ProbeResult &result);
    // False when a slot cancelled or restarted the check meanwhile.
    bool report(const QList<RowSide> &rows, const ProbeResult &result);

    PreflightLimits m_limits;
    QHash<PreflightHost, PreflightHostTrust> m_trust;
    QList<HostCheck> m_hosts;
    QList<LoginCheck> m_logins;
    PreflightQueue m_queue;
    QHash<ImapProbe *, Running> m_probes;
    int m_open = 0; // checks whose results are not reported yet
    bool m_active = false;
    quint64 m_run = 0; // counts start() and cancel(): tells a slot's restart apart
};

} // namespace imapdesk
