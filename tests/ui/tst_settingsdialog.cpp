// The settings dialog over a Settings on a temporary INI file: what it shows,
// that only OK applies, live validation of host shortcuts, and the imapsync
// and database tests running in the background.

#include "cli/blockingdatabasepassword.h"
#include "passwordrole.h"
#include "settings/settings.h"
#include "ui/settingsdialog.h"
#include "ui/settingspage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using imapdesk::HostShortcutRule;
using imapdesk::Settings;
using imapdesk::SettingsDialog;
using imapdesk::SettingsStatus;

namespace {

const QString Fixtures = QStringLiteral(IMAPDESK_TEST_FIXTURES);

template<typename T>
T *find(const QWidget &dialog, const char *name)
{
    T *child = dialog.findChild<T *>(QLatin1String(name));
    if (!child)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return child;
}

QAbstractButton *okButton(const QWidget &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QString statusText(const QWidget &dialog, const char *name)
{
    return find<SettingsStatus>(dialog, name)->text();
}

QTableWidget *rulesTable(const QWidget &dialog)
{
    return find<QTableWidget>(dialog, "hostShortcutRules");
}

void setRule(QTableWidget *table, int row, const QString &pattern, const QString &suffix)
{
    table->item(row, 0)->setText(pattern);
    table->item(row, 1)->setText(suffix);
}

const QVector<HostShortcutRule> TwoRules{
    {QStringLiteral("^(VPS|SV)[0-9]+$"), QStringLiteral("example.com")},
    {QStringLiteral("^mx[0-9]+$"), QStringLiteral("mail.example.org")},
};

} // namespace

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsValuesFromSettings();
    void editsAppliedOnlyOnOk();
    void cancelChangesNothing();
    void okWithoutEditsChangesNothing();
    void badRegexDisablesOk();
    void typingIsValidatedLive();
    void rulesAreMovedAndRemoved();
    void rulesKeyboardShortcuts();
    void tryItExpandsHost();
    void imapsyncTestShowsVersion();
    void imapsyncTestShowsMissingPath();
    void testConnectionOnSqliteFile();
    void testConnectionShowsDriverMessage();
    void incompletePostgreSqlDisablesOk();
    void postgreSqlPasswordGoesToTheKeyring();
    void testConnectionUsesThePassword();
    void relativeDataFolderDisablesOk();
    void forgetsAcceptedCertificates();
    void labelsHaveBuddies();
    void screenshot();

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<Settings> m_settings;
};

void TestSettingsDialog::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_settings = std::make_unique<Settings>(std::make_unique<QSettings>(
        m_folder->filePath(QStringLiteral("ImapDesk.conf")), QSettings::IniFormat));
}

void TestSettingsDialog::cleanup()
{
    m_settings.reset();
    m_folder.reset();
}

