#include "dovecotserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>

#include <unistd.h>

namespace ImapDeskTest {

namespace {

constexpr int kTimeoutMs = 10000;
constexpr int kStartAttempts = 5;

// An IMAP string as a non-synchronizing literal (LITERAL+): any byte is safe in it.
QByteArray literal(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    return '{' + QByteArray::number(bytes.size()) + "+}\r\n" + bytes;
}

QByteArray quoted(const QString &name)
{
    QByteArray bytes = name.toUtf8();
    bytes.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + bytes + '"';
}

// Just enough of a blocking IMAP client to count messages; test code only.
class ImapSession final
{
public:
    bool open(const QString &host, quint16 port);
    bool command(const QByteArray &command, QList<QByteArray> *untagged = nullptr);
    QString error() const { return m_error; }

private:
    bool readLine(QByteArray *line);
    bool readResponse(QByteArray *response);

    QTcpSocket m_socket;
    QString m_error;
    int m_tag = 0;
};

bool ImapSession::open(const QString &host, quint16 port)
{
    m_socket.connectToHost(host, port);
    QByteArray greeting;
    if (!m_socket.waitForConnected(kTimeoutMs) || !readResponse(&greeting)) {
        m_error = QStringLiteral("cannot connect to %1:%2: %3")
                      .arg(host)
                      .arg(port)
                      .arg(m_socket.errorString());
        return false;
    }
    return true;
}

bool ImapSession::readLine(QByteArray *line)
{
    while (!m_socket.canReadLine()) {
        if (!m_socket.waitForReadyRead(kTimeoutMs)) {
            m_error = QStringLiteral("IMAP read: %1").arg(m_socket.errorString());
            return false;
        }
    }
    *line = m_socket.readLine();
    return true;
}

// One response line with any literal ({n}) spliced in, without the final CRLF.
bool ImapSession::readResponse(QByteArray *response)
{
    static const QRegularExpression literalEnd(QStringLiteral("\\{(\\d+)\\}\\r\\n$"));
    response->clear();
    QByteArray line;
    while (readLine(&line)) {
        response->append(line);
        const auto match = literalEnd.match(QString::fromLatin1(line));
        if (!match.hasMatch()) {
            response->chop(2);
            return true;
        }
        const qint64 size = match.captured(1).toLongLong();
        while (m_socket.bytesAvailable() < size && m_socket.waitForReadyRead(kTimeoutMs)) {
        }
        response->append(m_socket.read(size));
    }
    return false;
}

bool ImapSession::command(const QByteArray &command, QList<QByteArray> *untagged)
{
    const QByteArray tag = QByteArray("t") + QByteArray::number(++m_tag) + ' ';
    m_socket.write(QByteArray(tag + command + "\r\n"));
    const QByteArray ok = tag + QByteArray("OK");
    QByteArray response;
    while (readResponse(&response)) {
        if (!response.startsWith(tag)) {
            if (untagged)
                untagged->append(response);
            continue;
        }
        if (response.startsWith(ok))
            return true;
        m_error = QString::fromUtf8(response);
        return false;
    }
    return false;
}

// "* LIST (flags) "sep" name" -> name, or empty for \Noselect entries.
QString listedName(const QByteArray &line)
{
    static const QRegularExpression list(
        QStringLiteral("^\\* LIST \\(([^)]*)\\) (?:NIL|\"(?:[^\"\\\\]|\\\\.)*\") (.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto match = list.match(QString::fromUtf8(line));
    if (!match.hasMatch() ||
        match.captured(1).contains(QLatin1String("\\Noselect"), Qt::CaseInsensitive))
        return {};
    QString name = match.captured(2);
    static const QRegularExpression literalPrefix(QStringLiteral("^\\{\\d+\\}\\r\\n"));
    name.remove(literalPrefix);
    if (name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"'))) {
        name = name.mid(1, name.size() - 2);
        name.replace(QLatin1String("\\\""), QLatin1String("\""));
        name.replace(QLatin1String("\\\\"), QLatin1String("\\"));
    }
    return name;
}

int statusMessages(const QList<QByteArray> &untagged)
{
    static const QRegularExpression messages(QStringLiteral("\\(.*MESSAGES (\\d+).*\\)"));
    for (const QByteArray &line : untagged) {
        const auto match = messages.match(QString::fromUtf8(line));
        if (line.startsWith("* STATUS") && match.hasMatch())
            return match.captured(1).toInt();
    }
    return -1;
}

QString scriptPath()
{
    return QStringLiteral(IMAPDESK_DOVECOT_SCRIPT);
}

} // namespace

quint16 unusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort(); // closed again on return: nobody listens there now
}

DovecotServer::DovecotServer(const QString &separator)
    : m_separator(separator)
{}

DovecotServer::~DovecotServer()
{
    stop();
}

QString DovecotServer::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

QString DovecotServer::certificatePath() const
{
    return directory() + QStringLiteral("/cert.pem");
}

QByteArray DovecotServer::certificateFingerprint() const
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificatePath());
    if (certificates.isEmpty())
        return {};
    return QCryptographicHash::hash(certificates.first().toDer(), QCryptographicHash::Sha256);
}

