#include "net/probetypes.h"

#include <QCoreApplication>

namespace imapdesk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProbeResult)
};

} // namespace

quint16 targetPort(const ProbeTarget &target)
{
    if (target.port != 0)
        return target.port;
    return target.security == Security::Ssl ? 993 : 143;
}

QString ProbeResult::serverIdValue(const QString &field) const
{
    for (const auto &[name, value] : serverId) {
        if (name.compare(field, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString probeOutcomeName(ProbeOutcome outcome)
{
    switch (outcome) {
    case ProbeOutcome::Ok:
        return QStringLiteral("ok");
    case ProbeOutcome::AuthFailed:
        return QStringLiteral("auth-failed");
    case ProbeOutcome::Unreachable:
        return QStringLiteral("unreachable");
    case ProbeOutcome::TlsProblem:
        return QStringLiteral("tls-problem");
    case ProbeOutcome::InsecureRefused:
        return QStringLiteral("insecure-refused");
    case ProbeOutcome::ProtocolError:
        return QStringLiteral("protocol-error");
    case ProbeOutcome::Timeout:
        return QStringLiteral("timeout");
    }
    return QStringLiteral("protocol-error");
}

QString probeOutcomeText(ProbeOutcome outcome)
{
    switch (outcome) {
    case ProbeOutcome::Ok:
        return Tr::tr("OK");
    case ProbeOutcome::AuthFailed:
        return Tr::tr("Login failed");
    case ProbeOutcome::Unreachable:
        return Tr::tr("Unreachable");
    case ProbeOutcome::TlsProblem:
        return Tr::tr("Certificate or TLS problem");
    case ProbeOutcome::InsecureRefused:
        return Tr::tr("Not encrypted");
    case ProbeOutcome::ProtocolError:
        return Tr::tr("Server error");
    case ProbeOutcome::Timeout:
        return Tr::tr("No answer");
    }
    return Tr::tr("Server error");
}

} // namespace imapdesk
