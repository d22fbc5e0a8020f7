#include "net/imapprobe.h"

#include "net/imapresponse.h"
#include "version.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSslCipher>
#include <QSslSocket>

#include <algorithm>

namespace imapdesk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImapProbe)
};

// A pre-flight check reads greetings and short answers only.
constexpr qsizetype kMaxResponse = 64 * 1024;
constexpr qsizetype kMaxServerText = 500;

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    default:
        return QStringLiteral("TLS");
    }
}

QString escapedForQuoting(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return escaped;
}

} // namespace

ImapProbe::ImapProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ImapProbe::onTimeout);
}

ImapProbe::~ImapProbe()
{
    releaseSocket();
}

void ImapProbe::setPhaseTimeout(int milliseconds)
{
    m_timeoutMs = std::max(1, milliseconds);
}

void ImapProbe::start(const ProbeTarget &target)
{
    abort();
    m_target = target;
    m_result = ProbeResult();
    m_buffer.clear();
    m_tag.clear();
    m_pending.clear();
    m_bye.clear();
    m_clock.start();
    enter(Phase::Connecting);
    // Queued: a refused or unresolvable host must not answer from within start().
    QMetaObject::invokeMethod(this, &ImapProbe::connectSocket, Qt::QueuedConnection);
}

void ImapProbe::abort()
{
    m_timer.stop();
    releaseSocket();
    if (isRunning())
        m_phase = Phase::Done;
}

void ImapProbe::connectSocket()
{
    if (m_phase != Phase::Connecting || m_socket)
        return;
    m_socket = new QSslSocket;
    m_socket->setPeerVerifyName(m_target.host);
    connect(m_socket, &QSslSocket::connected, this, &ImapProbe::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &ImapProbe::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &ImapProbe::onReadyRead);
    connect(m_socket, &QSslSocket::sslErrors, this, &ImapProbe::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &ImapProbe::onSocketError);
    const quint16 port = targetPort(m_target);
    if (m_target.security == Security::Ssl)
        m_socket->connectToHostEncrypted(m_target.host, port);
    else
        m_socket->connectToHost(m_target.host, port);
}

void ImapProbe::onConnected()
{
    enter(m_target.security == Security::Ssl ? Phase::Handshake : Phase::Greeting);
}

void ImapProbe::onEncrypted()
{
    recordTls();
    if (m_phase == Phase::Handshake) {
        enter(Phase::Greeting);
    } else if (m_phase == Phase::Upgrading) {
        // What the server said before TLS may have been forged: ask again.
        m_result.capabilities.clear();
        send(Phase::Capability, QByteArray("CAPABILITY"));
    }
}

void ImapProbe::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer.append(m_socket->readAll());
    while (m_phase != Phase::Done && m_phase != Phase::Upgrading) {
        QByteArray line;
        const FrameStatus status = takeResponse(&m_buffer, &line, kMaxResponse);
        if (status == FrameStatus::Incomplete)
            return;
        if (status == FrameStatus::TooLong) {
            fail(ProbeOutcome::ProtocolError, Tr::tr("%1 sent an answer longer than %2 KiB.")
                                                  .arg(where())
                                                  .arg(kMaxResponse / 1024));
            return;
        }
        const QPointer<ImapProbe> alive(this); // a receiver of finished() may delete us
        handle(parseResponse(line));
        if (!alive)
            return;
    }
}

void ImapProbe::onSslErrors(const QList<QSslError> &errors)
{
    QSslCertificate certificate = m_socket->peerCertificate();
    if (certificate.isNull() && !errors.isEmpty())
        certificate = errors.first().certificate();
    TlsDetails &tls = m_result.tls;
    describeCertificate(certificate, &tls);
    tls.problems = certificateProblems(errors);
    tls.problemTexts.clear();
    for (const CertificateProblem problem : std::as_const(tls.problems))
        tls.problemTexts.append(certificateProblemText(problem));
    if (!tls.fingerprint.isEmpty() && m_target.acceptedFingerprints.contains(tls.fingerprint)) {
        // The user accepted this very certificate: overlook exactly what was found now.
        tls.acceptedByFingerprint = true;
        m_socket->ignoreSslErrors(errors);
        return;
    }
    fail(ProbeOutcome::TlsProblem, Tr::tr("The certificate of %1 is not trusted. %2")
                                       .arg(where(), tls.problemTexts.join(QLatin1Char(' '))));
}

