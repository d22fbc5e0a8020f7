#include "ui/mainwindow.h"

#include "ui/accountlistpanel.h"
#include "version.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

namespace imapdesk {

namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString LastImportDirKey = QStringLiteral("mainWindow/lastImportDir");

QString localFileOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    return mime->urls().first().toLocalFile();
}

} // namespace

MainWindow::MainWindow(const GlobalOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_accounts(new AccountListPanel(this))
{
    setWindowTitle(tr("ImapDesk"));
    setCentralWidget(m_accounts);
    setAcceptDrops(true);
    createActions();
    statusBar()->showMessage(
        tr("Data folder: %1").arg(QDir::toNativeSeparators(m_options.dataDirectory)));
    restoreLayout();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import =
        file->addAction(tr("&Import Account List…"), this, &MainWindow::importAccountList);
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ImapDesk"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->addAction(import);
}

void MainWindow::importAccountList()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Account List"), settings.value(LastImportDirKey).toString(),
        tr("Account lists (*.txt *.csv *.tsv);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(LastImportDirKey, QFileInfo(path).absolutePath());
    m_accounts->importFile(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ImapDesk"),
                       tr("<h3>ImapDesk %1</h3>"
                          "<p>Migrates mailboxes between IMAP servers in batches with "
                          "imapsync.</p><p>Built with Qt %2, running on Qt %3.</p>")
                           .arg(QStringLiteral(IMAPDESK_VERSION), QStringLiteral(QT_VERSION_STR),
                                QString::fromLatin1(qVersion())));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(900, 640);
    restoreState(settings.value(StateKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFileOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = localFileOf(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    m_accounts->importFile(path);
}

} // namespace imapdesk
