#include "ui/imapsyncsetuppanel.h"

#include "imapsync/imapsynclocator.h"
#include "settings/settings.h"
#include "ui/icons.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace imapdesk {

namespace {

const QString InstallPage = QStringLiteral("https://imapsync.lamiral.info/#install");
constexpr int IconSize = 48;

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    return label;
}

// Where the file dialog opens: the configured program's folder, else where
// a browser saves a download. Never a missing folder: the dialog would offer
// its name as the file to open.
QString startFolder(const QString &configured)
{
    const QStringList candidates{
        configured.isEmpty() ? QString() : QFileInfo(configured).absolutePath(),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)};
    for (const QString &folder : candidates) {
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return folder;
    }
    return QDir::homePath();
}

} // namespace

ImapsyncSetupPanel::ImapsyncSetupPanel(Settings &settings, QWidget *parent)
    : QFrame(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("imapsyncSetup"));
    setFrameShape(QFrame::StyledPanel);
    // Set apart from the tables below, in the colours of the current palette.
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    buildLayout();
}

void ImapsyncSetupPanel::buildLayout()
{
    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(
        icon(IconId::Application).pixmap(QSize(IconSize, IconSize), devicePixelRatioF()));
    auto *title = new QLabel(tr("ImapDesk needs imapsync"), this);
    title->setObjectName(QStringLiteral("imapsyncSetupTitle"));
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    title->setFont(font);
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("imapsyncSetupClose"));
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide until ImapDesk checks imapsync again"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);

    auto *about = wrappedLabel(
        tr("ImapDesk copies mailboxes with <a href=\"%1\">imapsync</a>, a free command-line "
           "tool by Gilles Lamiral: it copies every folder and message of a mailbox from one "
           "IMAP server to another, and when run again copies only what changed. ImapDesk "
           "runs one imapsync per mailbox. Until it is there, batches wait; the history, the "
           "logs and the settings work as usual.")
            .arg(InstallPage),
        this);
    auto *install = wrappedLabel(installInstructions(), this);
    install->setObjectName(QStringLiteral("imapsyncInstall"));
    m_problem = wrappedLabel(QString(), this);
    m_problem->setObjectName(QStringLiteral("imapsyncProblem"));
    m_problem->setTextFormat(Qt::PlainText); // paths and messages are not markup
    m_problem->setForegroundRole(QPalette::PlaceholderText);

    m_choose = new QPushButton(tr("&Choose imapsync…"), this);
    m_choose->setObjectName(QStringLiteral("chooseImapsync"));
    m_choose->setToolTip(tr("Saved in Settings → imapsync"));
    m_checkAgain = new QPushButton(tr("Check &Again"), this);
    m_checkAgain->setObjectName(QStringLiteral("checkImapsyncAgain"));
    m_checkAgain->setToolTip(tr("Look for imapsync again, e.g. after installing it"));
    connect(m_choose, &QPushButton::clicked, this, &ImapsyncSetupPanel::chooseProgram);
    connect(m_checkAgain, &QPushButton::clicked, this, &ImapsyncSetupPanel::checkRequested);

    auto *heading = new QHBoxLayout;
    heading->addWidget(title, 1);
    heading->addWidget(close, 0, Qt::AlignTop);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_checkAgain);
    buttons->addStretch(1);
    auto *text = new QVBoxLayout;
    text->addLayout(heading);
    text->addWidget(about);
    text->addWidget(install);
    text->addWidget(m_problem);
    text->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(iconLabel, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
}

QString ImapsyncSetupPanel::installInstructions()
{
#if defined(Q_OS_WIN)
    return tr("<b>On Windows:</b> download imapsync.exe from <a href=\"%1\">imapsync's site</a>, "
              "put it next to imapdesk.exe or in any folder, then choose it here.")
        .arg(InstallPage);
#elif defined(Q_OS_MACOS)
    return tr("<b>On macOS:</b> install <a href=\"https://brew.sh/\">Homebrew</a>, run "
              "<tt>brew install imapsync</tt> in Terminal, then click Check Again. Or download "
              "it from <a href=\"%1\">imapsync's site</a> and choose it here.")
        .arg(InstallPage);
#else
    return tr("<b>On Linux:</b> Debian and Ubuntu do not package imapsync. Download it from "
              "<a href=\"%1\">imapsync's site</a>, install the Perl modules its "
              "INSTALL.Debian.txt lists, make it executable (<tt>chmod +x imapsync</tt>) and "
              "put it in <tt>/usr/local/bin</tt>, then click Check Again; or choose the file "
              "here.")
        .arg(InstallPage);
#endif
}

void ImapsyncSetupPanel::setProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void ImapsyncSetupPanel::setChecking(bool checking)
{
    m_choose->setEnabled(!checking);
    m_checkAgain->setEnabled(!checking);
}

void ImapsyncSetupPanel::chooseProgram()
{
#if defined(Q_OS_WIN)
    const QString filter = tr("imapsync (imapsync.exe);;Programs (*.exe);;All files (*)");
#else
    const QString filter; // a script without an extension
#endif
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the imapsync program"), startFolder(m_settings.imapsyncPath()), filter);
    if (!path.isEmpty())
        useProgram(path);
}

// Only a program that can run is saved: a wrong choice says why and leaves
// the settings as they were.
void ImapsyncSetupPanel::useProgram(const QString &path)
{
    const ImapsyncLocation location =
        locateImapsync(path, QCoreApplication::applicationDirPath(), systemPathDirectories());
    if (!location.found()) {
        setProblem(location.error);
        return;
    }
    m_settings.setImapsyncPath(location.program);
    QString error;
    if (!m_settings.sync(&error))
        setProblem(error);
    emit checkRequested();
}

} // namespace imapdesk