void ImapProbe::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_phase == Phase::Done)
        return;
    if (m_phase == Phase::Logout) {
        finish(); // the server may close before its tagged OK: the result stands
        return;
    }
    const QString reason = m_socket ? m_socket->errorString() : QString();
    if (m_phase == Phase::Connecting) {
        fail(ProbeOutcome::Unreachable, Tr::tr("Cannot connect to %1: %2").arg(where(), reason));
    } else if (error == QAbstractSocket::SslHandshakeFailedError || m_phase == Phase::Handshake ||
               m_phase == Phase::Upgrading) {
        fail(ProbeOutcome::TlsProblem,
             Tr::tr("The TLS handshake with %1 failed: %2").arg(where(), reason));
    } else if (error == QAbstractSocket::RemoteHostClosedError) {
        if (m_bye.isEmpty())
            fail(ProbeOutcome::ProtocolError,
                 Tr::tr("%1 closed the connection without a word.").arg(where()));
        else
            fail(ProbeOutcome::ProtocolError,
                 Tr::tr("%1 closed the connection: %2").arg(where(), m_bye), m_bye);
    } else {
        fail(ProbeOutcome::ProtocolError,
             Tr::tr("The connection to %1 broke: %2").arg(where(), reason));
    }
}

void ImapProbe::onTimeout()
{
    const int seconds = (m_timeoutMs + 999) / 1000;
    QString waitingFor;
    switch (m_phase) {
    case Phase::Connecting:
        fail(ProbeOutcome::Unreachable,
             Tr::tr("No connection to %1 within %n s.", nullptr, seconds).arg(where()));
        return;
    case Phase::Logout:
        finish();
        return;
    case Phase::Handshake:
    case Phase::Upgrading:
        waitingFor = Tr::tr("the TLS handshake");
        break;
    case Phase::Greeting:
        waitingFor = Tr::tr("the greeting");
        break;
    case Phase::Capability:
        waitingFor = Tr::tr("the answer to CAPABILITY");
        break;
    case Phase::StartTls:
        waitingFor = Tr::tr("the answer to STARTTLS");
        break;
    case Phase::Id:
        waitingFor = Tr::tr("the answer to ID");
        break;
    case Phase::Login:
        waitingFor = Tr::tr("the answer to the login");
        break;
    case Phase::Idle:
    case Phase::Done:
        return;
    }
    fail(ProbeOutcome::Timeout,
         Tr::tr("%1 did not answer within %n s (waiting for %2).", nullptr, seconds)
             .arg(where(), waitingFor));
}

void ImapProbe::handle(const ImapResponse &response)
{
    if (m_phase == Phase::Greeting) {
        onGreeting(response);
        return;
    }
    switch (response.kind) {
    case ImapResponse::Kind::Continuation:
        onContinuation();
        return;
    case ImapResponse::Kind::Untagged:
        if (response.keyword == "CAPABILITY")
            m_result.capabilities = parseCapabilities(response.data);
        else if (response.keyword == "ID")
            m_result.serverId = parseIdFields(response.data);
        else if (response.keyword == "BYE")
            m_bye = serverWords(response.text);
        return;
    case ImapResponse::Kind::Tagged:
        if (m_tag.isEmpty() || response.tag != m_tag)
            return; // not ours: ignore rather than guess
        m_tag.clear();
        m_pending.clear();
        onTagged(response);
        return;
    }
}

void ImapProbe::onGreeting(const ImapResponse &response)
{
    if (response.kind != ImapResponse::Kind::Untagged || !response.isStatus()) {
        fail(ProbeOutcome::ProtocolError,
             Tr::tr("%1 does not greet like an IMAP server.").arg(where()));
        return;
    }
    if (response.keyword == "BYE") {
        const QString text = serverWords(response.text);
        fail(ProbeOutcome::ProtocolError,
             Tr::tr("%1 refused the connection: %2").arg(where(), text), text);
        return;
    }
    if (response.keyword == "PREAUTH") {
        conclude(ProbeOutcome::ProtocolError,
                 Tr::tr("%1 logged the connection in without a password; such a server "
                        "cannot be checked.")
                     .arg(where()));
        return;
    }
    // "* OK [CAPABILITY ...]" is the full list (RFC 3501 7.1); after STARTTLS it is asked again.
    const QByteArray listed = "CAPABILITY ";
    if (!m_target.serverDetails && response.code.toUpper().startsWith(listed)) {
        m_result.capabilities = parseCapabilities(response.code.mid(listed.size()));
        afterCapability();
        return;
    }
    send(Phase::Capability, QByteArray("CAPABILITY"));
}

