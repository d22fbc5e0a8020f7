// Jobs waiting for their passwords, in the window: the Enter Passwords dialog
// on its own, then the main window's commands (Job ▸ Enter Passwords…, a
// double click, Batch ▸ Import Passwords from Account List…) with the fake
// imapsync as the runner's child, a real SQLite history and session-only
// passwords from which entries are removed.

#include "fakeimapsyncrecord.h"
#include "models/joblistmodel.h"
#include "models/tableroles.h"
#include "secrets/credentialstore.h"
#include "service/migrationservice.h"
#include "settings/settings.h"
#include "storage/jobstore.h"
#include "ui/mainwindow.h"
#include "ui/passwordsdialog.h"
#include "windowtesting.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QFile>
#include <QFileDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace imapdesk;
using ImapDeskTest::iniSettings;
using ImapDeskTest::openSessionService;
using ImapDeskTest::showWindow;
using ImapDeskTest::stopRunningJobs;
using namespace Qt::StringLiterals;

namespace {

const QString Fake = QStringLiteral(IMAPDESK_TEST_FIXTURES "/fake-imapsync");

PasswordsRequest request(int position = 1, int count = 1)
{
    return PasswordsRequest{u"alice@old.example"_s,
                            u"imap.old.example"_s,
                            u"alice@new.example"_s,
                            u"imap.new.example:1143"_s,
                            position,
                            count};
}

template<typename T>
T *child(const QObject *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

// Runs handle on the next modal dialog once it is shown. handle returns false
// while the dialog it waits for is not the active one yet.
void whenModal(const std::function<bool(QWidget *)> &handle)
{
    QTimer::singleShot(50, [handle] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !handle(modal))
            whenModal(handle);
    });
}

// What to do in each PasswordsDialog of a series, in turn.
struct DialogStep
{
    QString password1; // empty: press the button without typing
    QString password2;
    QString button; // savePasswords, skipJob or stopAsking
};

void answerPasswordDialogs(QList<DialogStep> steps, QStringList *positions)
{
    if (steps.isEmpty())
        return;
    whenModal([steps, positions](QWidget *modal) mutable {
        auto *dialog = qobject_cast<PasswordsDialog *>(modal);
        if (!dialog || !dialog->isVisible())
            return false;
        const DialogStep step = steps.takeFirst();
        if (auto *position = child<QLabel>(dialog, u"position"_s))
            *positions << position->text();
        child<QLineEdit>(dialog, u"password1"_s)->setText(step.password1);
        child<QLineEdit>(dialog, u"password2"_s)->setText(step.password2);
        child<QPushButton>(dialog, step.button)->click();
        // The next dialog is another object: wait until this one is gone.
        QTimer::singleShot(0, [steps, positions] { answerPasswordDialogs(steps, positions); });
        return true;
    });
}

QString sha256(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestPasswordsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    // The dialog alone.
    void showsWhoTheyAreFor();
    void savesOnlyBothPasswords();
    void showAndHide();
    void seriesCanBeSkippedOrStopped();
    // In the main window.
    void waitingJobIsExplainedAndGetsItsPasswords();
    void selectedJobsAreAskedAboutInTurn();
    void doubleClickAsks();
    void importFromTheAccountList();

private:
    // A batch of count accounts whose first `missing` lose their passwords
    // before the runner starts: those end in needs_password, the rest succeed.
    qint64 addWaitingBatch(int count, int missing);
    QList<JobRecord> jobs(qint64 batchId) const;
    QStringList jobStates(qint64 batchId) const;
    QTableView *jobView() const;
    void selectJobs(const QList<qint64> &jobIds);
    QModelIndex jobIndex(qint64 jobId, int column = 0) const;
    QHash<QString, QJsonObject> lastRecordByUser() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MigrationService> m_service;
    std::unique_ptr<MainWindow> m_window;
};

void TestPasswordsDialog::initTestCase()
{
    // Qt's own file dialog, which a test can fill in.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
}

