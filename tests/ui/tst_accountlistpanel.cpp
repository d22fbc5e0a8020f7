// The account-list panel as a technician uses it: paste, import, drop, and
// the Windows-1252 question for a legacy Excel export.

#include "models/accountpreviewmodel.h"
#include "ui/accountlistpanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using imapdesk::AccountListPanel;
using imapdesk::AccountPreviewModel;

namespace {

const QString Fixtures = QStringLiteral(IMAPDESK_TEST_FIXTURES);

AccountPreviewModel *previewModel(AccountListPanel &panel)
{
    auto *view = panel.findChild<QTableView *>(QStringLiteral("preview"));
    return view ? qobject_cast<AccountPreviewModel *>(view->model()) : nullptr;
}

// Answers the next modal message box with `button` once it is shown.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    QTimer::singleShot(0, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(button, text); // not shown yet: try again
            return;
        }
        *text = box->text();
        box->button(button)->click();
    });
}

} // namespace

class TestAccountListPanel final : public QObject
{
    Q_OBJECT

private slots:
    void pastedListIsPreviewedLive();
    void defaultDomainRereadsImportedFile();
    void legacyFileIsReadAfterAsking_data();
    void legacyFileIsReadAfterAsking();
    void binaryFileIsNotOfferedAnotherEncoding();
    void droppedFileIsImported();
    void dialogCanOwnTheDefaultDomainField();
    void screenshot();
};

void TestAccountListPanel::pastedListIsPreviewedLive()
{
    AccountListPanel panel;
    auto *paste = panel.findChild<QPlainTextEdit *>(QStringLiteral("pasteBox"));
    QVERIFY(paste);
    paste->setPlainText(QStringLiteral("alice@example.com Alpha-1\nbob@example.com\n"));
    AccountPreviewModel *model = previewModel(panel);
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(model->rowKind(1), AccountPreviewModel::RowKind::Rejected);
    auto *summary = panel.findChild<QLabel *>(QStringLiteral("summary"));
    QVERIFY2(summary->text().contains(QStringLiteral("Accounts ready: 1 · Rejected lines: 1")),
             qPrintable(summary->text()));
}

void TestAccountListPanel::defaultDomainRereadsImportedFile()
{
    AccountListPanel panel;
    QVERIFY(panel.importFile(Fixtures + QStringLiteral("/cli/good.txt")));
    QCOMPARE(panel.accountList().accounts.size(), 3);
    QCOMPARE(panel.accountList().accounts.at(2).user1, QStringLiteral("carol"));
    panel.findChild<QLineEdit *>(QStringLiteral("defaultDomain"))
        ->setText(QStringLiteral("example.net"));
    QTRY_COMPARE(panel.accountList().accounts.at(2).user1, QStringLiteral("carol@example.net"));
    // Still the file, not the (empty) paste box.
    QCOMPARE(panel.accountList().accounts.size(), 3);
}

void TestAccountListPanel::legacyFileIsReadAfterAsking_data()
{
    QTest::addColumn<QMessageBox::StandardButton>("answer");
    QTest::addColumn<int>("accounts");
    QTest::newRow("yes") << QMessageBox::Yes << 2;
    QTest::newRow("no") << QMessageBox::No << 0;
}

void TestAccountListPanel::legacyFileIsReadAfterAsking()
{
    QFETCH(QMessageBox::StandardButton, answer);
    QFETCH(int, accounts);
    AccountListPanel panel;
    QString question;
    answerNextMessageBox(answer, &question);
    const bool usable = panel.importFile(Fixtures + QStringLiteral("/accounts/windows-1252.csv"));
    QVERIFY2(question.contains(QStringLiteral("Windows-1252")), qPrintable(question));
    QCOMPARE(usable, accounts > 0);
    QCOMPARE(panel.accountList().accounts.size(), accounts);
    if (accounts > 0)
        QVERIFY(panel.accountList().accounts.at(0).user1.contains(QStringLiteral("ü")));
}

void TestAccountListPanel::binaryFileIsNotOfferedAnotherEncoding()
{
    AccountListPanel panel;
    QVERIFY(!panel.importFile(Fixtures + QStringLiteral("/accounts/binary.bin")));
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(!panel.accountList().isUsable());
    auto *summary = panel.findChild<QLabel *>(QStringLiteral("summary"));
    QVERIFY2(summary->text().contains(QStringLiteral("binary")), qPrintable(summary->text()));
}

// What a drop on the window or the dialog carries: one local file, or nothing.
void TestAccountListPanel::droppedFileIsImported()
{
    QMimeData mime;
    const QString path = Fixtures + QStringLiteral("/cli/good.txt");
    mime.setUrls({QUrl::fromLocalFile(path)});
    QCOMPARE(AccountListPanel::droppedFile(&mime), path);
    AccountListPanel panel;
    QVERIFY(panel.importFile(AccountListPanel::droppedFile(&mime)));
    QCOMPARE(panel.accountList().accounts.size(), 3);
    QMimeData two;
    two.setUrls({QUrl::fromLocalFile(path), QUrl::fromLocalFile(path)});
    QVERIFY(AccountListPanel::droppedFile(&two).isEmpty());
}

// The new-batch dialog has one default domain field, its own, driving the panel.
void TestAccountListPanel::dialogCanOwnTheDefaultDomainField()
{
    QWidget dialog;
    auto *field = new QLineEdit(&dialog);
    auto *panel = new AccountListPanel(&dialog);
    panel->setDefaultDomainField(field);
    QCOMPARE(panel->findChildren<QLineEdit *>().size(), 0);
    QSignalSpy changed(panel, &AccountListPanel::accountListChanged);
    panel->findChild<QPlainTextEdit *>(QStringLiteral("pasteBox"))
        ->setPlainText(QStringLiteral("carol Charlie-Secret-4\n"));
    field->setText(QStringLiteral("Example.NET"));
    panel->reparseNow(); // no wait for the typing pause
    QCOMPARE(changed.size(), 1);
    QCOMPARE(panel->accountList().accounts.value(0).user1, QStringLiteral("carol@example.net"));
    panel->reparseNow(); // nothing pending: nothing re-read
    QCOMPARE(changed.size(), 1);
}

// Kept as a test artifact for people to look at; not compared pixel by pixel.
void TestAccountListPanel::screenshot()
{
    AccountListPanel panel;
    panel.resize(900, 560);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *paste = panel.findChild<QPlainTextEdit *>(QStringLiteral("pasteBox"));
    paste->setPlainText(QStringLiteral("# helpdesk ticket 4711\n"
                                       "alice@example.com Alpha-Secret-1\n"
                                       "bob@example.com Bravo#2 robert@example.org \"Bravo 3\"\n"
                                       "dave@example.com\n"
                                       "ALICE@example.com Other-4\n"));
    QTRY_COMPARE(panel.accountList().accounts.size(), 2);
    const QString folder = qEnvironmentVariable("IMAPDESK_TEST_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(folder);
    QVERIFY(panel.grab().save(QDir(folder).filePath(QStringLiteral("account-preview.png"))));
}

QTEST_MAIN(TestAccountListPanel)
#include "tst_accountlistpanel.moc"
