#pragma once

#include "accounts/account.h"
#include "accounts/hostshortcuts.h"
#include "jobs/jobstate.h"
#include "storage/jobstoretypes.h"
#include "ui/newbatchcheck.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace imapdesk {

class AccountListPanel;
class EndpointEditor;
class ExtraArgumentsField;
class Settings;

// A batch the new one can be chained after ("start after batch...").
struct ChainableBatch
{
    qint64 id = 0;
    QString label;
    JobState state = JobState::Queued;
};

// Everything a technician gives to queue a batch: both servers, options,
// and the account list with its preview, which "Check" tests against the
// servers. Knows nothing of the service: the caller passes the host shortcuts,
// the batches one can chain after and the settings that remember accepted
// certificates, and after exec() reads spec() and accounts() to add the batch.
class NewBatchDialog final : public QDialog
{
    Q_OBJECT

public:
    // `initialFile`, when given, is imported as soon as the event loop runs
    // (a file dropped on the main window opens the dialog with it).
    NewBatchDialog(const HostShortcuts &shortcuts, const QList<ChainableBatch> &batches,
                   const QString &initialFile = QString(), QWidget *parent = nullptr);

    // The batch as filled in: hosts expanded, default domain normalised,
    // extra arguments split, owner the current OS user.
    BatchSpec spec() const;
    // The accepted accounts (rejected lines and duplicates left out).
    QList<Account> accounts() const;

    // Loads an account list as the file button or a drop does.
    bool importFile(const QString &path);

    // Why "Add batch" is disabled, for the user; empty when it is enabled.
    QString blocker() const;

    // Where the check remembers the certificates the user accepted, and finds those
    // accepted before (they go into spec()). Without: only while the dialog is open.
    void setSettings(Settings *settings);
    // Who answers the check's questions (certificate, clear text); tests answer themselves.
    void setCheckQuestionAsker(CheckQuestionAsker asker);
    // Starts the check of the accounts against both servers, or stops it when it runs.
    void toggleCheck();
    bool isChecking() const;

public slots:
    void accept() override;
    void done(int result) override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createEndpoints(const HostShortcuts &shortcuts);
    void createOptions(const QList<ChainableBatch> &batches);
    void createAccountWidgets();
    void buildLayout();
    QLayout *buildOptionsLayout();
    void connectSignals();
    void swapEndpoints();
    void chooseFile();
    void showDomainProblem();
    void accountListChanged();
    void updateAcceptance();
    void endpointsChanged();
    void checkRunningChanged(bool running);
    void updateCheckButton();
    void showCheckSummary();
    QString accountsBlocker() const;
    QString domainProblem() const;
    QString queueSummary() const;

    EndpointEditor *m_source = nullptr;
    EndpointEditor *m_destination = nullptr;
    QPushButton *m_swap = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_defaultDomain = nullptr;
    QLabel *m_domainProblem = nullptr;
    QCheckBox *m_dryRun = nullptr;
    QCheckBox *m_justLogin = nullptr;
    ExtraArgumentsField *m_extraArguments = nullptr;
    QComboBox *m_afterBatch = nullptr;
    QPushButton *m_importFile = nullptr;
    QPushButton *m_checkButton = nullptr;
    AccountListPanel *m_accounts = nullptr;
    NewBatchCheck *m_check = nullptr;
    QLabel *m_checkSummary = nullptr;
    QCheckBox *m_skipRejected = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_blocker = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_addBatch = nullptr;
    // The rejected lines the checkbox speaks of; another set unticks it.
    QList<int> m_rejectedLines;
};

} // namespace imapdesk