void TestPasswordsDialog::showsWhoTheyAreFor()
{
    PasswordsDialog dialog(request());
    dialog.show();
    QCOMPARE(child<QLabel>(&dialog, u"source"_s)->text(),
             u"alice@old.example on imap.old.example"_s);
    QCOMPARE(child<QLabel>(&dialog, u"destination"_s)->text(),
             u"alice@new.example on imap.new.example:1143"_s);
    // One job: no count, nothing to skip, Cancel stops.
    QVERIFY(!child<QLabel>(&dialog, u"position"_s));
    QVERIFY(!child<QPushButton>(&dialog, u"skipJob"_s));
    QVERIFY(child<QPushButton>(&dialog, u"stopAsking"_s));
    for (const QString &name : {u"password1"_s, u"password2"_s})
        QCOMPARE(child<QLineEdit>(&dialog, name)->echoMode(), QLineEdit::Password);
}

void TestPasswordsDialog::savesOnlyBothPasswords()
{
    PasswordsDialog dialog(request());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *save = child<QPushButton>(&dialog, u"savePasswords"_s);
    auto *first = child<QLineEdit>(&dialog, u"password1"_s);
    auto *second = child<QLineEdit>(&dialog, u"password2"_s);
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(first, u"Old secret 1"_s);
    QVERIFY(!save->isEnabled());
    QTest::keyClick(first, Qt::Key_Return); // one Enter too early saves nothing
    QVERIFY(dialog.isVisible());
    QTest::keyClicks(second, u"0"_s);
    QVERIFY(save->isEnabled());
    QTest::keyClick(second, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.credentials(), (JobCredentials{u"Old secret 1"_s, u"0"_s}));
}

void TestPasswordsDialog::showAndHide()
{
    PasswordsDialog dialog(request());
    auto *show = child<QCheckBox>(&dialog, u"showPasswords"_s);
    QVERIFY(!show->isChecked());
    show->setChecked(true);
    for (const QString &name : {u"password1"_s, u"password2"_s})
        QCOMPARE(child<QLineEdit>(&dialog, name)->echoMode(), QLineEdit::Normal);
    show->setChecked(false);
    for (const QString &name : {u"password1"_s, u"password2"_s})
        QCOMPARE(child<QLineEdit>(&dialog, name)->echoMode(), QLineEdit::Password);
}

void TestPasswordsDialog::seriesCanBeSkippedOrStopped()
{
    {
        PasswordsDialog dialog(request(2, 5));
        QCOMPARE(child<QLabel>(&dialog, u"position"_s)->text(), u"Job 2 of 5"_s);
        QTimer::singleShot(0, &dialog,
                           [&dialog] { child<QPushButton>(&dialog, u"skipJob"_s)->click(); });
        QCOMPARE(dialog.exec(), int(PasswordsDialog::Skipped));
    }
    {
        PasswordsDialog dialog(request(3, 5));
        QTimer::singleShot(0, &dialog,
                           [&dialog] { child<QPushButton>(&dialog, u"stopAsking"_s)->click(); });
        QCOMPARE(dialog.exec(), int(QDialog::Rejected));
    }
}

// Every test gets a window; the first ones only use the dialog alone.
void TestPasswordsDialog::init()
{
    qputenv("FAKE_IMAPSYNC_MESSAGES", "4");
    qunsetenv("FAKE_IMAPSYNC_DELAY");
    m_dir = std::make_unique<QTemporaryDir>();
    qputenv("FAKE_IMAPSYNC_RECORD", m_dir->filePath(u"record.jsonl"_s).toLocal8Bit());
    m_settings = iniSettings(*m_dir);
    QString error;
    m_service = openSessionService(*m_dir, &error);
    QVERIFY2(m_service, qPrintable(error));
    m_window = std::make_unique<MainWindow>(*m_service, *m_settings);
    QVERIFY(showWindow(*m_window, {1200, 800}));
}

void TestPasswordsDialog::cleanup()
{
    m_window.reset();
    QVERIFY(stopRunningJobs(*m_service));
    m_service.reset();
    m_settings.reset();
    m_dir.reset();
    qunsetenv("FAKE_IMAPSYNC_RECORD");
}