void ImapProbe::onContinuation()
{
    if (!m_pending.isEmpty()) {
        m_socket->write(m_pending.takeFirst());
        m_timer.start(m_timeoutMs);
    } else if (m_phase == Phase::Login) {
        m_socket->write("*\r\n"); // a second challenge PLAIN does not have: cancel
    } else {
        fail(ProbeOutcome::ProtocolError,
             Tr::tr("%1 asked for more data where none is due.").arg(where()));
    }
}

void ImapProbe::onTagged(const ImapResponse &response)
{
    const bool ok = response.keyword == "OK";
    const QString text = serverWords(response.text);
    switch (m_phase) {
    case Phase::Capability:
        if (ok)
            afterCapability();
        else
            conclude(ProbeOutcome::ProtocolError,
                     Tr::tr("%1 refused CAPABILITY: %2").arg(where(), text), text);
        return;
    case Phase::StartTls:
        if (!ok) {
            conclude(ProbeOutcome::TlsProblem, Tr::tr("%1 refused STARTTLS: %2").arg(where(), text),
                     text);
        } else if (!m_buffer.isEmpty()) {
            // Plain text after the OK would be read as if it came over TLS (CVE-2011-0411).
            fail(ProbeOutcome::ProtocolError,
                 Tr::tr("%1 sent unencrypted data after agreeing to STARTTLS.").arg(where()));
        } else {
            enter(Phase::Upgrading);
            m_socket->startClientEncryption();
        }
        return;
    case Phase::Id:
        afterId(); // an ID the server does not like changes nothing
        return;
    case Phase::Login:
        if (ok)
            conclude(ProbeOutcome::Ok,
                     Tr::tr("Logged in to %1 as %2.").arg(where(), m_target.user));
        else if (response.keyword == "NO")
            conclude(ProbeOutcome::AuthFailed,
                     Tr::tr("%1 refused the login of %2: %3").arg(where(), m_target.user, text),
                     text);
        else
            conclude(ProbeOutcome::ProtocolError,
                     Tr::tr("%1 did not understand the login of %2: %3")
                         .arg(where(), m_target.user, text),
                     text);
        return;
    case Phase::Logout:
        finish();
        return;
    default:
        return;
    }
}

void ImapProbe::afterCapability()
{
    const QStringList &capabilities = m_result.capabilities;
    if (m_target.security == Security::StartTls && !encrypted()) {
        if (hasCapability(capabilities, "STARTTLS"))
            send(Phase::StartTls, QByteArray("STARTTLS"));
        else
            conclude(ProbeOutcome::InsecureRefused,
                     Tr::tr("%1 does not offer STARTTLS: the password would travel unencrypted, "
                            "so it was not sent. Choose SSL if the server has an IMAPS port.")
                         .arg(where()));
        return;
    }
    if (!m_target.serverDetails || !hasCapability(capabilities, "ID")) {
        afterId();
        return;
    }
    // Servers log who connected: tell them it is ImapDesk's check.
    m_tag = nextTag();
    send(Phase::Id, CommandPieces{idCommand(
                        m_tag, {{QStringLiteral("name"), QStringLiteral(IMAPDESK_APP_NAME)},
                                {QStringLiteral("version"), QStringLiteral(IMAPDESK_VERSION)}})});
}

void ImapProbe::afterId()
{
    const bool clear = !encrypted();
    if (clear) {
        m_result.warnings.append(
            hasCapability(m_result.capabilities, "STARTTLS")
                ? Tr::tr("The connection is not encrypted, but %1 offers STARTTLS: choose "
                         "STARTTLS so that passwords do not travel in clear text.")
                      .arg(where())
                : Tr::tr("%1 offers no encryption on this port: passwords would travel in clear "
                         "text.")
                      .arg(where()));
    }
    if (m_target.user.isEmpty()) {
        conclude(ProbeOutcome::Ok, Tr::tr("%1 answers.").arg(where()));
    } else if (clear && !m_target.allowClearText) {
        conclude(ProbeOutcome::InsecureRefused,
                 Tr::tr("The password for %1 was not sent: the connection to %2 is not "
                        "encrypted. Allow clear text for this server to check it anyway.")
                     .arg(m_target.user, where()));
    } else {
        sendLogin();
    }
}