void TestSettingsDialog::showsValuesFromSettings()
{
    m_settings->setImapsyncPath(QStringLiteral("/opt/imapsync/imapsync"));
    QVERIFY(m_settings->setConcurrency(9));
    QVERIFY(m_settings->setPerHostLimit(2));
    QVERIFY(m_settings->setDataDirectory(QStringLiteral("/srv/imapdesk")));
    QVERIFY(m_settings->setDatabaseUrl(
        QStringLiteral("postgresql://helpdesk@db.example.com:5433/imapdesk?sslmode=require")));
    QVERIFY(m_settings->setHostShortcutRules(TwoRules));
    QVERIFY(m_settings->setLanguage(QStringLiteral("pt")));
    QVERIFY(m_settings->setRetentionWeeks(8));
    m_settings->setRetentionAction(Settings::RetentionAction::Delete);

    SettingsDialog dialog(*m_settings);
    QCOMPARE(find<QLineEdit>(dialog, "imapsyncPath")->text(),
             QStringLiteral("/opt/imapsync/imapsync"));
    QCOMPARE(find<QSpinBox>(dialog, "concurrency")->value(), 9);
    QCOMPARE(find<QSpinBox>(dialog, "perHostLimit")->value(), 2);
    QCOMPARE(find<QLineEdit>(dialog, "dataFolder")->text(), QStringLiteral("/srv/imapdesk"));
    QVERIFY(find<QRadioButton>(dialog, "databasePostgreSql")->isChecked());
    QCOMPARE(find<QLineEdit>(dialog, "postgreSqlHost")->text(), QStringLiteral("db.example.com"));
    QCOMPARE(find<QSpinBox>(dialog, "postgreSqlPort")->value(), 5433);
    QCOMPARE(find<QLineEdit>(dialog, "postgreSqlUser")->text(), QStringLiteral("helpdesk"));
    QCOMPARE(find<QLineEdit>(dialog, "postgreSqlDatabase")->text(), QStringLiteral("imapdesk"));
    QCOMPARE(find<QLineEdit>(dialog, "postgreSqlOptions")->text(),
             QStringLiteral("sslmode=require"));
    QTableWidget *table = rulesTable(dialog);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 0)->text(), TwoRules.at(1).pattern);
    QCOMPARE(table->item(1, 1)->text(), TwoRules.at(1).suffix);
    QCOMPARE(find<QComboBox>(dialog, "language")->currentData().toString(), QStringLiteral("pt"));
    QCOMPARE(find<QSpinBox>(dialog, "retentionWeeks")->value(), 8);
    QCOMPARE(find<QComboBox>(dialog, "retentionAction")->currentData().toInt(),
             int(Settings::RetentionAction::Delete));
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestSettingsDialog::editsAppliedOnlyOnOk()
{
    SettingsDialog dialog(*m_settings);
    QSignalSpy spy(m_settings.get(), &Settings::changed);
    find<QLineEdit>(dialog, "imapsyncPath")->setText(QStringLiteral("/usr/local/bin/imapsync"));
    find<QSpinBox>(dialog, "concurrency")->setValue(12);
    find<QSpinBox>(dialog, "perHostLimit")->setValue(3);
    find<QLineEdit>(dialog, "dataFolder")->setText(QStringLiteral("/srv/mail-moves"));
    find<QRadioButton>(dialog, "databasePostgreSql")->setChecked(true);
    find<QLineEdit>(dialog, "postgreSqlHost")->setText(QStringLiteral("db.example.com"));
    find<QSpinBox>(dialog, "postgreSqlPort")->setValue(5433);
    find<QLineEdit>(dialog, "postgreSqlUser")->setText(QStringLiteral("helpdesk"));
    find<QLineEdit>(dialog, "postgreSqlDatabase")->setText(QStringLiteral("imapdesk"));
    find<QLineEdit>(dialog, "postgreSqlOptions")->setText(QStringLiteral("sslmode=require"));
    find<QPushButton>(dialog, "addRule")->click();
    setRule(rulesTable(dialog), 0, TwoRules.at(0).pattern, TwoRules.at(0).suffix);
    auto *language = find<QComboBox>(dialog, "language");
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    find<QSpinBox>(dialog, "retentionWeeks")->setValue(26);
    auto *action = find<QComboBox>(dialog, "retentionAction");
    action->setCurrentIndex(action->findData(int(Settings::RetentionAction::Delete)));
    QCOMPARE(spy.size(), 0); // nothing before OK
    QCOMPARE(m_settings->concurrency(), 4);

    QVERIFY(okButton(dialog)->isEnabled());
    okButton(dialog)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_settings->imapsyncPath(), QStringLiteral("/usr/local/bin/imapsync"));
    QCOMPARE(m_settings->concurrency(), 12);
    QCOMPARE(m_settings->perHostLimit(), 3);
    QCOMPARE(m_settings->dataDirectory(), QStringLiteral("/srv/mail-moves"));
    QCOMPARE(m_settings->databaseUrl(),
             QStringLiteral("postgresql://helpdesk@db.example.com:5433/imapdesk?sslmode=require"));
    QCOMPARE(m_settings->hostShortcutRules(), TwoRules.mid(0, 1));
    QCOMPARE(m_settings->language(), QStringLiteral("de"));
    QCOMPARE(m_settings->retentionWeeks(), 26);
    QCOMPARE(m_settings->retentionAction(), Settings::RetentionAction::Delete);
    QCOMPARE(spy.size(), 9); // once per key that changed
}

