#include "net/preflightcheck.h"

#include "net/imapprobe.h"

#include <QCoreApplication>
#include <QHashFunctions>

namespace imapdesk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PreflightCheck)
};

struct LoginKey
{
    int host;
    QString user;
    QString password;

    bool operator==(const LoginKey &other) const
    {
        return host == other.host && user == other.user && password == other.password;
    }
};

size_t qHash(const LoginKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.host, key.user, key.password);
}

int hostTask(int index)
{
    return -index - 1;
}

} // namespace

PreflightHost PreflightHost::of(const PreflightEndpoint &endpoint)
{
    ProbeTarget target;
    target.port = endpoint.port;
    target.security = endpoint.security;
    return {endpoint.host.trimmed(), targetPort(target), endpoint.security};
}

bool operator==(const PreflightHost &a, const PreflightHost &b)
{
    return a.port == b.port && a.security == b.security &&
           a.host.compare(b.host, Qt::CaseInsensitive) == 0;
}

size_t qHash(const PreflightHost &host, size_t seed)
{
    return qHashMulti(seed, host.host.toLower(), host.port, int(host.security));
}

PreflightCheck::PreflightCheck(QObject *parent)
    : QObject(parent)
    , m_queue(m_limits.perHost, m_limits.overall)
{}

PreflightCheck::~PreflightCheck()
{
    cancel();
}

void PreflightCheck::setLimits(const PreflightLimits &limits)
{
    m_limits = limits;
}

void PreflightCheck::setHostTrust(const PreflightHost &host, const PreflightHostTrust &trust)
{
    m_trust.insert(host, trust);
}

PreflightHostTrust PreflightCheck::hostTrust(const PreflightHost &host) const
{
    return m_trust.value(host);
}

QList<PreflightHost> PreflightCheck::hosts() const
{
    QList<PreflightHost> hosts;
    hosts.reserve(m_hosts.size());
    for (const HostCheck &check : m_hosts)
        hosts.append(check.host);
    return hosts;
}

void PreflightCheck::start(const QList<PreflightAccount> &accounts)
{
    cancel();
    m_hosts.clear();
    m_logins.clear();
    m_queue.setLimits(m_limits.perHost, m_limits.overall);
    QHash<PreflightHost, int> hostIndex;
    QHash<LoginKey, int> loginIndex;
    auto add = [&](int row, PreflightSide side, const PreflightEndpoint &endpoint) {
        const PreflightHost host = PreflightHost::of(endpoint);
        int index = hostIndex.value(host, -1);
        if (index < 0) {
            index = int(m_hosts.size());
            hostIndex.insert(host, index);
            m_hosts.append({host, host.host.toLower(), {}, {}});
            m_queue.push(m_hosts.last().key, hostTask(index));
        }
        if (endpoint.user.isEmpty()) {
            m_hosts[index].bare.append({row, side});
            return;
        }
        const LoginKey key{index, endpoint.user, endpoint.password};
        int login = loginIndex.value(key, -1);
        if (login < 0) {
            login = int(m_logins.size());
            loginIndex.insert(key, login);
            m_logins.append({index, endpoint.user, endpoint.password, {}});
            m_hosts[index].logins.append(login);
        }
        m_logins[login].rows.append({row, side});
    };
    for (int row = 0; row < accounts.size(); ++row) {
        add(row, PreflightSide::Source, accounts.at(row).source);
        add(row, PreflightSide::Destination, accounts.at(row).destination);
    }
    m_open = int(m_hosts.size() + m_logins.size());
    m_active = true;
    QMetaObject::invokeMethod(this, &PreflightCheck::pump, Qt::QueuedConnection);
}

void PreflightCheck::cancel()
{
    ++m_run;
    m_active = false;
    const auto probes = m_probes.keys();
    m_probes.clear();
    for (ImapProbe *probe : probes) {
        probe->abort();
        probe->deleteLater();
    }
    m_queue.clear();
    m_open = 0;
}

void PreflightCheck::pump()
{
    if (!m_active)
        return;
    while (const auto task = m_queue.take())
        startTask(*task);
    if (m_open == 0) {
        m_active = false;
        emit finished();
    }
}

void PreflightCheck::startTask(int task)
{
    ProbeTarget target;
    const int hostIndex = task < 0 ? -task - 1 : m_logins.at(task).host;
    const HostCheck &host = m_hosts.at(hostIndex);
    target.host = host.host.host;
    target.port = host.host.port;
    target.security = host.host.security;
    if (task >= 0) {
        target.user = m_logins.at(task).user;
        target.password = m_logins.at(task).password;
        target.serverDetails = false; // the host's connection check has them
    }
    const PreflightHostTrust trust = m_trust.value(host.host);
    target.acceptedFingerprints = trust.acceptedFingerprints;
    target.allowClearText = trust.allowClearText;

    auto *probe = new ImapProbe(this);
    probe->setPhaseTimeout(m_limits.phaseTimeoutMs);
    m_probes.insert(probe, {task, host.key});
    connect(probe, &ImapProbe::finished, this,
            [this, probe](const ProbeResult &result) { onProbeFinished(probe, result); });
    probe->start(target);
}

void PreflightCheck::onProbeFinished(ImapProbe *probe, const ProbeResult &result)
{
    const auto it = m_probes.constFind(probe);
    if (it == m_probes.cend())
        return;
    const Running running = it.value();
    m_probes.erase(it);
    probe->deleteLater();
    m_queue.release(running.key);
    const quint64 run = m_run;
    if (running.task < 0) {
        hostDone(-running.task - 1, result);
    } else {
        --m_open;
        report(m_logins.at(running.task).rows, result);
    }
    if (m_run == run)
        pump();
}

void PreflightCheck::hostDone(int index, const ProbeResult &result)
{
    // A slot may cancel or start again: after each signal, stop if this run is over.
    const quint64 run = m_run;
    --m_open;
    const HostCheck &check = m_hosts.at(index);
    const PreflightHost host = check.host; // a copy: a slot's start() clears m_hosts
    emit hostChecked(host, result);
    if (m_run != run || !report(check.bare, result))
        return;
    const bool allowClearText = m_trust.value(check.host).allowClearText;
    if (result.ok() && (result.tls.encrypted || allowClearText)) {
        for (const int login : check.logins)
            m_queue.push(check.key, login);
        return;
    }
    // A host that failed its check would fail every login the same way: spare it the tries.
    ProbeResult rowResult = result;
    if (result.ok()) {
        rowResult.outcome = ProbeOutcome::InsecureRefused;
        rowResult.message = Tr::tr("The password was not sent: the connection to %1:%2 is not "
                                   "encrypted. Allow clear text for this server to check it "
                                   "anyway.")
                                .arg(check.host.host)
                                .arg(check.host.port);
    }
    for (const int login : check.logins) {
        --m_open;
        if (!report(m_logins.at(login).rows, rowResult))
            return;
    }
}

bool PreflightCheck::report(const QList<RowSide> &rows, const ProbeResult &result)
{
    const quint64 run = m_run;
    for (const RowSide &row : rows) {
        const RowSide copy = row; // a slot's start() clears the list rows is part of
        emit rowChecked(copy.row, copy.side, result);
        if (m_run != run)
            return false;
    }
    return true;
}

} // namespace imapdesk
