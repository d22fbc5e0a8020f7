#include "settings/settings.h"

#include "net/tlscertificate.h"
#include "settings/settingsmigration.h"
#include "storage/databaselocation.h"

#include <QDir>
#include <QSettings>

namespace imapdesk {

namespace {

using Key = Settings::Key;

// Turns what the file holds into the typed value; false when it is unusable.
using Decoder = bool (*)(const QVariant &stored, QVariant *value);

struct KeySpec
{
    Key key;
    QString name; // in the file
    QVariant defaultValue;
    Decoder decode;
};

const QString kRulesArray = QStringLiteral("hostShortcuts");
const QString kPatternKey = QStringLiteral("pattern");
const QString kSuffixKey = QStringLiteral("suffix");
const QString kUiStateGroup = QStringLiteral("window/");
const QString kCertificateGroup = QStringLiteral("certificates/");

const QString kArchive = QStringLiteral("archive");
const QString kDelete = QStringLiteral("delete");

// INI files read "a, b" as a list: that is not one text.
bool isText(const QVariant &stored)
{
    return stored.typeId() != QMetaType::QStringList && stored.canConvert<QString>();
}

bool decodeText(const QVariant &stored, QVariant *value)
{
    if (!isText(stored))
        return false;
    *value = stored.toString().trimmed();
    return true;
}

bool decodeInt(const QVariant &stored, int min, int max, QVariant *value)
{
    bool ok = false;
    const int number = stored.toInt(&ok);
    if (!ok || number < min || number > max)
        return false;
    *value = number;
    return true;
}

bool decodeBool(const QVariant &stored, QVariant *value)
{
    if (stored.typeId() == QMetaType::Bool) {
        *value = stored;
        return true;
    }
    // QVariant calls any text but "", "0" and "false" true: too lenient.
    const QString text = stored.toString().trimmed().toLower();
    if (text != QLatin1String("true") && text != QLatin1String("false"))
        return false;
    *value = text == QLatin1String("true");
    return true;
}

bool decodeDirectory(const QVariant &stored, QVariant *value)
{
    return decodeText(stored, value) &&
           (value->toString().isEmpty() || QDir::isAbsolutePath(value->toString()));
}

bool decodeDatabaseUrl(const QVariant &stored, QVariant *value)
{
    return decodeText(stored, value) && Settings::databaseUrlProblem(value->toString()).isEmpty();
}

bool decodeLanguage(const QVariant &stored, QVariant *value)
{
    if (!decodeText(stored, value))
        return false;
    *value = value->toString().toLower();
    return value->toString().isEmpty() ||
           Settings::supportedLanguages().contains(value->toString());
}

bool decodeRetentionAction(const QVariant &stored, QVariant *value)
{
    const QString text = stored.toString().trimmed().toLower();
    if (text != kArchive && text != kDelete)
        return false;
    *value = int(text == kArchive ? Settings::RetentionAction::Archive
                                  : Settings::RetentionAction::Delete);
    return true;
}

// Index = Key. The rules are an array and have no spec.
const QVector<KeySpec> &specs()
{
    static const QVector<KeySpec> table{
        {Key::ImapsyncPath, QStringLiteral("imapsync/path"), QString(), decodeText},
        {Key::Concurrency, QStringLiteral("running/concurrency"), Settings::DefaultConcurrency,
         [](const QVariant &stored, QVariant *value) {
             return decodeInt(stored, 1, Settings::MaxConcurrency, value);
         }},
        {Key::PerHostLimit, QStringLiteral("running/perHostLimit"), 0,
         [](const QVariant &stored, QVariant *value) {
             return decodeInt(stored, 0, Settings::MaxConcurrency, value);
         }},
        {Key::DataDirectory, QStringLiteral("storage/dataDirectory"), QString(), decodeDirectory},
        {Key::DatabaseUrl, QStringLiteral("storage/databaseUrl"), QString(), decodeDatabaseUrl},
        {Key::HostShortcutRules, kRulesArray, QVariant(), nullptr},
        {Key::Language, QStringLiteral("language"), QString(), decodeLanguage},
        {Key::RetentionWeeks, QStringLiteral("maintenance/retentionWeeks"), 0,
         [](const QVariant &stored, QVariant *value) {
             return decodeInt(stored, 0, Settings::MaxRetentionWeeks, value);
         }},
        {Key::RetentionAction, QStringLiteral("maintenance/retentionAction"),
         int(Settings::RetentionAction::Archive), decodeRetentionAction},
        {Key::ForgetPasswordsOnSuccess, QStringLiteral("credentials/forgetPasswordsOnSuccess"),
         false, decodeBool},
    };
    return table;
}

const KeySpec &spec(Key key)
{
    const KeySpec &keySpec = specs().at(int(key));
    Q_ASSERT(keySpec.key == key);
    return keySpec;
}

// "certificates/imap.example.com:993": one key per server, the host as typed but in lower case.
QString certificateKey(const QString &host, quint16 port)
{
    return kCertificateGroup + host.trimmed().toLower() + u':' + QString::number(port);
}

QString storedText(const QVariant &stored)
{
    return stored.typeId() == QMetaType::QStringList ? stored.toStringList().join(u',')
                                                     : stored.toString();
}

} // namespace

Settings::Settings(std::unique_ptr<QSettings> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_version(migrateSettings(*m_store, builtInSettingsMigrations()))
{}

Settings::~Settings() = default;

QString Settings::fileName() const
{
    return m_store->fileName();
}

bool Settings::sync(QString *error)
{
    m_store->sync();
    if (m_store->status() == QSettings::NoError)
        return true;
    if (error) {
        *error = m_store->status() == QSettings::AccessError
                     ? tr("The settings cannot be saved in %1.").arg(fileName())
                     : tr("The settings file %1 is damaged.").arg(fileName());
    }
    return false;
}

QStringList Settings::problems() const
{
    QStringList messages;
    for (const KeySpec &keySpec : specs()) {
        const QString message = problem(keySpec.key);
        if (!message.isEmpty())
            messages << message;
    }
    return messages;
}

QString Settings::problem(Key key) const
{
    const KeySpec &keySpec = spec(key);
    if (key == Key::HostShortcutRules) {
        bool valid = true;
        const QStringList details = HostShortcuts::validate(storedRules(&valid));
        if (valid)
            return {};
        return tr("The host shortcut rules in %1 are not usable, none is applied. %2")
            .arg(fileName(), details.join(u' '));
    }
    const QVariant stored = m_store->value(keySpec.name);
    QVariant decoded;
    if (!stored.isValid() || keySpec.decode(stored, &decoded))
        return {};
    return tr("The setting %1 in %2 has an unusable value (%3): the default is used.")
        .arg(keySpec.name, fileName(), storedText(stored));
}

QVariant Settings::value(Key key) const
{
    const KeySpec &keySpec = spec(key);
    const QVariant stored = m_store->value(keySpec.name);
    QVariant decoded;
    if (stored.isValid() && keySpec.decode(stored, &decoded))
        return decoded;
    return keySpec.defaultValue;
}

bool Settings::assign(Key key, const QVariant &stored)
{
    const KeySpec &keySpec = spec(key);
    QVariant decoded;
    if (!keySpec.decode(stored, &decoded))
        return false;
    const QVariant before = value(key);
    // Defaults are not written, so that a later ImapDesk can improve them.
    if (decoded == keySpec.defaultValue)
        m_store->remove(keySpec.name);
    else if (m_store->value(keySpec.name) != stored)
        m_store->setValue(keySpec.name, stored);
    if (before != decoded)
        emit changed(key);
    return true;
}

QString Settings::imapsyncPath() const
{
    return value(Key::ImapsyncPath).toString();
}

void Settings::setImapsyncPath(const QString &path)
{
    assign(Key::ImapsyncPath, path.trimmed());
}

int Settings::concurrency() const
{
    return value(Key::Concurrency).toInt();
}

bool Settings::setConcurrency(int jobs)
{
    return assign(Key::Concurrency, jobs);
}

int Settings::perHostLimit() const
{
    return value(Key::PerHostLimit).toInt();
}

bool Settings::setPerHostLimit(int jobs)
{
    return assign(Key::PerHostLimit, jobs);
}

QString Settings::dataDirectory() const
{
    return value(Key::DataDirectory).toString();
}

bool Settings::setDataDirectory(const QString &directory)
{
    return assign(Key::DataDirectory, directory.trimmed());
}

QString Settings::databaseUrlProblem(const QString &url)
{
    if (url.isEmpty())
        return {};
    DatabaseLocation location;
    QString error;
    if (!DatabaseLocation::parse(url, location, error))
        return error;
    // A desktop application's working folder is anywhere: say where.
    if (location.kind == DatabaseLocation::Kind::Sqlite && !QDir::isAbsolutePath(url))
        return tr("The SQLite file %1 must be given with its full path.").arg(url);
    return {};
}

QString Settings::databaseUrl() const
{
    return value(Key::DatabaseUrl).toString();
}

bool Settings::setDatabaseUrl(const QString &url, QString *error)
{
    const QString problem = databaseUrlProblem(url.trimmed());
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    return assign(Key::DatabaseUrl, url.trimmed());
}

QVector<HostShortcutRule> Settings::hostShortcutRules() const
{
    bool valid = true;
    const QVector<HostShortcutRule> rules = storedRules(&valid);
    return valid ? rules : QVector<HostShortcutRule>();
}

bool Settings::setHostShortcutRules(const QVector<HostShortcutRule> &rules, QStringList *errors)
{
    QStringList problems = HostShortcuts::validate(rules);
    if (rules.size() > MaxHostShortcutRules)
        problems << tr("At most %1 host shortcut rules are allowed.").arg(MaxHostShortcutRules);
    if (!problems.isEmpty()) {
        if (errors)
            errors->append(problems);
        return false;
    }
    const QVector<HostShortcutRule> before = hostShortcutRules();
    writeRules(rules);
    if (before != rules)
        emit changed(Key::HostShortcutRules);
    return true;
}

QVector<HostShortcutRule> Settings::storedRules(bool *valid) const
{
    const int size = m_store->beginReadArray(kRulesArray);
    *valid = size <= MaxHostShortcutRules;
    QVector<HostShortcutRule> rules;
    for (int i = 0; *valid && i < size; ++i) {
        m_store->setArrayIndex(i);
        const QVariant pattern = m_store->value(kPatternKey);
        const QVariant suffix = m_store->value(kSuffixKey);
        *valid = isText(pattern) && isText(suffix);
        rules.append({pattern.toString(), suffix.toString()});
    }
    m_store->endArray();
    *valid = *valid && HostShortcuts::validate(rules).isEmpty();
    return rules;
}

void Settings::writeRules(const QVector<HostShortcutRule> &rules)
{
    m_store->remove(kRulesArray);
    if (rules.isEmpty())
        return;
    m_store->beginWriteArray(kRulesArray, int(rules.size()));
    for (int i = 0; i < rules.size(); ++i) {
        m_store->setArrayIndex(i);
        m_store->setValue(kPatternKey, rules.at(i).pattern);
        m_store->setValue(kSuffixKey, rules.at(i).suffix);
    }
    m_store->endArray();
}

QStringList Settings::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("pt")};
}

