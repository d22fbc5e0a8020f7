// The new-batch dialog's "Check" against private Dovecot servers: certificates to accept
// (and remembered), logins that fail with the server's words, unreachable and unencrypted
// servers, stopping, and results that go stale when the servers or the accounts change.

#include "dovecotserver.h"
#include "models/accountpreviewmodel.h"
#include "net/tlscertificate.h"
#include "settings/settings.h"
#include "ui/accountlistpanel.h"
#include "ui/newbatchdialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace imapdesk;
using ImapDeskTest::DovecotServer;
using ImapDeskTest::unusedPort;

namespace {

constexpr int kCheckTimeoutMs = 30000;

const QString AlicePassword = QStringLiteral("Alpha-Secret-1");
const QString BobPassword = QStringLiteral("Bravo-Secret-2");
const QString WrongPassword = QStringLiteral("Wrong-Secret-3");

template<typename T>
T *child(const QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

void setEndpoint(NewBatchDialog &dialog, const char *sideName, const QString &host, quint16 port,
                 Security security)
{
    auto *side = child<QWidget>(&dialog, sideName);
    auto *combo = child<QComboBox>(side, "security");
    combo->setCurrentIndex(combo->findData(int(security)));
    child<QLineEdit>(side, "host")->setText(host);
    child<QLineEdit>(side, "port")->setText(QString::number(port));
}

void paste(NewBatchDialog &dialog, const QString &text)
{
    child<QPlainTextEdit>(&dialog, "pasteBox")->setPlainText(text);
    dialog.findChild<AccountListPanel *>()->reparseNow();
}

AccountPreviewModel *previewModel(const NewBatchDialog &dialog)
{
    return qobject_cast<AccountPreviewModel *>(child<QTableView>(&dialog, "preview")->model());
}

QString cell(const NewBatchDialog &dialog, int row, int column)
{
    return previewModel(dialog)->index(row, column).data().toString();
}

QAbstractButton *checkButton(const NewBatchDialog &dialog)
{
    return child<QAbstractButton>(&dialog, "check");
}

QString summary(const NewBatchDialog &dialog)
{
    const QLabel *label = child<QLabel>(&dialog, "checkSummary");
    return label->isVisibleTo(&dialog) ? label->text() : QString();
}

// Clicks Check and waits for the check, its questions and their re-checks to end.
bool runCheck(NewBatchDialog &dialog)
{
    checkButton(dialog)->click();
    if (!dialog.isChecking())
        return false;
    return QTest::qWaitFor([&dialog] { return !dialog.isChecking(); }, kCheckTimeoutMs);
}

// Answers the dialog's questions and keeps them for a look.
struct Answers
{
    bool certificate = false;
    bool clearText = false;
    QList<CheckQuestion> asked;

    CheckQuestionAsker asker()
    {
        return [this](QWidget *, const CheckQuestion &question) {
            asked << question;
            return question.kind == CheckQuestion::Kind::Certificate ? certificate : clearText;
        };
    }
};

// Every text of the model, every role a view might ask, headers included.
QStringList modelTexts(const QAbstractItemModel *model)
{
    QStringList texts;
    for (int column = 0; column < model->columnCount(); ++column) {
        for (int role = 0; role <= Qt::UserRole + 16; ++role)
            texts << model->headerData(column, Qt::Horizontal, role).toString();
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            for (int role = 0; role <= Qt::UserRole + 16; ++role)
                texts << model->index(row, column).data(role).toString();
        }
    }
    return texts;
}

} // namespace

class TestNewBatchCheck final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void acceptedCertificateGivesOkAndLandsInTheSpec();
    void rememberedCertificateIsNotAskedAgain();
    void declinedCertificateStaysAProblem();
    void unreachableServer();
    void unencryptedServerAsksBeforeSendingPasswords_data();
    void unencryptedServerAsksBeforeSendingPasswords();
    void stopResetsTheCheck();
    void editingDropsTheResults();
    void passwordsAreNeverShown();

private:
    std::unique_ptr<NewBatchDialog> makeDialog();
    // Source: implicit TLS; destination: STARTTLS, same server, another port.
    void useTlsServers(NewBatchDialog &dialog);

    DovecotServer m_server;
    DovecotServer m_plainServer; // no TLS at all
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<Settings> m_settings;
};

void TestNewBatchCheck::initTestCase()
{
    m_plainServer.setTlsEnabled(false);
    for (DovecotServer *server : {&m_server, &m_plainServer}) {
        QVERIFY2(server->start(), qPrintable(server->errorString()));
        QVERIFY(server->addUsers({{QStringLiteral("alice@example.com"), AlicePassword},
                                  {QStringLiteral("bob@example.com"), BobPassword}}));
    }
}

