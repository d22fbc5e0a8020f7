#include "ui/newbatchdialog.h"

#include "models/accountpreviewmodel.h"
#include "ui/accountlistpanel.h"
#include "ui/endpointeditor.h"
#include "ui/icons.h"
#include "ui/newbatchextraarguments.h"
#include "ui/newbatchwidgets.h"
#include "util/domainname.h"
#include "util/hostport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace imapdesk {

namespace {

// Fits both endpoint panels side by side and a preview of a dozen lines.
constexpr QSize InitialSize(900, 820);

// Ctrl+T, "test": starts and stops the check.
QKeySequence checkShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::Key_T);
}

// The job states' badges say the same about a check cell.
QIcon checkIcon(CheckLevel level)
{
    switch (level) {
    case CheckLevel::Checking:
        return stateIcon(JobState::Running);
    case CheckLevel::Ok:
        return stateIcon(JobState::Succeeded);
    case CheckLevel::Warning:
        return icon(IconId::StateSucceededWithWarning);
    case CheckLevel::Failed:
        return stateIcon(JobState::Failed);
    case CheckLevel::None:
        break;
    }
    return {};
}

QList<int> rejectedLineNumbers(const AccountList &list)
{
    QList<int> lines;
    lines.reserve(list.errors.size());
    for (const RejectedLine &rejected : list.errors)
        lines.append(rejected.line);
    return lines;
}

} // namespace

NewBatchDialog::NewBatchDialog(const HostShortcuts &shortcuts, const QList<ChainableBatch> &batches,
                               const QString &initialFile, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("newBatchDialog"));
    setWindowTitle(tr("New Batch"));
    setAcceptDrops(true);
    createEndpoints(shortcuts);
    createOptions(batches);
    createAccountWidgets();
    buildLayout();
    connectSignals();
    m_source->firstField()->setFocus();
    resize(InitialSize);
    m_check->setEndpoints(m_source->endpoint(), m_destination->endpoint());
    accountListChanged();
    // After the constructor: the encoding question must not come before the dialog.
    if (!initialFile.isEmpty())
        QTimer::singleShot(0, this, [this, initialFile] { importFile(initialFile); });
}

// Widgets are created in tab order: the focus chain follows creation, and
// setTabOrder() mishandles widgets with a focus proxy in Qt 6.4.
void NewBatchDialog::createEndpoints(const HostShortcuts &shortcuts)
{
    m_source = new EndpointEditor(EndpointEditor::Side::Source, shortcuts, this);
    m_swap = new QPushButton(tr("⇄ S&wap"), this);
    m_swap->setObjectName(QStringLiteral("swap"));
    m_swap->setToolTip(tr("Exchange source and destination"));
    m_destination = new EndpointEditor(EndpointEditor::Side::Destination, shortcuts, this);
}

void NewBatchDialog::createOptions(const QList<ChainableBatch> &batches)
{
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("label"));
    m_label->setPlaceholderText(tr("e.g. ticket 4711 (optional)"));
    m_defaultDomain = new QLineEdit(this);
    m_defaultDomain->setObjectName(QStringLiteral("defaultDomain"));
    m_defaultDomain->setPlaceholderText(tr("example.com (optional)"));
    m_defaultDomain->setToolTip(tr("Added as @domain to every user without one."));
    m_defaultDomain->setClearButtonEnabled(true);
    m_domainProblem =
        createMessageLabel(QStringLiteral("defaultDomainProblem"), MessageKind::Error, this);
    m_afterBatch = new QComboBox(this);
    m_afterBatch->setObjectName(QStringLiteral("afterBatch"));
    m_afterBatch->addItem(tr("None: start when added"));
    for (const ChainableBatch &batch : batches) {
        const QString label = batch.label.isEmpty() ? tr("(no label)") : batch.label;
        m_afterBatch->addItem(
            tr("#%1 %2 (%3)").arg(batch.id).arg(label, jobStateDisplayName(batch.state)), batch.id);
    }
    m_extraArguments = new ExtraArgumentsField(this);
    m_dryRun = new QCheckBox(tr("Dry ru&n"), this);
    m_dryRun->setObjectName(QStringLiteral("dryRun"));
    m_dryRun->setToolTip(tr("imapsync shows what it would copy and copies nothing (--dry)."));
    m_justLogin = new QCheckBox(tr("Check credentials onl&y"), this);
    m_justLogin->setObjectName(QStringLiteral("justLogin"));
    m_justLogin->setToolTip(tr("Only log in on both sides and stop (--justlogin)."));
}