void TestSettingsDialog::cancelChangesNothing()
{
    SettingsDialog dialog(*m_settings);
    QSignalSpy spy(m_settings.get(), &Settings::changed);
    find<QSpinBox>(dialog, "concurrency")->setValue(20);
    find<QPushButton>(dialog, "addRule")->click();
    setRule(rulesTable(dialog), 0, TwoRules.at(0).pattern, TwoRules.at(0).suffix);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(spy.size(), 0);
    QCOMPARE(m_settings->concurrency(), 4);
    QVERIFY(m_settings->hostShortcutRules().isEmpty());
}

void TestSettingsDialog::okWithoutEditsChangesNothing()
{
    // Written by hand: no port, the short scheme. OK must not rewrite it.
    QVERIFY(m_settings->setDatabaseUrl(QStringLiteral("postgres://helpdesk@db.example.com/hist")));
    QVERIFY(m_settings->setHostShortcutRules(TwoRules));
    m_settings->setImapsyncPath(QStringLiteral("/opt/imapsync"));
    SettingsDialog dialog(*m_settings);
    QSignalSpy spy(m_settings.get(), &Settings::changed);
    okButton(dialog)->click();
    QCOMPARE(spy.size(), 0);
    QCOMPARE(m_settings->databaseUrl(), QStringLiteral("postgres://helpdesk@db.example.com/hist"));
}

void TestSettingsDialog::badRegexDisablesOk()
{
    QVERIFY(m_settings->setHostShortcutRules(TwoRules));
    SettingsDialog dialog(*m_settings);
    QTableWidget *table = rulesTable(dialog);
    table->item(1, 0)->setText(QStringLiteral("^(mx[0-9]+$"));
    QVERIFY(!okButton(dialog)->isEnabled());
    const QString problems = statusText(dialog, "ruleProblems");
    QVERIFY2(problems.startsWith(QStringLiteral("Rule 2")), qPrintable(problems));
    QVERIFY2(problems.contains(QStringLiteral("missing closing parenthesis")),
             qPrintable(problems));
    auto *summary = find<QLabel>(dialog, "problemSummary");
    QVERIFY(!summary->isHidden());
    QVERIFY2(summary->text().startsWith(QStringLiteral("Host shortcuts: Rule 2")),
             qPrintable(summary->text()));
    QVERIFY(!table->item(1, 0)->icon().isNull()); // the bad rule is marked
    QVERIFY(table->item(0, 0)->icon().isNull());

    table->item(1, 0)->setText(QStringLiteral("^(mx[0-9]+)$"));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(summary->isHidden());
    QVERIFY(table->item(1, 0)->icon().isNull());
}

void TestSettingsDialog::typingIsValidatedLive()
{
    SettingsDialog dialog(*m_settings);
    dialog.showSection(SettingsDialog::Section::HostShortcuts);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    find<QPushButton>(dialog, "addRule")->click();
    QVERIFY(!okButton(dialog)->isEnabled()); // an empty pattern is a problem
    auto *editor = rulesTable(dialog)->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("^(SV"));
    // Still editing, yet the table and OK already know.
    QCOMPARE(rulesTable(dialog)->item(0, 0)->text(), QStringLiteral("^(SV"));
    QVERIFY2(statusText(dialog, "ruleProblems").contains(QStringLiteral("Rule 1")),
             qPrintable(statusText(dialog, "ruleProblems")));
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClicks(editor, QStringLiteral("[0-9]+)$"));
    QCOMPARE(rulesTable(dialog)->item(0, 0)->text(), QStringLiteral("^(SV[0-9]+)$"));
    QVERIFY2(statusText(dialog, "ruleProblems").contains(QStringLiteral("suffix is empty")),
             qPrintable(statusText(dialog, "ruleProblems")));
}

void TestSettingsDialog::rulesAreMovedAndRemoved()
{
    QVERIFY(m_settings->setHostShortcutRules(TwoRules));
    SettingsDialog dialog(*m_settings);
    QTableWidget *table = rulesTable(dialog);
    find<QPushButton>(dialog, "addRule")->click();
    setRule(table, 2, QStringLiteral("^web$"), QStringLiteral("example.net"));
    table->setCurrentCell(2, 0);
    find<QPushButton>(dialog, "moveRuleUp")->click();
    find<QPushButton>(dialog, "moveRuleUp")->click();
    QVERIFY(!find<QPushButton>(dialog, "moveRuleUp")->isEnabled()); // now first
    table->setCurrentCell(1, 0);
    find<QPushButton>(dialog, "moveRuleDown")->click();
    table->setCurrentCell(1, 0);
    find<QPushButton>(dialog, "removeRule")->click();
    okButton(dialog)->click();
    const QVector<HostShortcutRule> expected{
        {QStringLiteral("^web$"), QStringLiteral("example.net")}, TwoRules.at(0)};
    QCOMPARE(m_settings->hostShortcutRules(), expected);
}