qint64 TestPasswordsDialog::addWaitingBatch(int count, int missing)
{
    BatchSpec spec;
    spec.label = u"needs passwords"_s;
    spec.source.host = u"imap.src.example"_s;
    spec.source.security = Security::None;
    spec.destination.host = u"imap.dst.example"_s;
    spec.destination.security = Security::None;
    spec.owner = u"tester"_s;
    QList<Account> accounts;
    for (int i = 0; i < count; ++i) {
        const QString user = u"user%1@src.example"_s.arg(i);
        accounts << Account{i + 1, user, u"old pw %1"_s.arg(i), user, u"old pw %1"_s.arg(i)};
    }
    qint64 batchId = 0;
    m_service->addBatch(spec, accounts, [&batchId](const StoreResult<qint64> &added) {
        batchId = added.ok() ? added.value() : -1;
    });
    if (!QTest::qWaitFor([&batchId] { return batchId != 0; }, 10000) || batchId < 0)
        return 0;
    const QList<JobRecord> list = jobs(batchId);
    int removed = 0;
    for (int i = 0; i < missing; ++i) {
        m_service->credentials().remove(
            CredentialRef::fromString(m_service->store().databaseId(), list.at(i).credentialRef),
            this, [&removed](const CredentialStatus &) { ++removed; });
    }
    if (!QTest::qWaitFor([&] { return removed == missing; }, 10000))
        return 0;
    SchedulerSettings limits;
    limits.concurrency = 2;
    m_service->startRunner(Fake, limits);
    QStringList expected;
    for (int i = 0; i < count; ++i)
        expected << (i < missing ? u"needs_password"_s : u"succeeded"_s);
    if (!QTest::qWaitFor([&] { return jobStates(batchId) == expected; }, 30000))
        return 0;
    m_window->selectBatch(batchId);
    return batchId;
}

QList<JobRecord> TestPasswordsDialog::jobs(qint64 batchId) const
{
    const auto list = m_service->store().jobs(batchId);
    return list.ok() ? list.value() : QList<JobRecord>();
}

QStringList TestPasswordsDialog::jobStates(qint64 batchId) const
{
    QStringList states;
    for (const JobRecord &job : jobs(batchId))
        states << jobStateName(job.state);
    return states;
}

QTableView *TestPasswordsDialog::jobView() const
{
    return m_window->findChild<QTableView *>(u"jobView"_s);
}

QModelIndex TestPasswordsDialog::jobIndex(qint64 jobId, int column) const
{
    const QAbstractItemModel *model = jobView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data(IdRole).toLongLong() == jobId)
            return index;
    }
    return {};
}

