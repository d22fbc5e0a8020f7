#pragma once

#include "imapsync/imapsynccommand.h"
#include "net/tlscertificate.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

namespace imapdesk {

constexpr int kDefaultProbeTimeoutMs = 15000;

// Where and as whom one pre-flight connection logs in.
struct ProbeTarget
{
    QString host;
    quint16 port = 0; // 0: 993 with Ssl, 143 otherwise
    Security security = Security::Ssl;
    QString user; // empty: connection and capability check only, no login
    QString password;
    // SHA-256 fingerprints (raw, see certificateFingerprint()) of certificates the user
    // accepted in spite of their problems.
    QSet<QByteArray> acceptedFingerprints;
    // Credentials may travel unencrypted (Security::None). Without it the probe stops before
    // the login and reports InsecureRefused.
    bool allowClearText = false;
    // Ask CAPABILITY and ID even when the greeting lists the capabilities. Off for a login
    // check after a connection check of the same server: two round trips fewer.
    bool serverDetails = true;
};

quint16 targetPort(const ProbeTarget &target);

enum class ProbeOutcome {
    Ok,              // connected (and logged in, when a user was given)
    AuthFailed,      // the server refused the credentials
    Unreachable,     // DNS, refused, or no connection within the timeout
    TlsProblem,      // handshake failed or the certificate is not trusted
    InsecureRefused, // credentials would have travelled unencrypted: not sent
    ProtocolError,   // the server said or did something a pre-flight check cannot use
    Timeout,         // connected, but the server stopped answering
};

struct ProbeResult
{
    ProbeOutcome outcome = ProbeOutcome::ProtocolError;
    QString message;          // what happened, for people; never contains the password
    QString serverText;       // the server's own words (NO, BAD or BYE text); never the password
    QStringList capabilities; // the last CAPABILITY before the login
    QList<QPair<QString, QString>> serverId; // the server's ID fields (RFC 2971), in its order
    TlsDetails tls;
    QStringList warnings;     // e.g. credentials travel unencrypted
    QString loginMethod;      // "LOGIN", "AUTHENTICATE PLAIN"; empty when no login was sent
    bool sentInClear = false; // the credentials went over an unencrypted connection
    qint64 elapsedMs = 0;

    bool ok() const { return outcome == ProbeOutcome::Ok; }
    QString serverIdValue(const QString &field) const; // case-insensitive; empty if absent
};

// Stable names for logs and JSON: "ok", "auth-failed", "unreachable", ...
QString probeOutcomeName(ProbeOutcome outcome);
// A short label for people: "OK", "Login failed", ...
QString probeOutcomeText(ProbeOutcome outcome);

} // namespace imapdesk

Q_DECLARE_METATYPE(imapdesk::ProbeResult)