QString Settings::language() const
{
    return value(Key::Language).toString();
}

bool Settings::setLanguage(const QString &code)
{
    return assign(Key::Language, code.trimmed().toLower());
}

int Settings::retentionWeeks() const
{
    return value(Key::RetentionWeeks).toInt();
}

bool Settings::setRetentionWeeks(int weeks)
{
    return assign(Key::RetentionWeeks, weeks);
}

Settings::RetentionAction Settings::retentionAction() const
{
    return RetentionAction(value(Key::RetentionAction).toInt());
}

void Settings::setRetentionAction(RetentionAction action)
{
    assign(Key::RetentionAction, action == RetentionAction::Archive ? kArchive : kDelete);
}

bool Settings::forgetPasswordsOnSuccess() const
{
    return value(Key::ForgetPasswordsOnSuccess).toBool();
}

void Settings::setForgetPasswordsOnSuccess(bool forget)
{
    assign(Key::ForgetPasswordsOnSuccess, forget);
}

QByteArray Settings::uiState(const QString &name) const
{
    return m_store->value(kUiStateGroup + name).toByteArray();
}

void Settings::setUiState(const QString &name, const QByteArray &state)
{
    m_store->setValue(kUiStateGroup + name, state);
}

QString Settings::acceptedCertificate(const QString &host, quint16 port) const
{
    const QVariant stored = m_store->value(certificateKey(host, port));
    // A hand-edited value that is no fingerprint pins nothing.
    return isText(stored) ? fingerprintHex(parseFingerprint(stored.toString())) : QString();
}

QList<Settings::AcceptedCertificate> Settings::acceptedCertificates() const
{
    QList<AcceptedCertificate> certificates;
    m_store->beginGroup(kCertificateGroup.chopped(1));
    QStringList servers = m_store->childKeys();
    servers.sort();
    for (const QString &server : std::as_const(servers)) {
        const QVariant stored = m_store->value(server);
        const QString fingerprint =
            isText(stored) ? fingerprintHex(parseFingerprint(stored.toString())) : QString();
        if (!fingerprint.isEmpty())
            certificates.append({server, fingerprint});
    }
    m_store->endGroup();
    return certificates;
}

void Settings::forgetAcceptedCertificate(const QString &server)
{
    m_store->remove(kCertificateGroup + server);
}

bool Settings::setAcceptedCertificate(const QString &host, quint16 port,
                                      const QString &hexFingerprint)
{
    const QString key = certificateKey(host, port);
    if (hexFingerprint.trimmed().isEmpty()) {
        m_store->remove(key);
        return true;
    }
    const QByteArray fingerprint = parseFingerprint(hexFingerprint);
    if (fingerprint.isEmpty())
        return false;
    m_store->setValue(key, fingerprintHex(fingerprint));
    return true;
}

} // namespace imapdesk