void TestSettingsDialog::rulesKeyboardShortcuts()
{
    QVERIFY(m_settings->setHostShortcutRules(TwoRules));
    SettingsDialog dialog(*m_settings);
    dialog.showSection(SettingsDialog::Section::HostShortcuts);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTableWidget *table = rulesTable(dialog);
    table->setFocus();
    table->setCurrentCell(0, 0);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), TwoRules.at(1).pattern);
    QTest::keyClick(table, Qt::Key_Insert);
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(table->viewport()->findChild<QLineEdit *>()); // typing goes to the new pattern
}

void TestSettingsDialog::tryItExpandsHost()
{
    QVERIFY(m_settings->setHostShortcutRules(TwoRules));
    SettingsDialog dialog(*m_settings);
    auto *host = find<QLineEdit>(dialog, "tryHost");
    host->setText(QStringLiteral("SV01"));
    QCOMPARE(statusText(dialog, "tryResult"), QStringLiteral("SV01 → SV01.example.com"));
    host->setText(QStringLiteral("mx7"));
    QCOMPARE(statusText(dialog, "tryResult"), QStringLiteral("mx7 → mx7.mail.example.org"));
    host->setText(QStringLiteral("imap.other.org"));
    QVERIFY2(statusText(dialog, "tryResult").contains(QStringLiteral("used as typed")),
             qPrintable(statusText(dialog, "tryResult")));
    // The table's edits count before OK.
    host->setText(QStringLiteral("SV01"));
    rulesTable(dialog)->item(0, 1)->setText(QStringLiteral("corp.example"));
    QCOMPARE(statusText(dialog, "tryResult"), QStringLiteral("SV01 → SV01.corp.example"));
    rulesTable(dialog)->item(0, 0)->setText(QStringLiteral("^(SV"));
    QVERIFY2(statusText(dialog, "tryResult").contains(QStringLiteral("Correct the rules")),
             qPrintable(statusText(dialog, "tryResult")));
}

void TestSettingsDialog::imapsyncTestShowsVersion()
{
    const QString fake = Fixtures + QStringLiteral("/fake-imapsync");
    SettingsDialog dialog(*m_settings);
    find<QLineEdit>(dialog, "imapsyncPath")->setText(fake);
    auto *test = find<QPushButton>(dialog, "imapsyncTest");
    test->click();
    // The click returned at once: the probe runs in the background.
    auto *status = find<SettingsStatus>(dialog, "imapsyncTestResult");
    QCOMPARE(status->state(), SettingsStatus::State::Busy);
    QVERIFY(!test->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(status->state(), SettingsStatus::State::Success, 20000);
    QCOMPARE(status->text(), QStringLiteral("imapsync 2.229 at %1").arg(fake));
    QVERIFY(test->isEnabled());
}

void TestSettingsDialog::imapsyncTestShowsMissingPath()
{
    SettingsDialog dialog(*m_settings);
    find<QLineEdit>(dialog, "imapsyncPath")->setText(QStringLiteral("/nonexistent/imapsync"));
    find<QPushButton>(dialog, "imapsyncTest")->click();
    auto *status = find<SettingsStatus>(dialog, "imapsyncTestResult");
    QTRY_COMPARE(status->state(), SettingsStatus::State::Failure);
    QVERIFY2(status->text().contains(QStringLiteral("/nonexistent/imapsync does not exist")),
             qPrintable(status->text()));
}

void TestSettingsDialog::testConnectionOnSqliteFile()
{
    const QString file = m_folder->filePath(QStringLiteral("history/imapdesk.sqlite"));
    SettingsDialog dialog(*m_settings);
    find<QLineEdit>(dialog, "sqliteFile")->setText(file);
    find<QPushButton>(dialog, "testConnection")->click();
    auto *status = find<SettingsStatus>(dialog, "connectionResult");
    QTRY_VERIFY_WITH_TIMEOUT(status->state() != SettingsStatus::State::Busy, 20000);
    QCOMPARE(status->state(), SettingsStatus::State::Success);
    QVERIFY2(status->text().contains(file), qPrintable(status->text()));
    okButton(dialog)->click();
    QCOMPARE(m_settings->databaseUrl(), file);
}

void TestSettingsDialog::testConnectionShowsDriverMessage()
{
    SettingsDialog dialog(*m_settings);
    find<QRadioButton>(dialog, "databasePostgreSql")->setChecked(true);
    find<QLineEdit>(dialog, "postgreSqlHost")->setText(QStringLiteral("127.0.0.1"));
    find<QSpinBox>(dialog, "postgreSqlPort")->setValue(1); // nothing listens: refused at once
    find<QLineEdit>(dialog, "postgreSqlUser")->setText(QStringLiteral("nobody"));
    find<QLineEdit>(dialog, "postgreSqlDatabase")->setText(QStringLiteral("imapdesk"));
    find<QPushButton>(dialog, "testConnection")->click();
    auto *status = find<SettingsStatus>(dialog, "connectionResult");
    QTRY_VERIFY_WITH_TIMEOUT(status->state() != SettingsStatus::State::Busy, 20000);
    QCOMPARE(status->state(), SettingsStatus::State::Failure);
    QVERIFY2(status->text().contains(QStringLiteral("postgresql://nobody@127.0.0.1:1/imapdesk")),
             qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("refused"), Qt::CaseInsensitive),
             qPrintable(status->text()));
    // Editing a field forgets the answer, which was about other fields.
    find<QSpinBox>(dialog, "postgreSqlPort")->setValue(5432);
    QCOMPARE(status->state(), SettingsStatus::State::None);
}