void NewBatchDialog::createAccountWidgets()
{
    m_importFile = new QPushButton(tr("&Import file…"), this);
    m_importFile->setObjectName(QStringLiteral("importFile"));
    m_importFile->setToolTip(
        tr("Read the accounts from a .txt, .csv or .tsv file (%1). "
           "You can also drop the file on this dialog.")
            .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    // Ctrl+O as in the main window; a QShortcut keeps the button's Alt+I.
    auto *open = new QShortcut(QKeySequence::Open, this);
    connect(open, &QShortcut::activated, m_importFile, &QPushButton::click);
    m_accounts = new AccountListPanel(this);
    m_accounts->layout()->setContentsMargins(0, 0, 0, 0); // aligned with the fields above
    m_accounts->setDefaultDomainField(m_defaultDomain);
    m_accounts->setSummaryVisible(false);
    // The panel keeps its model to itself; the check writes its results into it.
    auto *preview = m_accounts->findChild<AccountPreviewModel *>();
    Q_ASSERT(preview);
    preview->setCheckIcons(checkIcon);
    m_check = new NewBatchCheck(preview, this);
    m_checkSummary = createMessageLabel(QStringLiteral("checkSummary"), MessageKind::Note, this);
    m_checkButton = new QPushButton(this);
    m_checkButton->setObjectName(QStringLiteral("check"));
    // A QShortcut keeps the button's Alt+C.
    auto *check = new QShortcut(checkShortcut(), this);
    connect(check, &QShortcut::activated, m_checkButton, &QPushButton::click);
    m_skipRejected = new QCheckBox(this);
    m_skipRejected->setObjectName(QStringLiteral("skipRejected"));
    m_skipRejected->hide();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("queueSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_blocker = createMessageLabel(QStringLiteral("blocker"), MessageKind::Warning, this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_addBatch = m_buttons->button(QDialogButtonBox::Ok);
    m_addBatch->setObjectName(QStringLiteral("addBatch"));
    m_addBatch->setText(tr("Add &batch"));
}

void NewBatchDialog::buildLayout()
{
    auto *swapColumn = new QVBoxLayout;
    swapColumn->addStretch();
    swapColumn->addWidget(m_swap);
    swapColumn->addStretch();
    auto *endpoints = new QHBoxLayout;
    endpoints->addWidget(m_source, 1);
    endpoints->addLayout(swapColumn);
    endpoints->addWidget(m_destination, 1);

    auto *accountsLabel = new QLabel(tr("Acco&unts:"), this);
    // A buddy must take focus itself: a focus proxy is not followed.
    accountsLabel->setBuddy(m_accounts->focusProxy());
    auto *accountsHeader = new QHBoxLayout;
    accountsHeader->addWidget(accountsLabel);
    accountsHeader->addStretch();
    accountsHeader->addWidget(m_importFile);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(endpoints);
    layout->addLayout(buildOptionsLayout());
    layout->addLayout(accountsHeader);
    layout->addWidget(m_accounts, 1);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkSummary, 1);
    checkRow->addWidget(m_checkButton, 0, Qt::AlignTop);
    layout->addLayout(checkRow);
    layout->addWidget(m_skipRejected);
    layout->addWidget(m_summary);
    layout->addWidget(m_blocker);
    layout->addWidget(m_buttons);
}

QLayout *NewBatchDialog::buildOptionsLayout()
{
    auto *domainColumn = new QVBoxLayout;
    domainColumn->setContentsMargins(0, 0, 0, 0);
    domainColumn->addWidget(m_defaultDomain);
    domainColumn->addWidget(m_domainProblem);

    auto *form = new QFormLayout;
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("Default &domain:"), domainColumn);
    form->addRow(tr("St&art after batch:"), m_afterBatch);
    form->addRow(tr("E&xtra imapsync arguments:"), m_extraArguments);
    // A buddy must take focus itself (a focus proxy is not followed), and
    // addRow() sets none for a layout.
    if (auto *domainLabel = qobject_cast<QLabel *>(form->labelForField(domainColumn)))
        domainLabel->setBuddy(m_defaultDomain);
    if (auto *extraLabel = qobject_cast<QLabel *>(form->labelForField(m_extraArguments)))
        extraLabel->setBuddy(m_extraArguments->lineEdit());

    auto *modes = new QHBoxLayout;
    modes->addWidget(m_dryRun);
    modes->addWidget(m_justLogin);
    modes->addStretch();
    form->addRow(QString(), modes);
    return form;
}

