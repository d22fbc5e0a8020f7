// The settings registry over an INI file in a temporary folder: defaults,
// round trips, changed() once per real change, hand-edited files, migration.

#include "settings/settings.h"
#include "settings/settingsmigration.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using imapdesk::HostShortcutRule;
using imapdesk::Settings;
using Key = Settings::Key;

namespace {

// The scalar keys, read and written through one QVariant for data-driven cases.
QVariant read(const Settings &settings, Key key)
{
    switch (key) {
    case Key::ImapsyncPath:
        return settings.imapsyncPath();
    case Key::Concurrency:
        return settings.concurrency();
    case Key::PerHostLimit:
        return settings.perHostLimit();
    case Key::DataDirectory:
        return settings.dataDirectory();
    case Key::DatabaseUrl:
        return settings.databaseUrl();
    case Key::Language:
        return settings.language();
    case Key::RetentionWeeks:
        return settings.retentionWeeks();
    case Key::RetentionAction:
        return int(settings.retentionAction());
    case Key::ForgetPasswordsOnSuccess:
        return settings.forgetPasswordsOnSuccess();
    case Key::HostShortcutRules:
        break;
    }
    return {};
}

bool write(Settings &settings, Key key, const QVariant &value)
{
    switch (key) {
    case Key::ImapsyncPath:
        settings.setImapsyncPath(value.toString());
        return true;
    case Key::Concurrency:
        return settings.setConcurrency(value.toInt());
    case Key::PerHostLimit:
        return settings.setPerHostLimit(value.toInt());
    case Key::DataDirectory:
        return settings.setDataDirectory(value.toString());
    case Key::DatabaseUrl:
        return settings.setDatabaseUrl(value.toString());
    case Key::Language:
        return settings.setLanguage(value.toString());
    case Key::RetentionWeeks:
        return settings.setRetentionWeeks(value.toInt());
    case Key::RetentionAction:
        settings.setRetentionAction(Settings::RetentionAction(value.toInt()));
        return true;
    case Key::ForgetPasswordsOnSuccess:
        settings.setForgetPasswordsOnSuccess(value.toBool());
        return true;
    case Key::HostShortcutRules:
        break;
    }
    return false;
}

// What a fresh file gives for key.
QVariant defaultOf(Key key)
{
    QTemporaryDir pristine;
    const Settings settings(std::make_unique<QSettings>(
        pristine.filePath(QStringLiteral("pristine.conf")), QSettings::IniFormat));
    return read(settings, key);
}

const QVector<HostShortcutRule> ThreeRules{
    {QStringLiteral("^(VPS|SV)[0-9]+$"), QStringLiteral("example.com")},
    {QStringLiteral("^mx[0-9]+$"), QStringLiteral(".mail.example.org")},
    {QStringLiteral("^[a-z]+$"), QStringLiteral("intranet.example")},
};

} // namespace

class TestSettings final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void defaults();
    void roundTrip_data();
    void roundTrip();
    void changedOncePerRealChange_data();
    void changedOncePerRealChange();
    void outOfRangeRefused_data();
    void outOfRangeRefused();
    void defaultsAreNotWritten();
    void invalidStoredValuesReadAsDefaults_data();
    void invalidStoredValuesReadAsDefaults();
    void rulesPersistedInOrder();
    void invalidRulesRefused();
    void invalidStoredRulesReadAsNone_data();
    void invalidStoredRulesReadAsNone();
    void uiStateRoundTrip();
    void acceptedCertificateRoundTrip();
    void acceptedCertificateRefusesNonFingerprints();
    void acceptedCertificateIgnoresHandEditedJunk();
    void migratesEmptyFile();
    void migratesUnversionedFile();
    void keepsNewerFile();
    void migrationStepsRunInOrderOnce();

private:
    QString iniFile() const { return m_folder->filePath(QStringLiteral("ImapDesk.conf")); }
    std::unique_ptr<Settings> open() const;
    void writeIni(const QByteArray &text) const;

    std::unique_ptr<QTemporaryDir> m_folder;
};

void TestSettings::init()
{
    m_folder = std::make_unique<QTemporaryDir>(); // a fresh file for every case
    QVERIFY(m_folder->isValid());
}

std::unique_ptr<Settings> TestSettings::open() const
{
    return std::make_unique<Settings>(std::make_unique<QSettings>(iniFile(), QSettings::IniFormat));
}

