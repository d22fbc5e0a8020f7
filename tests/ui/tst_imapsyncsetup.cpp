// The first run without imapsync: the page in the main window that explains
// it and lets the user choose the program; then the version shown, with a
// warning for one older than the oldest known to work; and the sample list.

#include "models/batchlistmodel.h"
#include "service/migrationservice.h"
#include "settings/settings.h"
#include "ui/aboutdialog.h"
#include "ui/accountlistpanel.h"
#include "ui/imapsyncsetuppanel.h"
#include "ui/logview.h"
#include "ui/mainwindow.h"
#include "windowtesting.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace imapdesk;
using ImapDeskTest::iniSettings;
using ImapDeskTest::openSessionService;
using ImapDeskTest::stopRunningJobs;

namespace {

const QString Fake = QStringLiteral(IMAPDESK_TEST_FIXTURES "/fake-imapsync");

// A program that answers --version as imapsync `version` would.
QString makeImapsync(const QString &dir, const QString &version, bool executable = true)
{
    const QString path = QDir(dir).filePath(QStringLiteral("imapsync"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\necho " + version.toUtf8() + "\n");
    file.close();
    QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner;
    if (executable)
        permissions |= QFile::ExeOwner;
    file.setPermissions(permissions);
    return path;
}

// Picks `path` in the next file dialog once it is shown (Qt's own dialog
// under the offscreen platform).
void chooseInNextFileDialog(const QString &path)
{
    QTimer::singleShot(20, [path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            chooseInNextFileDialog(path); // not shown yet
            return;
        }
        // Typed, as a user may: selectFile() leaves a focused name field as it is.
        dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(path);
        // If the dialog refuses the file, fail on the result instead of hanging:
        // close its message box, then the dialog.
        QTimer::singleShot(2000, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->reject();
        });
        static_cast<QDialog *>(dialog)->accept(); // public there, QFileDialog's own does the work
        if (dialog->isVisible())
            dialog->reject();
    });
}

} // namespace

class TestImapsyncSetup final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void instructionsFitThisPlatform();
    void wrongChoiceIsExplainedAndNotSaved();
    void windowWithoutImapsyncShowsThePageThenRunsWhenChosen();
    void outdatedImapsyncIsWarnedAbout();
    void aboutDialogShowsVersionAndWarning();
    void sampleListShowsTheFormat();

private:
    void openService();
    void showWindow();
    QLabel *runnerLabel() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MigrationService> m_service;
    std::unique_ptr<MainWindow> m_window;
};

void TestImapsyncSetup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = iniSettings(*m_dir);
}