void NewBatchDialog::connectSignals()
{
    connect(m_source, &EndpointEditor::changed, this, &NewBatchDialog::endpointsChanged);
    connect(m_destination, &EndpointEditor::changed, this, &NewBatchDialog::endpointsChanged);
    connect(m_checkButton, &QPushButton::clicked, this, &NewBatchDialog::toggleCheck);
    connect(m_check, &NewBatchCheck::runningChanged, this, &NewBatchDialog::checkRunningChanged);
    connect(m_check, &NewBatchCheck::summaryChanged, this, &NewBatchDialog::showCheckSummary);
    connect(m_swap, &QPushButton::clicked, this, &NewBatchDialog::swapEndpoints);
    connect(m_defaultDomain, &QLineEdit::textChanged, this, &NewBatchDialog::showDomainProblem);
    connect(m_extraArguments, &ExtraArgumentsField::changed, this,
            &NewBatchDialog::updateAcceptance);
    connect(m_importFile, &QPushButton::clicked, this, &NewBatchDialog::chooseFile);
    connect(m_accounts, &AccountListPanel::accountListChanged, this,
            &NewBatchDialog::accountListChanged);
    connect(m_skipRejected, &QCheckBox::toggled, this, &NewBatchDialog::updateAcceptance);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewBatchDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewBatchDialog::reject);
}

void NewBatchDialog::setSettings(Settings *settings)
{
    m_check->setSettings(settings);
}

void NewBatchDialog::setCheckQuestionAsker(CheckQuestionAsker asker)
{
    m_check->setAsker(std::move(asker));
}

bool NewBatchDialog::isChecking() const
{
    return m_check->isRunning();
}

void NewBatchDialog::toggleCheck()
{
    if (m_check->isRunning()) {
        m_check->stop();
        return;
    }
    // The list as typed, not as it was before the typing pause.
    m_accounts->reparseNow();
    if (!m_checkButton->isEnabled())
        return; // called directly, without both servers
    m_check->start();
}

// Another server makes the check's results stale; the check itself tells.
void NewBatchDialog::endpointsChanged()
{
    m_check->setEndpoints(m_source->endpoint(), m_destination->endpoint());
    updateAcceptance();
}

void NewBatchDialog::checkRunningChanged(bool running)
{
    updateCheckButton();
    // The results are longer than the headers: make room once they are in.
    auto *preview = m_accounts->findChild<QTableView *>();
    if (!running && preview) {
        preview->resizeColumnToContents(AccountPreviewModel::SourceCheckColumn);
        preview->resizeColumnToContents(AccountPreviewModel::DestinationCheckColumn);
    }
}

void NewBatchDialog::updateCheckButton()
{
    const bool running = m_check->isRunning();
    m_checkButton->setText(running ? tr("Stop &checking") : tr("&Check"));
    const QString shortcut = checkShortcut().toString(QKeySequence::NativeText);
    m_checkButton->setToolTip(
        running ? tr("Stop the check (%1).").arg(shortcut)
                : tr("Test the connection to both servers and the login of every account, "
                     "without copying anything (%1).")
                      .arg(shortcut));
    m_checkButton->setEnabled(
        running || (m_source->problem().isEmpty() && m_destination->problem().isEmpty()));
}

void NewBatchDialog::showCheckSummary()
{
    showMessage(m_checkSummary, m_check->summary());
    m_checkSummary->setToolTip(m_check->details());
}

void NewBatchDialog::swapEndpoints()
{
    m_source->swapWith(*m_destination);
}

void NewBatchDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import account list"), QString(),
                                     tr("Account lists (*.txt *.csv *.tsv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool NewBatchDialog::importFile(const QString &path)
{
    return m_accounts->importFile(path);
}

QString NewBatchDialog::domainProblem() const
{
    const QString text = m_defaultDomain->text().trimmed();
    if (text.isEmpty() || !normalizedDomainName(text).isEmpty())
        return {};
    return tr("“%1” is not a domain name such as example.com.").arg(text);
}

void NewBatchDialog::showDomainProblem()
{
    showMessage(m_domainProblem, domainProblem());
    updateAcceptance();
}

// Skipping rejected lines is a decision about these lines: another set of
// rejected lines asks again.
void NewBatchDialog::accountListChanged()
{
    const AccountList &list = m_accounts->accountList();
    const QList<int> rejected = rejectedLineNumbers(list);
    if (rejected != m_rejectedLines) {
        m_rejectedLines = rejected;
        const QSignalBlocker blocker(m_skipRejected);
        m_skipRejected->setChecked(false);
    }
    const int count = int(rejected.size());
    m_skipRejected->setText(tr("S&kip the %n rejected line(s)", nullptr, count));
    m_skipRejected->setVisible(list.isUsable() && count > 0);
    updateAcceptance();
}

QString NewBatchDialog::queueSummary() const
{
    const AccountList &list = m_accounts->accountList();
    if (!list.isUsable()) {
        return list.fatalLine > 0 ? tr("Line %1: %2").arg(list.fatalLine).arg(list.fatalError)
                                  : list.fatalError;
    }
    if (list.accounts.isEmpty() && list.errors.isEmpty() && list.duplicates.isEmpty())
        return tr("No account yet: paste a list, import a file or drop one here.");
    QStringList parts{tr("%n account(s) will be queued", nullptr, int(list.accounts.size()))};
    const int rejected = int(list.errors.size());
    if (rejected > 0) {
        parts.append(m_skipRejected->isChecked()
                         ? tr("%n rejected line(s) skipped", nullptr, rejected)
                         : tr("%n rejected line(s) to fix or skip", nullptr, rejected));
    }
    if (!list.duplicates.isEmpty())
        parts.append(tr("%n duplicate(s) skipped", nullptr, int(list.duplicates.size())));
    return parts.join(QStringLiteral("; "));
}

QString NewBatchDialog::accountsBlocker() const
{
    const AccountList &list = m_accounts->accountList();
    if (!list.isUsable())
        return tr("The account list cannot be read: import another file or paste the accounts.");
    if (list.accounts.isEmpty())
        return tr("Paste or import at least one valid account.");
    if (!list.errors.isEmpty() && !m_skipRejected->isChecked())
        return tr("Fix the rejected lines, or tick “Skip the rejected lines”.");
    return {};
}

QString NewBatchDialog::blocker() const
{
    for (const EndpointEditor *editor : {m_source, m_destination}) {
        const QString problem = editor->problem();
        if (!problem.isEmpty())
            return problem;
    }
    if (!domainProblem().isEmpty())
        return domainProblem();
    if (m_extraArguments->hasErrors())
        return tr("Correct the extra imapsync arguments.");
    return accountsBlocker();
}

void NewBatchDialog::updateAcceptance()
{
    updateCheckButton();
    const QString reason = blocker();
    m_addBatch->setEnabled(reason.isEmpty());
    showMessage(m_blocker, reason);
    m_summary->setText(queueSummary());
}

void NewBatchDialog::accept()
{
    // Enter may come before the typing pause: judge the list as typed.
    m_accounts->reparseNow();
    updateAcceptance();
    if (blocker().isEmpty())
        QDialog::accept();
}

// A closed dialog checks nothing more: its connections end with it.
void NewBatchDialog::done(int result)
{
    if (m_check->isRunning())
        m_check->stop();
    QDialog::done(result);
}

BatchSpec NewBatchDialog::spec() const
{
    BatchSpec spec;
    spec.label = m_label->text().trimmed();
    spec.source = m_source->endpoint();
    spec.destination = m_destination->endpoint();
    // imapsync then accepts exactly the certificate the user accepted, and no other.
    spec.source.certificate = m_check->acceptedCertificate(spec.source);
    spec.destination.certificate = m_check->acceptedCertificate(spec.destination);
    spec.defaultDomain = normalizedDomainName(m_defaultDomain->text());
    spec.extraArguments = m_extraArguments->arguments();
    spec.dryRun = m_dryRun->isChecked();
    spec.justLogin = m_justLogin->isChecked();
    spec.owner = currentUserName();
    const QVariant after = m_afterBatch->currentData();
    if (after.isValid())
        spec.afterBatchId = after.toLongLong();
    return spec;
}

QList<Account> NewBatchDialog::accounts() const
{
    return m_accounts->accountList().accounts;
}

void NewBatchDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!AccountListPanel::droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void NewBatchDialog::dropEvent(QDropEvent *event)
{
    const QString path = AccountListPanel::droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Not inside the drop: the encoding question is modal.
    QTimer::singleShot(0, this, [this, path] { importFile(path); });
}

} // namespace imapdesk