void TestSettings::writeIni(const QByteArray &text) const
{
    QFile file(iniFile());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

void TestSettings::defaults()
{
    const auto settings = open();
    QCOMPARE(settings->imapsyncPath(), QString());
    QCOMPARE(settings->concurrency(), 4);
    QCOMPARE(settings->perHostLimit(), 0);
    QCOMPARE(settings->dataDirectory(), QString());
    QCOMPARE(settings->databaseUrl(), QString());
    QVERIFY(settings->hostShortcutRules().isEmpty());
    QCOMPARE(settings->language(), QString());
    QCOMPARE(settings->retentionWeeks(), 0);
    QCOMPARE(settings->retentionAction(), Settings::RetentionAction::Archive);
    QCOMPARE(settings->forgetPasswordsOnSuccess(), false);
    QVERIFY(settings->uiState(QStringLiteral("mainWindow/geometry")).isEmpty());
    QCOMPARE(settings->problems(), QStringList());
    QCOMPARE(settings->version(), 1);
}

void TestSettings::roundTrip_data()
{
    QTest::addColumn<Key>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("imapsync") << Key::ImapsyncPath << QVariant(QStringLiteral("/opt/imapsync"));
    QTest::newRow("imapsync, comma")
        << Key::ImapsyncPath << QVariant(QStringLiteral("/opt/a, b/imapsync"));
    QTest::newRow("concurrency") << Key::Concurrency << QVariant(12);
    QTest::newRow("concurrency max") << Key::Concurrency << QVariant(64);
    QTest::newRow("per host") << Key::PerHostLimit << QVariant(2);
    QTest::newRow("data dir") << Key::DataDirectory << QVariant(QStringLiteral("/srv/imapdesk"));
    QTest::newRow("sqlite") << Key::DatabaseUrl << QVariant(QStringLiteral("/srv/h.sqlite"));
    QTest::newRow("postgresql") << Key::DatabaseUrl
                                << QVariant(QStringLiteral(
                                       "postgresql://helpdesk@db.example.com:5433/imapdesk"
                                       "?sslmode=require"));
    QTest::newRow("language de") << Key::Language << QVariant(QStringLiteral("de"));
    QTest::newRow("language pt") << Key::Language << QVariant(QStringLiteral("pt"));
    QTest::newRow("language en") << Key::Language << QVariant(QStringLiteral("en"));
    QTest::newRow("retention") << Key::RetentionWeeks << QVariant(26);
    QTest::newRow("retention delete")
        << Key::RetentionAction << QVariant(int(Settings::RetentionAction::Delete));
    QTest::newRow("forget passwords") << Key::ForgetPasswordsOnSuccess << QVariant(true);
}

void TestSettings::roundTrip()
{
    QFETCH(Key, key);
    QFETCH(QVariant, value);
    {
        const auto settings = open();
        QVERIFY(write(*settings, key, value));
        QCOMPARE(read(*settings, key), value);
    }
    const auto reopened = open();
    QCOMPARE(read(*reopened, key), value);
    QCOMPARE(reopened->problems(), QStringList());
}

void TestSettings::changedOncePerRealChange_data()
{
    roundTrip_data();
}

void TestSettings::changedOncePerRealChange()
{
    QFETCH(Key, key);
    QFETCH(QVariant, value);
    const auto settings = open();
    QSignalSpy spy(settings.get(), &Settings::changed);
    QVERIFY(write(*settings, key, value));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<Key>(), key);
    QVERIFY(write(*settings, key, value)); // the same again: no change
    QCOMPARE(spy.size(), 1);
    QVERIFY(write(*settings, key, defaultOf(key))); // back to the default: a change
    QCOMPARE(spy.size(), 2);
}

void TestSettings::outOfRangeRefused_data()
{
    QTest::addColumn<Key>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("concurrency 0") << Key::Concurrency << QVariant(0);
    QTest::newRow("concurrency 65") << Key::Concurrency << QVariant(65);
    QTest::newRow("per host -1") << Key::PerHostLimit << QVariant(-1);
    QTest::newRow("relative data dir") << Key::DataDirectory << QVariant(QStringLiteral("data"));
    QTest::newRow("relative sqlite") << Key::DatabaseUrl << QVariant(QStringLiteral("h.sqlite"));
    QTest::newRow("password in url")
        << Key::DatabaseUrl << QVariant(QStringLiteral("postgresql://u:secret@db/imapdesk"));
    QTest::newRow("mysql") << Key::DatabaseUrl << QVariant(QStringLiteral("mysql://db/x"));
    QTest::newRow("language fr") << Key::Language << QVariant(QStringLiteral("fr"));
    QTest::newRow("retention -1") << Key::RetentionWeeks << QVariant(-1);
    QTest::newRow("retention 521") << Key::RetentionWeeks << QVariant(521);
}