// Fresh settings for every case: no certificate remembered.
void TestNewBatchCheck::init()
{
    m_settings.reset();
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_settings = std::make_unique<Settings>(std::make_unique<QSettings>(
        m_folder->filePath(QStringLiteral("ImapDesk.conf")), QSettings::IniFormat));
}

std::unique_ptr<NewBatchDialog> TestNewBatchCheck::makeDialog()
{
    auto dialog = std::make_unique<NewBatchDialog>(HostShortcuts(), QList<ChainableBatch>());
    dialog->setSettings(m_settings.get());
    dialog->show();
    return dialog;
}

void TestNewBatchCheck::useTlsServers(NewBatchDialog &dialog)
{
    setEndpoint(dialog, "source", m_server.host(), m_server.sslPort(), Security::Ssl);
    setEndpoint(dialog, "destination", m_server.host(), m_server.port(), Security::StartTls);
}

void TestNewBatchCheck::acceptedCertificateGivesOkAndLandsInTheSpec()
{
    auto dialog = makeDialog();
    Answers answers;
    answers.certificate = true;
    dialog->setCheckQuestionAsker(answers.asker());
    useTlsServers(*dialog);
    paste(*dialog, QStringLiteral("alice@example.com %1\n"
                                  "bob@example.com %2\n")
                       .arg(AlicePassword, WrongPassword));
    QCOMPARE(checkButton(*dialog)->text(), QStringLiteral("&Check"));
    checkButton(*dialog)->click();
    QVERIFY(dialog->isChecking());
    QCOMPARE(checkButton(*dialog)->text(), QStringLiteral("Stop &checking"));
    QCOMPARE(cell(*dialog, 0, AccountPreviewModel::SourceCheckColumn), QStringLiteral("Checking…"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isChecking(), kCheckTimeoutMs);
    QCOMPARE(checkButton(*dialog)->text(), QStringLiteral("&Check"));

    // One question per server (the ports differ), with what is wrong and the fingerprint.
    const QByteArray fingerprint = m_server.certificateFingerprint();
    QVERIFY(!fingerprint.isEmpty());
    QCOMPARE(answers.asked.size(), 2);
    for (const CheckQuestion &question : std::as_const(answers.asked)) {
        QCOMPARE(question.kind, CheckQuestion::Kind::Certificate);
        QCOMPARE(question.tls.fingerprint, fingerprint);
        QVERIFY2(question.text.contains(QStringLiteral("is not trusted")),
                 qPrintable(question.text));
        QVERIFY2(question.text.contains(QStringLiteral("self-signed")), qPrintable(question.text));
        QVERIFY2(question.text.contains(fingerprintHex(fingerprint).toUpper().left(2) + u':'),
                 qPrintable(question.text));
    }
    QVERIFY(answers.asked.at(0).text.contains(
        QStringLiteral("%1:%2").arg(m_server.host()).arg(m_server.sslPort())));

    QCOMPARE(cell(*dialog, 0, AccountPreviewModel::SourceCheckColumn), QStringLiteral("OK"));
    QCOMPARE(cell(*dialog, 0, AccountPreviewModel::DestinationCheckColumn), QStringLiteral("OK"));
    for (const int column :
         {AccountPreviewModel::SourceCheckColumn, AccountPreviewModel::DestinationCheckColumn}) {
        const QString failed = cell(*dialog, 1, column);
        QVERIFY2(failed.startsWith(QStringLiteral("Login failed: ")), qPrintable(failed));
        QVERIFY2(failed.contains(QStringLiteral("Authentication failed")), qPrintable(failed));
    }
    const QString text = summary(*dialog);
    QVERIFY2(text.contains(
                 QStringLiteral("Source %1:%2: OK").arg(m_server.host()).arg(m_server.sslPort())),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1 login(s) OK, 1 failed")), qPrintable(text));

    // Remembered per server, and pinned in the batch.
    const QString hex = fingerprintHex(fingerprint);
    QCOMPARE(m_settings->acceptedCertificate(m_server.host(), m_server.sslPort()), hex);
    QCOMPARE(m_settings->acceptedCertificate(m_server.host(), m_server.port()), hex);
    const BatchSpec spec = dialog->spec();
    QCOMPARE(spec.source.certificate, hex);
    QCOMPARE(spec.destination.certificate, hex);

    // Kept as a test artifact for people to look at; not compared pixel by pixel.
    const QString folder = qEnvironmentVariable("IMAPDESK_TEST_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(folder);
    QVERIFY(dialog->grab().save(QDir(folder).filePath(QStringLiteral("new-batch-check.png"))));
}

void TestNewBatchCheck::rememberedCertificateIsNotAskedAgain()
{
    const QString hex = fingerprintHex(m_server.certificateFingerprint());
    QVERIFY(m_settings->setAcceptedCertificate(m_server.host(), m_server.sslPort(), hex));
    auto dialog = makeDialog();
    Answers answers;
    dialog->setCheckQuestionAsker(answers.asker());
    setEndpoint(*dialog, "source", m_server.host(), m_server.sslPort(), Security::Ssl);
    setEndpoint(*dialog, "destination", m_server.host(), m_server.sslPort(), Security::Ssl);
    paste(*dialog, QStringLiteral("alice@example.com %1 bob@example.com %2\n")
                       .arg(AlicePassword, BobPassword));
    QVERIFY(runCheck(*dialog));
    QCOMPARE(answers.asked.size(), 0);
    QCOMPARE(cell(*dialog, 0, AccountPreviewModel::SourceCheckColumn), QStringLiteral("OK"));
    QCOMPARE(cell(*dialog, 0, AccountPreviewModel::DestinationCheckColumn), QStringLiteral("OK"));
    QVERIFY2(summary(*dialog).startsWith(QStringLiteral("Source and destination")),
             qPrintable(summary(*dialog)));
    QCOMPARE(dialog->spec().source.certificate, hex);
    QCOMPARE(dialog->spec().destination.certificate, hex);
}

void TestNewBatchCheck::declinedCertificateStaysAProblem()
{
    auto dialog = makeDialog();
    Answers answers; // says no
    dialog->setCheckQuestionAsker(answers.asker());
    useTlsServers(*dialog);
    paste(*dialog, QStringLiteral("alice@example.com %1\n").arg(AlicePassword));
    QVERIFY(runCheck(*dialog));
    QCOMPARE(answers.asked.size(), 2);
    for (const int column :
         {AccountPreviewModel::SourceCheckColumn, AccountPreviewModel::DestinationCheckColumn}) {
        const QString text = cell(*dialog, 0, column);
        QVERIFY2(text.startsWith(QStringLiteral("Certificate problem: ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("self-signed")), qPrintable(text));
    }
    QVERIFY(m_settings->acceptedCertificate(m_server.host(), m_server.sslPort()).isEmpty());
    QVERIFY(dialog->spec().source.certificate.isEmpty());
    QVERIFY(dialog->spec().destination.certificate.isEmpty());
}

void TestNewBatchCheck::unreachableServer()
{
    QVERIFY(m_settings->setAcceptedCertificate(m_server.host(), m_server.sslPort(),
                                               fingerprintHex(m_server.certificateFingerprint())));
    auto dialog = makeDialog();
    Answers answers;
    dialog->setCheckQuestionAsker(answers.asker());
    const quint16 closed = unusedPort();
    setEndpoint(*dialog, "source", m_server.host(), m_server.sslPort(), Security::Ssl);
    setEndpoint(*dialog, "destination", QStringLiteral("127.0.0.1"), closed, Security::Ssl);
    paste(*dialog, QStringLiteral("alice@example.com %1\n").arg(AlicePassword));
    QVERIFY(runCheck(*dialog));
    QCOMPARE(answers.asked.size(), 0);
    QCOMPARE(cell(*dialog, 0, AccountPreviewModel::SourceCheckColumn), QStringLiteral("OK"));
    QCOMPARE(cell(*dialog, 0, AccountPreviewModel::DestinationCheckColumn),
             QStringLiteral("Unreachable"));
    const QModelIndex unreachable =
        previewModel(*dialog)->index(0, AccountPreviewModel::DestinationCheckColumn);
    QVERIFY2(unreachable.data(Qt::ToolTipRole).toString().contains(QString::number(closed)),
             qPrintable(unreachable.data(Qt::ToolTipRole).toString()));
    QVERIFY2(summary(*dialog).contains(
                 QStringLiteral("Destination 127.0.0.1:%1: Unreachable").arg(closed)),
             qPrintable(summary(*dialog)));
}

void TestNewBatchCheck::unencryptedServerAsksBeforeSendingPasswords_data()
{
    QTest::addColumn<bool>("allow");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no") << false << "Not encrypted: login not tried";
    QTest::newRow("yes") << true << "OK";
}

void TestNewBatchCheck::unencryptedServerAsksBeforeSendingPasswords()
{
    QFETCH(bool, allow);
    QFETCH(QString, expected);
    auto dialog = makeDialog();
    Answers answers;
    answers.clearText = allow;
    dialog->setCheckQuestionAsker(answers.asker());
    setEndpoint(*dialog, "source", m_plainServer.host(), m_plainServer.port(), Security::None);
    setEndpoint(*dialog, "destination", m_plainServer.host(), m_plainServer.port(), Security::None);
    paste(*dialog, QStringLiteral("alice@example.com %1\n").arg(AlicePassword));
    QVERIFY(runCheck(*dialog));
    QCOMPARE(answers.asked.size(), 1);
    QCOMPARE(answers.asked.at(0).kind, CheckQuestion::Kind::ClearText);
    QVERIFY2(answers.asked.at(0).text.contains(QStringLiteral("clear text")),
             qPrintable(answers.asked.at(0).text));
    QCOMPARE(cell(*dialog, 0, AccountPreviewModel::SourceCheckColumn), expected);
    QCOMPARE(cell(*dialog, 0, AccountPreviewModel::DestinationCheckColumn), expected);
    QVERIFY2(summary(*dialog).contains(QStringLiteral("OK, not encrypted")),
             qPrintable(summary(*dialog)));
    QVERIFY(dialog->spec().source.certificate.isEmpty());
}

// cancel() reports nothing: the dialog puts itself back.
void TestNewBatchCheck::stopResetsTheCheck()
{
    auto dialog = makeDialog();
    useTlsServers(*dialog);
    paste(*dialog, QStringLiteral("alice@example.com %1\n").arg(AlicePassword));
    checkButton(*dialog)->click();
    QVERIFY(dialog->isChecking());
    checkButton(*dialog)->click();
    QVERIFY(!dialog->isChecking());
    QCOMPARE(checkButton(*dialog)->text(), QStringLiteral("&Check"));
    QVERIFY(cell(*dialog, 0, AccountPreviewModel::SourceCheckColumn).isEmpty());
    QVERIFY(cell(*dialog, 0, AccountPreviewModel::DestinationCheckColumn).isEmpty());
    QTest::qWait(300); // nothing arrives late
    QVERIFY(!dialog->isChecking());
    QVERIFY(cell(*dialog, 0, AccountPreviewModel::SourceCheckColumn).isEmpty());
}

void TestNewBatchCheck::editingDropsTheResults()
{
    auto dialog = makeDialog();
    Answers answers;
    answers.certificate = true;
    dialog->setCheckQuestionAsker(answers.asker());
    useTlsServers(*dialog);
    paste(*dialog, QStringLiteral("alice@example.com %1\n").arg(AlicePassword));
    QVERIFY(runCheck(*dialog));
    QCOMPARE(cell(*dialog, 0, AccountPreviewModel::SourceCheckColumn), QStringLiteral("OK"));

    // The same list parsed again keeps the results; a preset of the same server too.
    paste(*dialog, QStringLiteral("alice@example.com %1\n\n").arg(AlicePassword));
    QCOMPARE(cell(*dialog, 0, AccountPreviewModel::SourceCheckColumn), QStringLiteral("OK"));

    // Another server does not.
    setEndpoint(*dialog, "destination", QStringLiteral("localhost"), m_server.port(),
                Security::StartTls);
    QVERIFY(cell(*dialog, 0, AccountPreviewModel::SourceCheckColumn).isEmpty());
    QVERIFY(summary(*dialog).isEmpty());

    QVERIFY(runCheck(*dialog));
    QCOMPARE(cell(*dialog, 0, AccountPreviewModel::DestinationCheckColumn), QStringLiteral("OK"));
    // Nor another account, even while a check runs.
    checkButton(*dialog)->click();
    QVERIFY(dialog->isChecking());
    paste(*dialog, QStringLiteral("bob@example.com x\n"));
    QVERIFY(!dialog->isChecking());
    QVERIFY(cell(*dialog, 0, AccountPreviewModel::SourceCheckColumn).isEmpty());
    QTest::qWait(300);
    QVERIFY(cell(*dialog, 0, AccountPreviewModel::SourceCheckColumn).isEmpty());
}

void TestNewBatchCheck::passwordsAreNeverShown()
{
    auto dialog = makeDialog();
    Answers answers;
    answers.certificate = true;
    dialog->setCheckQuestionAsker(answers.asker());
    useTlsServers(*dialog);
    paste(*dialog, QStringLiteral("alice@example.com %1\n"
                                  "bob@example.com %2\n")
                       .arg(AlicePassword, WrongPassword));
    QVERIFY(runCheck(*dialog));
    QVERIFY(cell(*dialog, 1, AccountPreviewModel::SourceCheckColumn)
                .startsWith(QStringLiteral("Login failed")));

    QStringList texts = modelTexts(previewModel(*dialog));
    const auto *pasteBox = child<QPlainTextEdit>(dialog.get(), "pasteBox");
    for (const QWidget *widget : dialog->findChildren<QWidget *>()) {
        if (widget == pasteBox)
            continue;
        texts << widget->toolTip() << widget->accessibleName() << widget->accessibleDescription();
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            texts << label->text();
    }
    for (const CheckQuestion &question : std::as_const(answers.asked))
        texts << question.text << question.title;
    for (const QString &text : std::as_const(texts)) {
        QVERIFY2(!text.contains(AlicePassword), qPrintable(text));
        QVERIFY2(!text.contains(WrongPassword), qPrintable(text));
    }
}

QTEST_MAIN(TestNewBatchCheck)
#include "tst_newbatchcheck.moc"