void ImapProbe::sendLogin()
{
    const QStringList &capabilities = m_result.capabilities;
    if (m_target.user.contains(QChar(0)) || m_target.password.contains(QChar(0))) {
        conclude(ProbeOutcome::ProtocolError,
                 Tr::tr("The user name or password contains a NUL character, which IMAP "
                        "cannot carry."));
        return;
    }
    CommandPieces pieces;
    const QByteArray tag = nextTag();
    if (!hasCapability(capabilities, "LOGINDISABLED")) {
        pieces = loginCommand(tag, m_target.user, m_target.password, literalMode(capabilities));
        m_result.loginMethod = QStringLiteral("LOGIN");
    } else if (hasCapability(capabilities, "AUTH=PLAIN")) {
        pieces = authenticatePlainCommand(tag, m_target.user, m_target.password,
                                          hasCapability(capabilities, "SASL-IR"));
        m_result.loginMethod = QStringLiteral("AUTHENTICATE PLAIN");
    } else {
        conclude(ProbeOutcome::ProtocolError,
                 encrypted()
                     ? Tr::tr("%1 accepts neither LOGIN nor AUTHENTICATE PLAIN.").arg(where())
                     : Tr::tr("%1 accepts neither LOGIN nor AUTHENTICATE PLAIN without "
                              "encryption: choose SSL or STARTTLS.")
                           .arg(where()));
        return;
    }
    m_result.sentInClear = !encrypted();
    if (m_result.sentInClear)
        m_result.warnings.append(Tr::tr("The password was sent unencrypted."));
    m_tag = tag;
    send(Phase::Login, pieces);
}

void ImapProbe::enter(Phase phase)
{
    m_phase = phase;
    m_timer.start(m_timeoutMs);
}

void ImapProbe::send(Phase phase, const CommandPieces &pieces)
{
    if (pieces.isEmpty())
        return;
    m_pending = pieces.mid(1);
    enter(phase);
    m_socket->write(pieces.first());
}

void ImapProbe::send(Phase phase, const QByteArray &commandWithoutTag)
{
    m_tag = nextTag();
    send(phase, CommandPieces{m_tag + ' ' + commandWithoutTag + "\r\n"});
}

QByteArray ImapProbe::nextTag()
{
    return "p" + QByteArray::number(++m_tags);
}

bool ImapProbe::encrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

void ImapProbe::recordTls()
{
    TlsDetails &tls = m_result.tls;
    tls.encrypted = true;
    tls.protocol = protocolName(m_socket->sessionProtocol());
    tls.cipher = m_socket->sessionCipher().name();
    if (tls.fingerprint.isEmpty())
        describeCertificate(m_socket->peerCertificate(), &tls);
}

// The server's text, cut to a sensible length, with any echo of the password masked.
QString ImapProbe::serverWords(const QByteArray &text) const
{
    QString words = QString::fromUtf8(text).trimmed();
    const QString &password = m_target.password;
    if (!password.isEmpty()) {
        const QString mask = QStringLiteral("***");
        words.replace(password, mask);
        words.replace(escapedForQuoting(password), mask);
        words.replace(QString::fromLatin1(plainSaslResponse(m_target.user, password)), mask);
    }
    if (words.size() > kMaxServerText)
        words = words.left(kMaxServerText) + QStringLiteral("…");
    return words;
}

QString ImapProbe::where() const
{
    const QString host = m_target.host.contains(QLatin1Char(':'))
                             ? QStringLiteral("[%1]").arg(m_target.host)
                             : m_target.host;
    return QStringLiteral("%1:%2").arg(host).arg(targetPort(m_target));
}

void ImapProbe::conclude(ProbeOutcome outcome, const QString &message, const QString &serverText)
{
    m_result.outcome = outcome;
    m_result.message = message;
    m_result.serverText = serverText;
    const bool idle = m_tag.isEmpty() && m_bye.isEmpty() && m_socket &&
                      m_socket->state() == QAbstractSocket::ConnectedState;
    if (!idle) {
        finish();
        return;
    }
    send(Phase::Logout, QByteArray("LOGOUT"));
}

void ImapProbe::fail(ProbeOutcome outcome, const QString &message, const QString &serverText)
{
    m_result.outcome = outcome;
    m_result.message = message;
    m_result.serverText = serverText;
    finish();
}

void ImapProbe::finish()
{
    if (m_phase == Phase::Done || m_phase == Phase::Idle)
        return;
    m_phase = Phase::Done;
    m_timer.stop();
    m_result.elapsedMs = m_clock.elapsed();
    releaseSocket();
    const ProbeResult result = m_result; // a receiver may start() again or delete this probe
    emit finished(result);
}

void ImapProbe::releaseSocket()
{
    if (!m_socket)
        return;
    QSslSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort(); // closed now, so a new connection never overlaps this one
    socket->deleteLater();
}

} // namespace imapdesk
