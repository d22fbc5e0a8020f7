#pragma once

#include "net/preflightcheck.h"
#include "storage/jobstoretypes.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

class QWidget;

namespace imapdesk {

class AccountPreviewModel;
class Settings;

// Something only the user can decide about one server during a check.
struct CheckQuestion
{
    enum class Kind {
        Certificate, // trust a certificate with problems (remembered by fingerprint)
        ClearText,   // send the passwords unencrypted to check the logins
    };
    Kind kind = Kind::Certificate;
    PreflightHost host;
    TlsDetails tls; // Certificate: the certificate in question
    QString title;
    QString text; // the whole question, as a message box shows it
};

// Yes or no; the default asks with a message box whose default answer is no.
using CheckQuestionAsker = std::function<bool(QWidget *parent, const CheckQuestion &question)>;

// The new-batch dialog's "Check": a pre-flight check of the previewed accounts against the
// dialog's two servers, its results in the preview model's check columns and in a summary.
// Asks the user about untrusted certificates and unencrypted servers once the check is
// through, then checks those servers again with the answer. Passwords go to the check
// only, never into a text.
class NewBatchCheck final : public QObject
{
    Q_OBJECT

public:
    // model: the preview whose accounts are checked; parent: the questions' window.
    NewBatchCheck(AccountPreviewModel *model, QWidget *parent);

    // Where accepted certificates are remembered; none: only while the dialog is open.
    void setSettings(Settings *settings) { m_settings = settings; }
    void setAsker(CheckQuestionAsker asker);
    void setLimits(const PreflightLimits &limits) { m_check.setLimits(limits); }

    // The servers of the next check. Other servers than the last check's drop its results.
    void setEndpoints(const BatchEndpoint &source, const BatchEndpoint &destination);

    void start();
    // Stops at once; what was checked stays.
    void stop();
    // From start() until the questions are answered and their checks are through.
    bool isRunning() const { return m_running; }

    // One line per server: its result and the logins' tally; empty before a check.
    QString summary() const;
    // Every message and warning of the servers, for the summary's tooltip.
    QString details() const;
    // The SHA-256 (hex) of the certificate the user accepted for endpoint's server, or empty.
    QString acceptedCertificate(const BatchEndpoint &endpoint) const;

signals:
    void runningChanged(bool running);
    void summaryChanged();

private:
    void run(bool source, bool destination);
    void invalidate();
    void setRunning(bool running);
    void onHostChecked(const PreflightHost &host, const ProbeResult &result);
    void onRowChecked(int row, PreflightSide side, const ProbeResult &result);
    void onFinished();
    void askQuestions();
    bool ask(const CheckQuestion &question);
    QString rememberedCertificate(const PreflightHost &host) const;
    void rememberCertificate(const PreflightHost &host, const QString &hex);
    PreflightHostTrust trust(const PreflightHost &host) const;
    QString hostState(const PreflightHost &host, bool source, bool destination) const;
    QString summaryLine(const PreflightHost &host, bool source, bool destination) const;

    AccountPreviewModel *m_model;
    QWidget *m_parent;
    Settings *m_settings = nullptr;
    CheckQuestionAsker m_asker;
    PreflightCheck m_check;
    PreflightHost m_source;
    PreflightHost m_destination;
    bool m_runSource = false; // the sides the running check reports
    bool m_runDestination = false;
    bool m_running = false;
    quint64 m_generation = 0; // counts starts, stops and invalidations: answers may be late
    QHash<PreflightHost, ProbeResult> m_hostResults;
    QList<CheckQuestion> m_questions;
    QHash<QString, QString> m_certificates; // "host:port" -> hex, accepted while open
    QSet<PreflightHost> m_clearText;        // allowed while the dialog is open
};

} // namespace imapdesk