void TestSettings::outOfRangeRefused()
{
    QFETCH(Key, key);
    QFETCH(QVariant, value);
    const auto settings = open();
    const QVariant before = read(*settings, key);
    QSignalSpy spy(settings.get(), &Settings::changed);
    QVERIFY(!write(*settings, key, value));
    QCOMPARE(read(*settings, key), before);
    QCOMPARE(spy.size(), 0);
}

void TestSettings::defaultsAreNotWritten()
{
    {
        const auto settings = open();
        QVERIFY(settings->setConcurrency(8));
        QSignalSpy spy(settings.get(), &Settings::changed);
        QVERIFY(settings->setConcurrency(4)); // back to the default
        QCOMPARE(spy.size(), 1);
        QVERIFY(settings->setHostShortcutRules(ThreeRules));
        QVERIFY(settings->setHostShortcutRules({}));
    }
    QSettings raw(iniFile(), QSettings::IniFormat);
    QVERIFY(!raw.contains(QStringLiteral("running/concurrency")));
    QVERIFY(raw.childGroups().isEmpty()); // no hostShortcuts array left either
}

void TestSettings::invalidStoredValuesReadAsDefaults_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<Key>("key");
    QTest::newRow("concurrency text")
        << QByteArray("[running]\nconcurrency=lots\n") << Key::Concurrency;
    QTest::newRow("concurrency 0") << QByteArray("[running]\nconcurrency=0\n") << Key::Concurrency;
    QTest::newRow("concurrency 1000")
        << QByteArray("[running]\nconcurrency=1000\n") << Key::Concurrency;
    QTest::newRow("per host -2") << QByteArray("[running]\nperHostLimit=-2\n") << Key::PerHostLimit;
    QTest::newRow("data dir relative")
        << QByteArray("[storage]\ndataDirectory=here\n") << Key::DataDirectory;
    QTest::newRow("db mysql") << QByteArray("[storage]\ndatabaseUrl=mysql://db/x\n")
                              << Key::DatabaseUrl;
    QTest::newRow("db password") << QByteArray("[storage]\ndatabaseUrl=postgresql://u:pw@h/d\n")
                                 << Key::DatabaseUrl;
    QTest::newRow("language fr") << QByteArray("[General]\nlanguage=fr\n") << Key::Language;
    QTest::newRow("retention") << QByteArray("[maintenance]\nretentionWeeks=9999\n")
                               << Key::RetentionWeeks;
    QTest::newRow("action") << QByteArray("[maintenance]\nretentionAction=shred\n")
                            << Key::RetentionAction;
    QTest::newRow("forget") << QByteArray("[credentials]\nforgetPasswordsOnSuccess=maybe\n")
                            << Key::ForgetPasswordsOnSuccess;
    QTest::newRow("imapsync list") << QByteArray("[imapsync]\npath=/a, /b\n") << Key::ImapsyncPath;
}

void TestSettings::invalidStoredValuesReadAsDefaults()
{
    QFETCH(QByteArray, ini);
    QFETCH(Key, key);
    const QVariant defaultValue = defaultOf(key);
    writeIni(ini);
    const auto settings = open();
    QCOMPARE(read(*settings, key), defaultValue);
    QCOMPARE(settings->problems().size(), 1);
    QVERIFY2(settings->problems().at(0).contains(QStringLiteral("default")),
             qPrintable(settings->problems().at(0)));
    // Setting a valid value repairs the file.
    QSignalSpy spy(settings.get(), &Settings::changed);
    QVERIFY(write(*settings, key, defaultValue));
    QCOMPARE(spy.size(), 0); // what the getter returns did not change
    QCOMPARE(settings->problems(), QStringList());
}

