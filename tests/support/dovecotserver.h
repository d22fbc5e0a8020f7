#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace ImapDeskTest {

// A loopback port nobody listens on now (0 if none could be had): for a server
// that cannot be reached, or one to start there.
quint16 unusedPort();

// A private Dovecot IMAP server for one test: its own config, users, Maildir storage and
// self-signed certificate in a temporary directory, listening on free loopback ports.
// Wraps scripts/dovecot-test-server.sh; works as root (mail stored as nobody) and as a
// normal user. The destructor stops it and removes everything.
//
//   ImapDeskTest::DovecotServer server;
//   QVERIFY2(server.start(), qPrintable(server.errorString()));
//   QVERIFY(server.addUser("alice", "secret"));
//   QVERIFY(server.seed("alice", 40, {"INBOX", "Sent", "Archive/2022"}));
//   QCOMPARE(server.totalMessages("alice", "secret"), 40);
class DovecotServer final
{
public:
    // separator: the hierarchy separator clients see, "." (Dovecot's default) or "/".
    explicit DovecotServer(const QString &separator = QStringLiteral("."));
    ~DovecotServer();
    DovecotServer(const DovecotServer &) = delete;
    DovecotServer &operator=(const DovecotServer &) = delete;

    // Storage quota per user such as "64K" (APPEND then fails with OVERQUOTA); before start().
    void setQuota(const QString &quota) { m_quota = quota; }
    // Also before start(): the name in the self-signed certificate (default "localhost", which
    // is valid for host() too; any other name gives a name mismatch), an expired certificate,
    // no TLS at all (no STARTTLS, sslPort() 0), or Dovecot's imap_capability such as
    // "IMAP4rev1 ID LOGINDISABLED" (Dovecot still appends STARTTLS and AUTH=...).
    void setCertificateName(const QString &name) { m_certificateName = name; }
    void setCertificateExpired(bool expired) { m_certificateExpired = expired; }
    void setTlsEnabled(bool enabled) { m_tls = enabled; }
    void setCapability(const QString &capability) { m_capability = capability; }

    // Picks two free loopback ports and starts; retries when another process took a port.
    bool start();
    void stop();
    bool isRunning() const { return m_running; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }       // plain IMAP, STARTTLS offered (if TLS enabled)
    quint16 sslPort() const { return m_sslPort; } // implicit TLS (IMAPS); 0 without TLS
    QString directory() const;
    QString certificatePath() const; // the server's certificate (PEM), once started
    // Its SHA-256 over DER, as ImapDesk shows and pins it; empty before start().
    QByteArray certificateFingerprint() const;
    QString separator() const { return m_separator; }
    QString errorString() const { return m_error; }
    QString log() const; // Dovecot's own log, handy in failure messages

    // The password goes to the script on stdin, never on a command line.
    bool addUser(const QString &user, const QString &password);
    // Many users in one go (one process instead of one per user); passwords on stdin too.
    bool addUsers(const QList<QPair<QString, QString>> &users);
    // count messages written straight into the user's Maildir, spread over folders (default
    // INBOX). Folder names are UTF-8 with "/" for hierarchy; each message has a unique
    // Message-ID, so a re-seed with another count adds new messages.
    bool seed(const QString &user, int count, const QStringList &folders = {});

    // Messages per folder as the server names them (modified UTF-7), counted over IMAP with
    // LIST and STATUS. Empty, with errorString() set, when the login or a command fails.
    QMap<QString, int> countMessages(const QString &user, const QString &password);
    int totalMessages(const QString &user, const QString &password);

private:
    bool runScript(const QStringList &arguments, const QByteArray &input = {});
    bool tryStart();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_separator;
    QString m_quota;
    QString m_certificateName;
    QString m_capability;
    bool m_certificateExpired = false;
    bool m_tls = true;
    QString m_error;
    quint16 m_port = 0;
    quint16 m_sslPort = 0;
    bool m_running = false;
};

} // namespace ImapDeskTest