void TestSettingsDialog::incompletePostgreSqlDisablesOk()
{
    SettingsDialog dialog(*m_settings);
    find<QRadioButton>(dialog, "databasePostgreSql")->setChecked(true);
    QVERIFY(!okButton(dialog)->isEnabled());
    find<QPushButton>(dialog, "testConnection")->click();
    auto *status = find<SettingsStatus>(dialog, "connectionResult");
    QCOMPARE(status->state(), SettingsStatus::State::Failure);
    QVERIFY2(status->text().contains(QStringLiteral("host name")), qPrintable(status->text()));
    find<QLineEdit>(dialog, "postgreSqlHost")->setText(QStringLiteral("db.example.com"));
    find<QLineEdit>(dialog, "postgreSqlDatabase")->setText(QStringLiteral("imapdesk"));
    QVERIFY(okButton(dialog)->isEnabled());
    find<QLineEdit>(dialog, "postgreSqlOptions")->setText(QStringLiteral("sslmode"));
    QVERIFY(!okButton(dialog)->isEnabled());
    find<QRadioButton>(dialog, "databaseSqlite")->setChecked(true);
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestSettingsDialog::relativeDataFolderDisablesOk()
{
    SettingsDialog dialog(*m_settings);
    find<QLineEdit>(dialog, "dataFolder")->setText(QStringLiteral("mail-data"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY2(find<QLabel>(dialog, "problemSummary")->text().startsWith(QStringLiteral("Storage:")),
             qPrintable(find<QLabel>(dialog, "problemSummary")->text()));
    find<QLineEdit>(dialog, "dataFolder")->clear();
    QVERIFY(okButton(dialog)->isEnabled());
}

// Listed with their fingerprints; "Forget" takes effect with OK only.
void TestSettingsDialog::forgetsAcceptedCertificates()
{
    const QString first = QStringLiteral("ab").repeated(32);
    const QString second = QStringLiteral("cd").repeated(32);
    QVERIFY(m_settings->setAcceptedCertificate(QStringLiteral("IMAP.Old.example"), 993, first));
    QVERIFY(m_settings->setAcceptedCertificate(QStringLiteral("imap.new.example"), 143, second));
    {
        SettingsDialog dialog(*m_settings);
        auto *table = find<QTableWidget>(dialog, "certificatesTable");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("imap.old.example:993"));
        QVERIFY(table->item(1, 1)->text().startsWith(QStringLiteral("AB:AB:")));
        auto *forget = find<QPushButton>(dialog, "forgetCertificate");
        QVERIFY(!forget->isEnabled());
        table->selectRow(1);
        QVERIFY(forget->isEnabled());
        forget->click();
        QCOMPARE(table->rowCount(), 1);
        dialog.reject();
    }
    QCOMPARE(m_settings->acceptedCertificates().size(), 2); // Cancel keeps both
    SettingsDialog dialog(*m_settings);
    auto *table = find<QTableWidget>(dialog, "certificatesTable");
    table->selectRow(1);
    find<QPushButton>(dialog, "forgetCertificate")->click();
    okButton(dialog)->click();
    QVERIFY(m_settings->acceptedCertificate(QStringLiteral("imap.old.example"), 993).isEmpty());
    QCOMPARE(m_settings->acceptedCertificate(QStringLiteral("imap.new.example"), 143), second);
}

// Typed, saved in the keyring on OK (never in the settings file), shown as
// saved the next time, and removed with "Forget". Needs the private keyring
// of scripts/test.sh.
void TestSettingsDialog::postgreSqlPasswordGoesToTheKeyring()
{
    const QString database =
        QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString password = QStringLiteral("Settings-Secret-31337 é");
    imapdesk::DatabaseLocation location;
    QString error;
    QVERIFY(imapdesk::DatabaseLocation::parse(
        QStringLiteral("postgresql://helpdesk@db.example.com:5433/") + database, location, error));
    imapdesk::DatabasePasswordStore store;
    imapdesk::BlockingDatabasePassword keyring(store);
    {
        SettingsDialog dialog(*m_settings);
        find<QRadioButton>(dialog, "databasePostgreSql")->setChecked(true);
        find<QLineEdit>(dialog, "postgreSqlHost")->setText(QStringLiteral("db.example.com"));
        find<QSpinBox>(dialog, "postgreSqlPort")->setValue(5433);
        find<QLineEdit>(dialog, "postgreSqlUser")->setText(QStringLiteral("helpdesk"));
        find<QLineEdit>(dialog, "postgreSqlDatabase")->setText(database);
        auto *field = find<QLineEdit>(dialog, "postgreSqlPassword");
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        auto *state = find<SettingsStatus>(dialog, "postgreSqlPasswordState");
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("No password saved")),
                                 20000);
        QVERIFY2(state->text().contains(QStringLiteral("PGPASSWORD")), qPrintable(state->text()));
        QVERIFY(!find<QPushButton>(dialog, "postgreSqlForgetPassword")->isEnabled());
        field->insert(password); // as typed; keyClicks() knows ASCII only
        okButton(dialog)->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
    }
    const imapdesk::DatabasePasswordResult saved = keyring.read(location);
    QCOMPARE(saved.source, imapdesk::DatabasePasswordSource::Keychain);
    QCOMPARE(saved.password, password);
    QFile ini(m_folder->filePath(QStringLiteral("ImapDesk.conf")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray written = ini.readAll();
    QVERIFY2(written.contains(database.toUtf8()), written.constData());
    QVERIFY2(!written.contains("31337"), written.constData());

    {
        SettingsDialog dialog(*m_settings);
        auto *state = find<SettingsStatus>(dialog, "postgreSqlPasswordState");
        QTRY_VERIFY_WITH_TIMEOUT(
            state->text().contains(QStringLiteral("saved in the system keyring")), 20000);
        auto *field = find<QLineEdit>(dialog, "postgreSqlPassword");
        QVERIFY(field->text().isEmpty());
        QCOMPARE(field->placeholderText(),
                 QStringLiteral("Leave empty to keep the saved password"));
        auto *forget = find<QPushButton>(dialog, "postgreSqlForgetPassword");
        QVERIFY(forget->isEnabled());
        forget->click();
        QVERIFY2(state->text().contains(QStringLiteral("removed when you click OK")),
                 qPrintable(state->text()));
        QVERIFY(keyring.read(location).found()); // not before OK
        okButton(dialog)->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
    }
    QVERIFY(!keyring.read(location).found());
}

// "Test connection" uses the typed password, else the saved one, on a role
// the test server makes ask for it.
void TestSettingsDialog::testConnectionUsesThePassword()
{
    if (!imapdesk::test::hasTestServer())
        QSKIP("IMAPDESK_TEST_PG_URL is not set: run through scripts/test.sh");
    imapdesk::test::PasswordRole role;
    QString error;
    bool skip = false;
    if (!role.create(&error, &skip)) {
        if (skip)
            QSKIP(qPrintable(error));
        QFAIL(qPrintable(error));
    }
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", QByteArrayLiteral("/nonexistent/pgpass"));
    SettingsDialog dialog(*m_settings);
    find<QRadioButton>(dialog, "databasePostgreSql")->setChecked(true);
    find<QLineEdit>(dialog, "postgreSqlHost")->setText(role.location().host);
    find<QSpinBox>(dialog, "postgreSqlPort")->setValue(role.location().port);
    find<QLineEdit>(dialog, "postgreSqlUser")->setText(role.location().user);
    find<QLineEdit>(dialog, "postgreSqlDatabase")->setText(role.location().databaseName);
    auto *field = find<QLineEdit>(dialog, "postgreSqlPassword");
    auto *status = find<SettingsStatus>(dialog, "connectionResult");
    const auto test = [&] {
        find<QPushButton>(dialog, "testConnection")->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->state() != SettingsStatus::State::Busy, 20000);
        QVERIFY2(!status->text().contains(QStringLiteral("31337")), qPrintable(status->text()));
        QVERIFY2(!status->text().contains(role.password()), qPrintable(status->text()));
    };

    field->insert(QStringLiteral("Wrong-Secret-31337"));
    test();
    QCOMPARE(status->state(), SettingsStatus::State::Failure);
    QVERIFY2(status->text().contains(QStringLiteral("password authentication failed")),
             qPrintable(status->text()));

    field->clear();
    field->insert(role.password());
    test();
    QCOMPARE(status->state(), SettingsStatus::State::Success);
    QVERIFY2(status->text().contains(role.url()), qPrintable(status->text()));

    // Nothing typed and nothing saved: libpq has no password either.
    field->clear();
    test();
    QCOMPARE(status->state(), SettingsStatus::State::Failure);
    QVERIFY2(status->text().contains(QStringLiteral("no password supplied")),
             qPrintable(status->text()));

    // Nothing typed, the saved one.
    imapdesk::DatabasePasswordStore store;
    QVERIFY(imapdesk::BlockingDatabasePassword(store).write(role.location(), role.password()).ok());
    test();
    QCOMPARE(status->state(), SettingsStatus::State::Success);
    QVERIFY(imapdesk::BlockingDatabasePassword(store).remove(role.location()).ok());
}

// Every label with a mnemonic moves the focus to its field.
void TestSettingsDialog::labelsHaveBuddies()
{
    SettingsDialog dialog(*m_settings);
    const auto labels = dialog.findChildren<QLabel *>();
    int mnemonics = 0;
    for (const QLabel *label : labels) {
        const QString text = label->text();
        const qsizetype amp = text.indexOf(u'&');
        if (amp < 0 || amp + 1 >= text.size() || !text.at(amp + 1).isLetterOrNumber())
            continue;
        ++mnemonics;
        QVERIFY2(label->buddy(), qPrintable(text));
    }
    QVERIFY(mnemonics >= 10);
}

// One picture per section, kept as test artifacts for people to look at; not
// compared pixel by pixel.
void TestSettingsDialog::screenshot()
{
    QVERIFY(m_settings->setHostShortcutRules(TwoRules));
    QVERIFY(
        m_settings->setDatabaseUrl(QStringLiteral("postgresql://helpdesk@db.example.com/hist")));
    SettingsDialog dialog(*m_settings);
    find<QLineEdit>(dialog, "tryHost")->setText(QStringLiteral("SV01"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString folder = qEnvironmentVariable("IMAPDESK_TEST_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(folder);
    const auto tabs = dialog.findChild<QTabWidget *>(QStringLiteral("sections"));
    for (int i = 0; i < tabs->count(); ++i) {
        dialog.showSection(SettingsDialog::Section(i));
        const QString name = tabs->currentWidget()->objectName().remove(QStringLiteral("Page"));
        QVERIFY(
            dialog.grab().save(QDir(folder).filePath(QStringLiteral("settings-%1.png").arg(name))));
    }
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