void TestSettings::rulesPersistedInOrder()
{
    {
        const auto settings = open();
        QSignalSpy spy(settings.get(), &Settings::changed);
        QVERIFY(settings->setHostShortcutRules(ThreeRules));
        QVERIFY(settings->setHostShortcutRules(ThreeRules));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<Key>(), Key::HostShortcutRules);
    }
    const auto reopened = open();
    QCOMPARE(reopened->hostShortcutRules(), ThreeRules);
    QSettings raw(iniFile(), QSettings::IniFormat);
    QCOMPARE(raw.beginReadArray(QStringLiteral("hostShortcuts")), 3);
    raw.setArrayIndex(1);
    QCOMPARE(raw.value(QStringLiteral("pattern")).toString(), ThreeRules.at(1).pattern);
    raw.endArray();
    // Reordered is a change too.
    QSignalSpy spy(reopened.get(), &Settings::changed);
    const QVector<HostShortcutRule> reversed{ThreeRules.at(2), ThreeRules.at(1), ThreeRules.at(0)};
    QVERIFY(reopened->setHostShortcutRules(reversed));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(reopened->hostShortcutRules(), reversed);
}

void TestSettings::invalidRulesRefused()
{
    const auto settings = open();
    QVERIFY(settings->setHostShortcutRules(ThreeRules));
    QSignalSpy spy(settings.get(), &Settings::changed);
    QStringList errors;
    QVERIFY(!settings->setHostShortcutRules(
        {ThreeRules.at(0), {QStringLiteral("^(SV[0-9]+$"), QStringLiteral("example.com")}},
        &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).startsWith(QStringLiteral("Rule 2")), qPrintable(errors.at(0)));
    QCOMPARE(settings->hostShortcutRules(), ThreeRules);
    QCOMPARE(spy.size(), 0);
}

void TestSettings::invalidStoredRulesReadAsNone_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::newRow("bad regex") << QByteArray("[hostShortcuts]\n1\\pattern=^(SV\n1\\suffix=x.com\n"
                                             "size=1\n");
    QTest::newRow("no suffix") << QByteArray("[hostShortcuts]\n1\\pattern=^SV$\nsize=1\n");
    QTest::newRow("size too large") << QByteArray("[hostShortcuts]\nsize=100000\n");
    QTest::newRow("pattern list") << QByteArray("[hostShortcuts]\n1\\pattern=a, b\n"
                                                "1\\suffix=x.com\nsize=1\n");
}

void TestSettings::invalidStoredRulesReadAsNone()
{
    QFETCH(QByteArray, ini);
    writeIni(ini);
    const auto settings = open();
    QVERIFY(settings->hostShortcutRules().isEmpty());
    QCOMPARE(settings->problems().size(), 1);
    QVERIFY2(settings->problems().at(0).contains(QStringLiteral("host shortcut")),
             qPrintable(settings->problems().at(0)));
}

void TestSettings::uiStateRoundTrip()
{
    const QByteArray blob("\x01\x02\x00\xff geometry", 14);
    {
        const auto settings = open();
        QSignalSpy spy(settings.get(), &Settings::changed);
        settings->setUiState(QStringLiteral("mainWindow/geometry"), blob);
        QCOMPARE(spy.size(), 0);
    }
    QCOMPARE(open()->uiState(QStringLiteral("mainWindow/geometry")), blob);
    QVERIFY(open()->uiState(QStringLiteral("mainWindow/splitter")).isEmpty());
}

// Per server (host case-insensitive, port apart), normalised to lower-case hex, no changed().
void TestSettings::acceptedCertificateRoundTrip()
{
    const QString hex = QStringLiteral("00112233445566778899aabbccddeeff"
                                       "00112233445566778899aabbccddeeff");
    const QString grouped = QStringLiteral("00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:"
                                           "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF");
    {
        const auto settings = open();
        QSignalSpy spy(settings.get(), &Settings::changed);
        QVERIFY(settings->acceptedCertificate(QStringLiteral("imap.example.com"), 993).isEmpty());
        QVERIFY(settings->setAcceptedCertificate(QStringLiteral("IMAP.Example.com"), 993, grouped));
        QCOMPARE(spy.size(), 0);
    }
    {
        const auto settings = open();
        QCOMPARE(settings->acceptedCertificate(QStringLiteral("imap.example.com"), 993), hex);
        QCOMPARE(settings->acceptedCertificate(QStringLiteral("Imap.Example.Com"), 993), hex);
        QVERIFY(settings->acceptedCertificate(QStringLiteral("imap.example.com"), 143).isEmpty());
        QVERIFY(settings->acceptedCertificate(QStringLiteral("mail.example.com"), 993).isEmpty());
        QVERIFY(settings->setAcceptedCertificate(QStringLiteral("imap.example.com"), 993, {}));
        QVERIFY(settings->acceptedCertificate(QStringLiteral("imap.example.com"), 993).isEmpty());
    }
    QVERIFY(open()->acceptedCertificate(QStringLiteral("imap.example.com"), 993).isEmpty());
    QSettings raw(iniFile(), QSettings::IniFormat);
    raw.beginGroup(QStringLiteral("certificates"));
    QVERIFY(raw.childKeys().isEmpty());
}