QString DovecotServer::log() const
{
    QFile file(directory() + QStringLiteral("/dovecot.log"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool DovecotServer::start()
{
    // As root the mail account (nobody) must traverse every parent: /tmp always allows it.
    const QString base = geteuid() == 0 ? QStringLiteral("/tmp") : QDir::tempPath();
    for (int attempt = 0; attempt < kStartAttempts && !m_running; ++attempt) {
        m_dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/imapdesk-dovecot-XXXXXX"));
        if (!m_dir->isValid()) {
            m_error = QStringLiteral("cannot create a temporary directory in %1").arg(base);
            return false;
        }
        m_running = tryStart();
        // A port taken between our probe and dovecot's bind is the usual reason; with
        // several servers starting at once in parallel tests, any failure gets another go.
    }
    return m_running;
}

bool DovecotServer::tryStart()
{
    m_port = unusedPort();
    m_sslPort = m_tls ? unusedPort() : 0;
    if (m_port == 0 || (m_tls && (m_sslPort == 0 || m_port == m_sslPort))) {
        m_error = QStringLiteral("no free loopback port");
        return false;
    }
    return runScript({QStringLiteral("start"), directory(), QString::number(m_port),
                      QString::number(m_sslPort)});
}

void DovecotServer::stop()
{
    if (m_running)
        runScript({QStringLiteral("stop"), directory()});
    m_running = false;
}

bool DovecotServer::addUser(const QString &user, const QString &password)
{
    return runScript({QStringLiteral("adduser"), directory(), user, QStringLiteral("-")},
                     password.toUtf8() + '\n');
}

bool DovecotServer::addUsers(const QList<QPair<QString, QString>> &users)
{
    QByteArray input;
    for (const auto &[user, password] : users)
        input += user.toUtf8() + '\t' + password.toUtf8() + '\n';
    return runScript({QStringLiteral("addusers"), directory()}, input);
}

bool DovecotServer::seed(const QString &user, int count, const QStringList &folders)
{
    return runScript(
        QStringList{QStringLiteral("seed"), directory(), user, QString::number(count)} + folders);
}

QMap<QString, int> DovecotServer::countMessages(const QString &user, const QString &password)
{
    ImapSession session;
    QList<QByteArray> listed;
    if (!session.open(host(), m_port) ||
        !session.command("LOGIN " + literal(user) + ' ' + literal(password)) ||
        !session.command("LIST \"\" *", &listed)) {
        m_error = session.error();
        return {};
    }
    QMap<QString, int> counts;
    for (const QByteArray &line : std::as_const(listed)) {
        const QString name = listedName(line);
        QList<QByteArray> status;
        if (name.isEmpty())
            continue;
        if (!session.command("STATUS " + quoted(name) + " (MESSAGES)", &status)) {
            m_error = session.error();
            return {};
        }
        counts.insert(name, statusMessages(status));
    }
    session.command("LOGOUT");
    return counts;
}

int DovecotServer::totalMessages(const QString &user, const QString &password)
{
    const QMap<QString, int> counts = countMessages(user, password);
    if (counts.isEmpty())
        return -1;
    int total = 0;
    for (int count : counts)
        total += count;
    return total;
}

bool DovecotServer::runScript(const QStringList &arguments, const QByteArray &input)
{
    QProcess script;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DOVECOT_TEST_SEPARATOR"), m_separator);
    environment.insert(QStringLiteral("DOVECOT_TEST_QUOTA"), m_quota);
    environment.insert(QStringLiteral("DOVECOT_TEST_CERT_NAME"), m_certificateName);
    environment.insert(QStringLiteral("DOVECOT_TEST_CERT_EXPIRED"),
                       m_certificateExpired ? QStringLiteral("1") : QStringLiteral("0"));
    environment.insert(QStringLiteral("DOVECOT_TEST_CAPABILITY"), m_capability);
    script.setProcessEnvironment(environment);
    script.start(QStringLiteral("bash"), QStringList{scriptPath()} + arguments);
    if (!script.waitForStarted(kTimeoutMs)) {
        m_error = QStringLiteral("cannot run %1: %2").arg(scriptPath(), script.errorString());
        return false;
    }
    script.write(input);
    script.closeWriteChannel();
    // Test support may block: the script itself waits at most a few seconds for Dovecot.
    if (!script.waitForFinished(3 * kTimeoutMs)) {
        script.kill();
        script.waitForFinished();
        m_error = QStringLiteral("%1 %2 timed out").arg(scriptPath(), arguments.join(' '));
        return false;
    }
    if (script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0)
        return true;
    m_error = QStringLiteral("%1 %2 failed (%3): %4")
                  .arg(scriptPath(), arguments.value(0))
                  .arg(script.exitCode())
                  .arg(QString::fromUtf8(script.readAllStandardError()));
    return false;
}

} // namespace ImapDeskTest
