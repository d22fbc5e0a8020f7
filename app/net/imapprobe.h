#pragma once

#include "net/imapwire.h"
#include "net/probetypes.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QSslError;
class QSslSocket;

namespace imapdesk {

struct ImapResponse;

// One pre-flight connection to an IMAP server: connect (implicit TLS, STARTTLS or plain),
// greeting, CAPABILITY (again after STARTTLS), ID when offered, then LOGIN, or AUTHENTICATE
// PLAIN when LOGINDISABLED, if a user is given, and LOGOUT. Fully asynchronous; every phase
// (connect, handshake, each answer) must complete within phaseTimeout(). The password goes
// to the server only, over TLS unless allowClearText: never into a result, message or log.
//
//   ProbeTarget target;
//   target.host = host; // port 0: 993 with Ssl (the default security)
//   target.user = user;
//   target.password = password;
//   auto *probe = new ImapProbe(this);
//   connect(probe, &ImapProbe::finished, this, [probe](const ProbeResult &result) {
//       ...; probe->deleteLater();
//   });
//   probe->start(target);
class ImapProbe final : public QObject
{
    Q_OBJECT

public:
    explicit ImapProbe(QObject *parent = nullptr);
    ~ImapProbe() override;

    void setPhaseTimeout(int milliseconds);
    int phaseTimeout() const { return m_timeoutMs; }

    // Starts the check; finished() follows exactly once, never from within start().
    void start(const ProbeTarget &target);
    // Stops at once and closes the connection; no finished() follows.
    void abort();
    bool isRunning() const { return m_phase != Phase::Idle && m_phase != Phase::Done; }

signals:
    void finished(const imapdesk::ProbeResult &result);

private:
    enum class Phase {
        Idle,
        Connecting,
        Handshake,
        Greeting,
        Capability,
        StartTls,
        Upgrading,
        Id,
        Login,
        Logout,
        Done
    };

    void connectSocket();
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError(QAbstractSocket::SocketError error);
    void onTimeout();

    void handle(const ImapResponse &response);
    void onGreeting(const ImapResponse &response);
    void onContinuation();
    void onTagged(const ImapResponse &response);
    void afterCapability();
    void afterId();
    void sendLogin();

    void enter(Phase phase);
    void send(Phase phase, const CommandPieces &pieces);
    void send(Phase phase, const QByteArray &commandWithoutTag);
    QByteArray nextTag();
    bool encrypted() const;
    void recordTls();
    QString serverWords(const QByteArray &text) const;
    QString where() const;

    // Decides the result, logs out when the connection is idle, then finishes.
    void conclude(ProbeOutcome outcome, const QString &message, const QString &serverText = {});
    // Decides the result and finishes at once.
    void fail(ProbeOutcome outcome, const QString &message, const QString &serverText = {});
    void finish();
    void releaseSocket();

    ProbeTarget m_target;
    ProbeResult m_result;
    QSslSocket *m_socket = nullptr; // not a child: deleted later, never inside its own signal
    QTimer m_timer;
    QElapsedTimer m_clock;
    QByteArray m_buffer;
    QByteArray m_tag;        // the command awaiting its tagged answer; empty when idle
    CommandPieces m_pending; // pieces to send after the server's "+"
    QString m_bye;           // the text of an untagged BYE
    Phase m_phase = Phase::Idle;
    int m_timeoutMs = kDefaultProbeTimeoutMs;
    int m_tags = 0;
};

} // namespace imapdesk
