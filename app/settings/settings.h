#pragma once

#include "accounts/hostshortcuts.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <memory>

class QSettings;

namespace imapdesk {

// The user's preferences in one typed registry (architecture habit 11): every
// key has a default, a validation and a changed() signal, and the file is
// migrated to the current format when opened. Jobs and history live in the
// database, never here. A stored value that is not valid (a hand-edited file)
// reads as the default; problems() says which ones were ignored.
class Settings final : public QObject
{
    Q_OBJECT

public:
    enum class Key {
        ImapsyncPath,
        Concurrency,
        PerHostLimit,
        DataDirectory,
        DatabaseUrl,
        HostShortcutRules,
        Language,
        RetentionWeeks,
        RetentionAction,
        ForgetPasswordsOnSuccess,
    };
    Q_ENUM(Key)

    // What happens to batches older than retentionWeeks().
    enum class RetentionAction { Archive, Delete };
    Q_ENUM(RetentionAction)

    static constexpr int DefaultConcurrency = 4;
    static constexpr int MaxConcurrency = 64;
    static constexpr int MaxRetentionWeeks = 520; // ten years
    static constexpr int MaxHostShortcutRules = 200;

    // Reads and writes `store`: QSettings() with the application identity in
    // the application, an INI file in a temporary folder in tests. The file
    // is migrated to the current version here.
    explicit Settings(std::unique_ptr<QSettings> store, QObject *parent = nullptr);
    ~Settings() override;

    // The file's format version after migration: the current one, or a
    // higher one when a newer ImapDesk wrote the file.
    int version() const { return m_version; }
    QString fileName() const;
    // Writes pending changes now; false with a message when the file cannot
    // be written (QSettings also writes by itself, later).
    bool sync(QString *error = nullptr);
    // One message per stored value that was ignored for its default.
    QStringList problems() const;

    // imapsync program; empty: located next to ImapDesk, then on PATH.
    QString imapsyncPath() const;
    void setImapsyncPath(const QString &path);

    // Setters of limited values return false and change nothing when the
    // value is out of range.
    int concurrency() const; // 1..MaxConcurrency
    bool setConcurrency(int jobs);
    int perHostLimit() const; // 0 (no limit)..MaxConcurrency
    bool setPerHostLimit(int jobs);

    // Empty: the platform's data folder. Otherwise an absolute path. The
    // --data-dir option and IMAPDESK_DATA_DIR win over it (the caller decides).
    QString dataDirectory() const;
    bool setDataDirectory(const QString &directory);
    // Empty: imapdesk.sqlite in the data folder. Otherwise what
    // DatabaseLocation::parse accepts, an SQLite path being absolute.
    QString databaseUrl() const;
    bool setDatabaseUrl(const QString &url, QString *error = nullptr);
    // Why setDatabaseUrl() would refuse url; empty when it is fine.
    static QString databaseUrlProblem(const QString &url);

    // In order: the first matching rule wins. All or nothing, as
    // HostShortcuts::setRules, with its messages.
    QVector<HostShortcutRule> hostShortcutRules() const;
    bool setHostShortcutRules(const QVector<HostShortcutRule> &rules,
                              QStringList *errors = nullptr);

    // "" (the system's language) or one of supportedLanguages().
    static QStringList supportedLanguages();
    QString language() const;
    bool setLanguage(const QString &code);

    int retentionWeeks() const; // 0: keep batches for ever
    bool setRetentionWeeks(int weeks);
    RetentionAction retentionAction() const;
    void setRetentionAction(RetentionAction action);

    // Remove a job's saved passwords from the keychain once it succeeded.
    bool forgetPasswordsOnSuccess() const;
    void setForgetPasswordsOnSuccess(bool forget);

    // Window geometry, splitter and header states by name ("mainWindow/geometry").
    // Not validated and not announced by changed(): only the widget reads them.
    QByteArray uiState(const QString &name) const;
    void setUiState(const QString &name, const QByteArray &state);

    // Server certificates the user trusts in spite of their problems (self-signed, other
    // name), one per server: the SHA-256 fingerprint in lower-case hex, empty if none.
    // Host names are case-insensitive. Like uiState(), not announced by changed().
    QString acceptedCertificate(const QString &host, quint16 port) const;
    // An empty fingerprint forgets the server's; false, changing nothing, when
    // hexFingerprint is no SHA-256 fingerprint (64 hex digits, colons allowed).
    bool setAcceptedCertificate(const QString &host, quint16 port, const QString &hexFingerprint);
    struct AcceptedCertificate
    {
        QString server; // "host:port", host in lower case
        QString fingerprint;
    };
    // Every remembered one, by server name; for the settings dialog.
    QList<AcceptedCertificate> acceptedCertificates() const;
    // Forgets the one of server ("host:port" as acceptedCertificates() gives it).
    void forgetAcceptedCertificate(const QString &server);

signals:
    // After a setter changed what the getter returns; once per change.
    void changed(imapdesk::Settings::Key key);

private:
    QVariant value(Key key) const;
    bool assign(Key key, const QVariant &stored);
    QVector<HostShortcutRule> storedRules(bool *valid) const;
    void writeRules(const QVector<HostShortcutRule> &rules);
    QString problem(Key key) const;

    std::unique_ptr<QSettings> m_store;
    int m_version = 0;
};

} // namespace imapdesk