void TestPasswordsDialog::selectJobs(const QList<qint64> &jobIds)
{
    QItemSelectionModel *selection = jobView()->selectionModel();
    selection->clearSelection();
    for (qint64 jobId : jobIds)
        selection->select(jobIndex(jobId), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

QHash<QString, QJsonObject> TestPasswordsDialog::lastRecordByUser() const
{
    return ImapDeskTest::lastFakeRunByUser1(m_dir->filePath(u"record.jsonl"_s));
}

void TestPasswordsDialog::waitingJobIsExplainedAndGetsItsPasswords()
{
    const qint64 batchId = addWaitingBatch(2, 1);
    QVERIFY(batchId > 0);
    const qint64 waiting = jobs(batchId).at(0).id;
    const qint64 done = jobs(batchId).at(1).id;
    QTRY_VERIFY(jobIndex(waiting).isValid());
    // The table says why it waits, and what to do.
    QTRY_COMPARE(jobIndex(waiting, JobListModel::StateColumn).data().toString(),
                 u"Needs password"_s);
    const QString result = jobIndex(waiting, JobListModel::VerdictColumn).data().toString();
    QVERIFY2(result.contains(u"keychain"_s), qPrintable(result));
    QVERIFY(jobIndex(waiting, JobListModel::StateColumn).data(Qt::DecorationRole).isValid());

    auto *enter = m_window->findChild<QAction *>(u"enterPasswords"_s);
    auto *import = m_window->findChild<QAction *>(u"importPasswords"_s);
    QTRY_VERIFY(import->isEnabled());
    selectJobs({done});
    QVERIFY(!enter->isEnabled());
    selectJobs({done, waiting});
    QVERIFY(enter->isEnabled());

    QStringList positions;
    answerPasswordDialogs({{u"new pw s\u00ebcret"_s, u"new pw 2"_s, u"savePasswords"_s}},
                          &positions);
    enter->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(jobStates(batchId), (QStringList{u"succeeded"_s, u"succeeded"_s}),
                              30000);
    QVERIFY(positions.isEmpty()); // one job waited: no "Job 1 of 1"
    const QJsonObject record = lastRecordByUser().value(u"user0@src.example"_s);
    QCOMPARE(record.value(u"password1_sha256"_s).toString(), sha256(u"new pw s\u00ebcret"_s));
    QCOMPARE(record.value(u"password2_sha256"_s).toString(), sha256(u"new pw 2"_s));
    QTRY_VERIFY(!import->isEnabled());
}

void TestPasswordsDialog::selectedJobsAreAskedAboutInTurn()
{
    const qint64 batchId = addWaitingBatch(3, 3);
    QVERIFY(batchId > 0);
    QList<qint64> ids;
    for (const JobRecord &job : jobs(batchId))
        ids << job.id;
    QTRY_VERIFY(jobIndex(ids.last()).isValid());
    selectJobs(ids);
    QStringList positions;
    answerPasswordDialogs({{QString(), QString(), u"skipJob"_s},
                           {u"pw b"_s, u"pw b"_s, u"savePasswords"_s},
                           {QString(), QString(), u"stopAsking"_s}},
                          &positions);
    m_window->findChild<QAction *>(u"enterPasswords"_s)->trigger();
    QCOMPARE(positions, (QStringList{u"Job 1 of 3"_s, u"Job 2 of 3"_s, u"Job 3 of 3"_s}));
    QTRY_COMPARE_WITH_TIMEOUT(
        jobStates(batchId), (QStringList{u"needs_password"_s, u"succeeded"_s, u"needs_password"_s}),
        30000);
}

void TestPasswordsDialog::doubleClickAsks()
{
    const qint64 batchId = addWaitingBatch(1, 1);
    QVERIFY(batchId > 0);
    const qint64 waiting = jobs(batchId).at(0).id;
    QTRY_VERIFY(jobIndex(waiting).isValid());
    QStringList positions;
    answerPasswordDialogs({{u"dbl 1"_s, u"dbl 2"_s, u"savePasswords"_s}}, &positions);
    QTableView *view = jobView();
    const QPoint at = view->visualRect(jobIndex(waiting)).center();
    // Qt 6's mouseDClick() alone sends no first click: the view sees no double click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE_WITH_TIMEOUT(jobStates(batchId), QStringList{u"succeeded"_s}, 30000);
}

void TestPasswordsDialog::importFromTheAccountList()
{
    const qint64 batchId = addWaitingBatch(3, 2);
    QVERIFY(batchId > 0);
    const QString list = m_dir->filePath(u"accounts.csv"_s);
    QFile file(list);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("user1,password1,user2,password2\n"
               "user0@src.example,imported 0,user0@src.example,imported 0b\n"
               "stranger@src.example,x,stranger@src.example,y\n"
               "USER1@SRC.EXAMPLE,imported 1,user1@src.example,imported 1b\n"
               "user2@src.example,not used,user2@src.example,not used\n");
    file.close();

    whenModal([list](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        if (!dialog)
            return false;
        // Typed, as a user would: selectFile() waits for the folder to load.
        dialog->findChild<QLineEdit *>(u"fileNameEdit"_s)->setText(list);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own is protected
        return true;
    });
    m_window->findChild<QAction *>(u"importPasswords"_s)->trigger();
    // Shared: a handler still polling after a failed test must not write to the stack.
    auto summary = std::make_shared<QString>();
    whenModal([summary](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box)
            return false;
        *summary = box->text();
        box->accept();
        return true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(!summary->isEmpty(), 10000);
    QVERIFY2(summary->contains(u"2 job(s) got their passwords"_s), qPrintable(*summary));
    QVERIFY2(summary->contains(u"1 line(s) of the list matched no job"_s), qPrintable(*summary));
    QVERIFY2(summary->contains(u"0 job(s) still wait"_s), qPrintable(*summary));
    QTRY_COMPARE_WITH_TIMEOUT(jobStates(batchId),
                              (QStringList{u"succeeded"_s, u"succeeded"_s, u"succeeded"_s}), 30000);
    const QHash<QString, QJsonObject> records = lastRecordByUser();
    QCOMPARE(records.value(u"user1@src.example"_s).value(u"password2_sha256"_s).toString(),
             sha256(u"imported 1b"_s));
    // The job that had its passwords kept them.
    QCOMPARE(records.value(u"user2@src.example"_s).value(u"password1_sha256"_s).toString(),
             sha256(u"old pw 2"_s));
}

QTEST_MAIN(TestPasswordsDialog)
#include "tst_passwordsdialog.moc"