void TestSettings::acceptedCertificateRefusesNonFingerprints()
{
    const auto settings = open();
    const QString kept = QString(64, QLatin1Char('a'));
    QVERIFY(settings->setAcceptedCertificate(QStringLiteral("imap.example.com"), 993, kept));
    for (const QString &bad : {QStringLiteral("abcd"), QString(63, QLatin1Char('a')),
                               QString(64, QLatin1Char('g')), QString(40, QLatin1Char('a'))}) {
        QVERIFY2(!settings->setAcceptedCertificate(QStringLiteral("imap.example.com"), 993, bad),
                 qPrintable(bad));
    }
    QCOMPARE(settings->acceptedCertificate(QStringLiteral("imap.example.com"), 993), kept);
}

void TestSettings::acceptedCertificateIgnoresHandEditedJunk()
{
    {
        QSettings raw(iniFile(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("certificates/imap.example.com:993"),
                     QStringLiteral("not a fingerprint"));
        raw.setValue(QStringLiteral("certificates/mail.example.com:993"), QString(64, u'B'));
    }
    const auto settings = open();
    QCOMPARE(settings->acceptedCertificate(QStringLiteral("mail.example.com"), 993),
             QString(64, u'b'));
    QVERIFY(settings->acceptedCertificate(QStringLiteral("imap.example.com"), 993).isEmpty());
    QCOMPARE(settings->problems(), QStringList());
}

void TestSettings::migratesEmptyFile()
{
    {
        const auto settings = open();
        QCOMPARE(settings->version(), 1);
        QVERIFY(settings->sync());
    }
    QSettings raw(iniFile(), QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("settingsVersion")).toInt(), 1);
}

void TestSettings::migratesUnversionedFile()
{
    writeIni("[running]\nconcurrency=9\n[storage]\ndataDirectory=/srv/imapdesk\n");
    {
        const auto settings = open();
        QCOMPARE(settings->version(), 1);
        QCOMPARE(settings->concurrency(), 9);
        QCOMPARE(settings->dataDirectory(), QStringLiteral("/srv/imapdesk"));
    }
    QSettings raw(iniFile(), QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("settingsVersion")).toInt(), 1);
    QCOMPARE(raw.value(QStringLiteral("running/concurrency")).toInt(), 9);
}

void TestSettings::keepsNewerFile()
{
    writeIni("[General]\nsettingsVersion=7\n[running]\nconcurrency=9\n");
    {
        const auto settings = open();
        QCOMPARE(settings->version(), 7);
        QCOMPARE(settings->concurrency(), 9);
    }
    QSettings raw(iniFile(), QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("settingsVersion")).toInt(), 7);
}

void TestSettings::migrationStepsRunInOrderOnce()
{
    writeIni("[General]\nsettingsVersion=1\nthreads=6\n");
    QStringList ran;
    const QVector<imapdesk::SettingsMigration> steps{
        {1,
         [&ran](QSettings &) {
             ran << QStringLiteral("1");
         }},
        {2,
         [&ran](QSettings &store) {
             ran << QStringLiteral("2");
             store.setValue(QStringLiteral("running/concurrency"),
                            store.value(QStringLiteral("threads")));
             store.remove(QStringLiteral("threads"));
         }},
        {3,
         [&ran](QSettings &) {
             ran << QStringLiteral("3");
         }},
    };
    QSettings store(iniFile(), QSettings::IniFormat);
    QCOMPARE(imapdesk::migrateSettings(store, steps), 3);
    QCOMPARE(ran, QStringList({QStringLiteral("2"), QStringLiteral("3")}));
    QCOMPARE(imapdesk::storedSettingsVersion(store), 3);
    QCOMPARE(store.value(QStringLiteral("running/concurrency")).toInt(), 6);
    QCOMPARE(imapdesk::migrateSettings(store, steps), 3);
    QCOMPARE(ran.size(), 2); // nothing runs twice
    QCOMPARE(imapdesk::latestSettingsVersion(imapdesk::builtInSettingsMigrations()), 1);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