void TestImapsyncSetup::cleanup()
{
    m_window.reset();
    if (m_service)
        QVERIFY(stopRunningJobs(*m_service));
    m_service.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestImapsyncSetup::openService()
{
    QString error;
    m_service = openSessionService(*m_dir, &error);
    QVERIFY2(m_service, qPrintable(error));
}

void TestImapsyncSetup::showWindow()
{
    m_window = std::make_unique<MainWindow>(*m_service, *m_settings);
    QVERIFY(ImapDeskTest::showWindow(*m_window, {1100, 760}));
}

QLabel *TestImapsyncSetup::runnerLabel() const
{
    return m_window->findChild<QLabel *>(QStringLiteral("runnerState"));
}

void TestImapsyncSetup::instructionsFitThisPlatform()
{
    const QString text = ImapsyncSetupPanel::installInstructions();
#if defined(Q_OS_WIN)
    QVERIFY2(text.contains(QStringLiteral("imapsync.exe")), qPrintable(text));
#elif defined(Q_OS_MACOS)
    QVERIFY2(text.contains(QStringLiteral("brew install imapsync")), qPrintable(text));
#else
    QVERIFY2(text.contains(QStringLiteral("chmod +x imapsync")), qPrintable(text));
#endif
    QVERIFY(text.contains(QStringLiteral("https://imapsync.lamiral.info/")));
}

void TestImapsyncSetup::wrongChoiceIsExplainedAndNotSaved()
{
    ImapsyncSetupPanel panel(*m_settings);
    QSignalSpy checks(&panel, &ImapsyncSetupPanel::checkRequested);
    const QString plain = makeImapsync(m_dir->path(), QStringLiteral("2.229"), false);
    chooseInNextFileDialog(plain);
    panel.findChild<QAbstractButton *>(QStringLiteral("chooseImapsync"))->click();
    const QString problem = panel.findChild<QLabel *>(QStringLiteral("imapsyncProblem"))->text();
    QVERIFY2(problem.contains(QStringLiteral("not executable")), qPrintable(problem));
    QVERIFY(m_settings->imapsyncPath().isEmpty());
    QCOMPARE(checks.count(), 0);
}

void TestImapsyncSetup::windowWithoutImapsyncShowsThePageThenRunsWhenChosen()
{
    openService();
    showWindow();
    // What the desktop start-up does when the configured imapsync is missing.
    m_service->startRunner(m_dir->filePath(QStringLiteral("missing/imapsync")), {});
    QCOMPARE(m_service->runnerState(), MigrationService::RunnerState::Unavailable);
    auto *page = m_window->findChild<ImapsyncSetupPanel *>(QStringLiteral("imapsyncSetup"));
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible());
    const QString problem = page->findChild<QLabel *>(QStringLiteral("imapsyncProblem"))->text();
    QVERIFY2(problem.contains(QStringLiteral("does not exist")), qPrintable(problem));
    // The rest of the window works: the history is there, batches can be added.
    QVERIFY(m_window->findChild<QTableView *>(QStringLiteral("batchView"))->isVisible());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("newBatch"))->isEnabled());
    QVERIFY(m_window->logView()->isVisible());
    QTest::qWait(100);
    const QString folder = qEnvironmentVariable("IMAPDESK_TEST_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(folder);
    QVERIFY(m_window->grab().save(QDir(folder).filePath(QStringLiteral("first-run.png"))));

    chooseInNextFileDialog(Fake);
    page->findChild<QAbstractButton *>(QStringLiteral("chooseImapsync"))->click();
    QCOMPARE(m_settings->imapsyncPath(), QFileInfo(Fake).absoluteFilePath());
    QTRY_COMPARE_WITH_TIMEOUT(m_service->runnerState(), MigrationService::RunnerState::Running,
                              20000);
    QVERIFY(!page->isVisible());
    QCOMPARE(runnerLabel()->text(), QStringLiteral("imapsync 2.229"));
    // The choice lasts: it is what the settings file now says.
    QSettings stored(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QCOMPARE(stored.value(QStringLiteral("imapsync/path")).toString(),
             QFileInfo(Fake).absoluteFilePath());
}

void TestImapsyncSetup::outdatedImapsyncIsWarnedAbout()
{
    openService();
    showWindow();
    m_service->startRunner(makeImapsync(m_dir->path(), QStringLiteral("2.100")), {});
    QTRY_COMPARE_WITH_TIMEOUT(m_service->runnerState(), MigrationService::RunnerState::Running,
                              20000);
    QVERIFY2(runnerLabel()->text().contains(QStringLiteral("2.100")),
             qPrintable(runnerLabel()->text()));
    QVERIFY2(runnerLabel()->toolTip().contains(QStringLiteral("older than 2.229")),
             qPrintable(runnerLabel()->toolTip()));
    QVERIFY(!m_window->findChild<ImapsyncSetupPanel *>()->isVisible());
}

void TestImapsyncSetup::aboutDialogShowsVersionAndWarning()
{
    AboutDialog current(AboutDialog::Context{Fake, m_dir->path(), QStringLiteral("h.sqlite")});
    auto *value = current.findChild<QLabel *>(QStringLiteral("imapsyncValue"));
    QTRY_VERIFY_WITH_TIMEOUT(value->text().contains(QStringLiteral("version 2.229")), 20000);
    QVERIFY2(!value->text().contains(QStringLiteral("older")), qPrintable(value->text()));

    const QString old = makeImapsync(m_dir->path(), QStringLiteral("2.100"));
    AboutDialog outdated(AboutDialog::Context{old, m_dir->path(), QStringLiteral("h.sqlite")});
    value = outdated.findChild<QLabel *>(QStringLiteral("imapsyncValue"));
    QTRY_VERIFY_WITH_TIMEOUT(value->text().contains(QStringLiteral("version 2.100")), 20000);
    QVERIFY2(value->text().contains(QStringLiteral("older than 2.229")), qPrintable(value->text()));
}

void TestImapsyncSetup::sampleListShowsTheFormat()
{
    AccountListPanel panel;
    auto *paste = panel.findChild<QPlainTextEdit *>(QStringLiteral("pasteBox"));
    paste->setPlainText(QStringLiteral("typed@example.com Typed-1\n"));
    auto *link = panel.findChild<QLabel *>(QStringLiteral("loadSample"));
    QVERIFY(link);
    emit link->linkActivated(QStringLiteral("#sample"));
    QVERIFY(paste->toPlainText().startsWith(QStringLiteral("# ImapDesk sample account list")));
    // Every line of the sample is accepted: it shows formats that work.
    auto *summary = panel.findChild<QLabel *>(QStringLiteral("summary"));
    QTRY_VERIFY2(summary->text().contains(QStringLiteral("Accounts ready: 7 · Rejected lines: 0 "
                                                         "· Duplicates: 0")),
                 qPrintable(summary->text()));
    // What was typed before comes back with undo.
    paste->undo();
    QCOMPARE(paste->toPlainText(), QStringLiteral("typed@example.com Typed-1\n"));
}

QTEST_MAIN(TestImapsyncSetup)
#include "tst_imapsyncsetup.moc"
