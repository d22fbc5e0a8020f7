#include "ui/accountlistpanel.h"

#include "models/accountpreviewmodel.h"
#include "util/domainname.h"

#include <QBuffer>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QTextCursor>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace imapdesk {

namespace {

// Long enough to let a technician finish typing, short enough to feel live.
constexpr int ReparseDelayMs = 250;

const QString SampleList = QStringLiteral(":/samples/accounts-sample.txt");

} // namespace

AccountListPanel::AccountListPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new AccountPreviewModel(this))
{
    buildLayout();
    m_reparseTimer = new QTimer(this);
    m_reparseTimer->setSingleShot(true);
    m_reparseTimer->setInterval(ReparseDelayMs);
    connect(m_reparseTimer, &QTimer::timeout, this, &AccountListPanel::reparse);
    connect(m_pasteBox, &QPlainTextEdit::textChanged, this, &AccountListPanel::pastedTextEdited);
    connect(m_defaultDomain, &QLineEdit::textChanged, m_reparseTimer, qOverload<>(&QTimer::start));
    connect(m_defaultDomain, &QLineEdit::textChanged, this, &AccountListPanel::showDomainValidity);
}

void AccountListPanel::buildLayout()
{
    m_defaultDomain = new QLineEdit(this);
    m_defaultDomain->setObjectName(QStringLiteral("defaultDomain"));
    m_defaultDomain->setPlaceholderText(tr("example.com (optional)"));
    m_defaultDomain->setClearButtonEnabled(true);

    m_pasteBox = new QPlainTextEdit(this);
    m_pasteBox->setObjectName(QStringLiteral("pasteBox"));
    m_pasteBox->setPlaceholderText(
        tr("Paste accounts here, one per line:\n"
           "user1 password1\n"
           "user1 password1 user2 password2\n"
           "Separators: spaces, tabs, comma, semicolon or |. Quote passwords with spaces.\n"
           "Or import a .txt, .csv or .tsv file (Ctrl+O), or drop it on the window."));
    m_pasteBox->setLineWrapMode(QPlainTextEdit::NoWrap);
    // Tab moves on (keyboard users); pasted tabs still separate fields.
    m_pasteBox->setTabChangesFocus(true);
    // A file dropped on the paste box is imported, not pasted as its path.
    m_pasteBox->viewport()->installEventFilter(this);
    setFocusProxy(m_pasteBox);

    m_preview = new QTableView(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setModel(m_model);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setAlternatingRowColors(true);
    m_preview->verticalHeader()->hide();
    m_preview->setTabKeyNavigation(false); // arrows move between cells, Tab leaves
    m_preview->horizontalHeader()->setStretchLastSection(true);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    auto *sample = new QLabel(
        QStringLiteral("<a href=\"#sample\">%1</a>").arg(tr("Load a sample list").toHtmlEscaped()),
        this);
    sample->setObjectName(QStringLiteral("loadSample"));
    sample->setToolTip(tr("Shows the formats ImapDesk reads, in the paste box"));
    sample->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(sample, &QLabel::linkActivated, this, &AccountListPanel::loadSample);

    m_form = new QFormLayout;
    m_form->addRow(tr("&Default domain:"), m_defaultDomain);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_pasteBox);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({1, 2}); // proportions: the preview gets the larger part
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(splitter, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(sample);
    layout->addLayout(bottom);
    showList({});
}

AccountListParser::Options AccountListPanel::parserOptions() const
{
    AccountListParser::Options options;
    options.defaultDomain = normalizedDomainName(m_defaultDomain->text());
    options.encoding = m_importedEncoding;
    return options;
}

const AccountList &AccountListPanel::accountList() const
{
    return m_model->accountList();
}

void AccountListPanel::pastedTextEdited()
{
    m_importedPath.clear();
    m_importedEncoding = AccountListEncoding::Utf8;
    m_reparseTimer->start();
}

void AccountListPanel::setDefaultDomainField(QLineEdit *field)
{
    if (field == m_defaultDomain)
        return;
    int row = -1;
    QFormLayout::ItemRole role{};
    m_form->getWidgetPosition(m_defaultDomain, &row, &role);
    if (row >= 0)
        m_form->removeRow(row); // deletes the panel's own label and field
    m_defaultDomain = field;
    connect(field, &QLineEdit::textChanged, m_reparseTimer, qOverload<>(&QTimer::start));
    m_reparseTimer->start();
}

void AccountListPanel::setSummaryVisible(bool visible)
{
    m_summary->setVisible(visible);
}

void AccountListPanel::reparseNow()
{
    if (!m_reparseTimer->isActive())
        return;
    m_reparseTimer->stop();
    reparse();
}

void AccountListPanel::loadSample()
{
    QFile file(SampleList);
    if (!file.open(QIODevice::ReadOnly))
        return; // compiled in: cannot happen
    // Through the cursor, not setPlainText(), which would forget the undo history.
    QTextCursor cursor(m_pasteBox->document());
    cursor.beginEditBlock(); // one step to undo
    cursor.select(QTextCursor::Document);
    cursor.insertText(QString::fromUtf8(file.readAll()));
    cursor.endEditBlock();
    m_pasteBox->setFocus();
}

// Only for the panel's own field: a dialog that owns the field says it itself.
void AccountListPanel::showDomainValidity()
{
    const bool domainOk = m_defaultDomain->text().trimmed().isEmpty() ||
                          !normalizedDomainName(m_defaultDomain->text()).isEmpty();
    m_defaultDomain->setToolTip(domainOk ? QString() : tr("Not a domain name such as example.com"));
}

void AccountListPanel::reparse()
{
    if (!m_importedPath.isEmpty()) {
        QString openError;
        const AccountList list = parseImportedFile(&openError);
        if (openError.isEmpty())
            showList(list);
        return;
    }
    QByteArray bytes = m_pasteBox->toPlainText().toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    showList(parseAccountList(buffer, parserOptions()));
}

AccountList AccountListPanel::parseImportedFile(QString *openError) const
{
    QFile file(m_importedPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *openError = tr("Cannot read %1:\n%2").arg(m_importedPath, file.errorString());
        return {};
    }
    return parseAccountList(file, parserOptions());
}

void AccountListPanel::showList(const AccountList &list)
{
    m_model->setAccountList(list);
    m_preview->resizeColumnsToContents();
    QString text;
    if (!list.isUsable()) {
        text = list.fatalLine > 0 ? tr("Line %1: %2").arg(list.fatalLine).arg(list.fatalError)
                                  : list.fatalError;
    } else {
        text = tr("Accounts ready: %1 · Rejected lines: %2 · Duplicates: %3")
                   .arg(list.accounts.size())
                   .arg(list.errors.size())
                   .arg(list.duplicates.size());
    }
    m_summary->setText(text);
    emit accountListChanged();
}

bool AccountListPanel::importFile(const QString &path)
{
    m_importedPath = path;
    m_importedEncoding = AccountListEncoding::Utf8;
    QString openError;
    AccountList list = parseImportedFile(&openError);
    if (openError.isEmpty() && list.fatalProblem == AccountListProblem::NotUtf8 &&
        askForLegacyEncoding(list)) {
        m_importedEncoding = AccountListEncoding::Windows1252;
        list = parseImportedFile(&openError);
    }
    if (!openError.isEmpty()) {
        m_importedPath.clear();
        QMessageBox::warning(this, tr("Import account list"), openError);
        return false;
    }
    // The preview now shows the file, not the paste box.
    const QSignalBlocker blocker(m_pasteBox);
    m_pasteBox->clear();
    showList(list);
    return list.isUsable();
}

QString AccountListPanel::droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

bool AccountListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_pasteBox->viewport())
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDropEvent *>(event);
        if (droppedFile(drag->mimeData()).isEmpty())
            return false;
        drag->acceptProposedAction();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString path = droppedFile(drop->mimeData());
        if (path.isEmpty())
            return false;
        drop->acceptProposedAction();
        importLater(path);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

// Not inside the drop handler: the encoding question is modal, and a modal
// dialog during a drop blocks the application the file came from.
void AccountListPanel::importLater(const QString &path)
{
    QTimer::singleShot(0, this, [this, path] { importFile(path); });
}

// Excel's plain "CSV" export is Windows-1252, not UTF-8. Reading it so is
// only a guess, and a wrong guess changes passwords: ask first.
bool AccountListPanel::askForLegacyEncoding(const AccountList &failed)
{
    const QString problem = tr("Line %1: %2").arg(failed.fatalLine).arg(failed.fatalError);
    const auto answer = QMessageBox::question(
        this, tr("Import account list"),
        tr("%1 is not UTF-8 text.\n\n%2\n\nRead it as Windows-1252 (Western European) "
           "instead? Check the preview carefully: a wrong guess changes accented characters "
           "in passwords.")
            .arg(QDir::toNativeSeparators(m_importedPath), problem),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}

} // namespace imapdesk
