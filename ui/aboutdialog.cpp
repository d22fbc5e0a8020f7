#include "ui/aboutdialog.h"

#include "imapsync/imapsynclocator.h"
#include "imapsync/imapsyncprobe.h"
#include "imapsync/imapsyncversion.h"
#include "ui/icons.h"
#include "version.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

#include <utility>

namespace imapdesk {

namespace {

const QString ImapsyncSite = QStringLiteral("https://imapsync.lamiral.info/");
const int IconSize = 64;
const int MinimumWidthInCharacters = 72; // a path and a version on one line

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // paths and messages are not markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The program and its version; a version older than the oldest one known to
// work gets the warning on a line of its own.
QString imapsyncText(const QString &program, const ImapsyncProbeResult &result)
{
    if (!result.ok())
        return AboutDialog::tr("%1, version unknown: %2").arg(nativePath(program), result.error);
    QString text =
        AboutDialog::tr("%1, version %2").arg(nativePath(program), result.version.toString());
    if (const QString warning = imapsyncVersionWarning(result.version); !warning.isEmpty())
        text += u'\n' + warning;
    return text;
}

} // namespace

AboutDialog::AboutDialog(const Context &context, QWidget *parent)
    : QDialog(parent)
    , m_layout(new QVBoxLayout(this))
{
    setWindowTitle(tr("About ImapDesk"));
    setWindowIcon(icon(IconId::Application));
    createHeader();
    createFacts(context);
    createFooter();
    findImapsync(context.imapsyncPath);
    setMinimumWidth(fontMetrics().averageCharWidth() * MinimumWidthInCharacters);
}

AboutDialog::~AboutDialog()
{
    // Closed before imapsync answered: end it here rather than in ~QProcess,
    // which warns about a process destroyed while running.
    for (QProcess *probe : findChildren<QProcess *>(Qt::FindDirectChildrenOnly)) {
        probe->kill();
        probe->waitForFinished(1000);
    }
}

void AboutDialog::createHeader()
{
    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(
        icon(IconId::Application).pixmap(QSize(IconSize, IconSize), devicePixelRatioF()));
    auto *title = new QLabel(tr("ImapDesk %1").arg(QStringLiteral(IMAPDESK_VERSION)), this);
    title->setObjectName(QStringLiteral("versionLabel"));
    title->setTextFormat(Qt::PlainText);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    auto *description =
        new QLabel(tr("Migrates mailboxes between IMAP servers in batches with imapsync."), this);
    description->setWordWrap(true);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(description);
    auto *header = new QHBoxLayout;
    header->addWidget(iconLabel, 0, Qt::AlignTop);
    header->addLayout(text, 1);
    m_layout->addLayout(header);
}

void AboutDialog::createFacts(const Context &context)
{
    auto *form = new QFormLayout;
    m_layout->addLayout(form);
    addFact(tr("Qt:"), tr("built with %1, running %2")
                           .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    addFact(tr("System:"), QStringLiteral("%1 (%2)").arg(QSysInfo::prettyProductName(),
                                                         QSysInfo::currentCpuArchitecture()));
    m_imapsync = addFact(tr("imapsync:"), tr("checking…"));
    m_imapsync->setObjectName(QStringLiteral("imapsyncValue"));
    addFact(tr("Data folder:"), nativePath(context.dataDirectory));
    addFact(tr("Database:"), context.database);
    for (const auto &[name, value] : std::as_const(m_facts))
        form->addRow(name, value);
}

QLabel *AboutDialog::addFact(const QString &name, const QString &value)
{
    QLabel *label = selectableLabel(value, this);
    m_facts.append({name, label});
    return label;
}

void AboutDialog::createFooter()
{
    auto *link = new QLabel(
        tr("imapsync, by Gilles Lamiral: <a href=\"%1\">%1</a>").arg(ImapsyncSite), this);
    link->setTextFormat(Qt::RichText);
    link->setOpenExternalLinks(true);
    link->setWordWrap(true);
    m_layout->addWidget(link);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyButton"));
    copy->setToolTip(tr("Copy these facts as plain text, for a support ticket"));
    copy->setIcon(icon(IconId::CopySummary));
    connect(copy, &QPushButton::clicked, this, &AboutDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_layout->addWidget(buttons);
}

void AboutDialog::findImapsync(const QString &configuredPath)
{
    const ImapsyncLocation location = locateImapsync(
        configuredPath, QCoreApplication::applicationDirPath(), systemPathDirectories());
    if (!location.found()) {
        setImapsyncText(tr("not found: %1").arg(location.error));
        return;
    }
    // The label may be gone when the probe answers from a dialog being destroyed.
    const QString program = location.program;
    const QPointer<QLabel> label = m_imapsync;
    probeImapsyncVersion(program, this, [label, program](const ImapsyncProbeResult &result) {
        if (!label)
            return;
        label->setText(imapsyncText(program, result));
    });
}

void AboutDialog::setImapsyncText(const QString &text)
{
    m_imapsync->setText(text);
}

QString AboutDialog::supportText() const
{
    QStringList lines{tr("ImapDesk %1").arg(QStringLiteral(IMAPDESK_VERSION))};
    for (const auto &[name, value] : m_facts)
        lines << name + u' ' + value->text();
    return lines.join(u'\n') + u'\n';
}

void AboutDialog::copyToClipboard()
{
    QApplication::clipboard()->setText(supportText());
}

} // namespace imapdesk
