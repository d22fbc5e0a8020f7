#include "ui/settingsstoragepage.h"

#include "settings/databaseconnectiontest.h"
#include "settings/settings.h"
#include "storage/databaselocation.h"
#include "ui/databasepasswordfield.h"
#include "util/applicationpaths.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyle>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace imapdesk {

namespace {

constexpr int kDefaultPostgreSqlPort = 5432;

QLineEdit *lineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

void addField(QFormLayout *form, const QString &label, QWidget *field, QLayout *row = nullptr)
{
    auto *name = new QLabel(label, form->parentWidget());
    name->setBuddy(field);
    if (row)
        form->addRow(name, row);
    else
        form->addRow(name, field);
}

QHBoxLayout *withButton(QWidget *field, QPushButton *button)
{
    auto *row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(button);
    return row;
}

// "sslmode=require connect_timeout=10" (spaces or ';' between options).
QStringList optionParts(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString fromNativePath(const QLineEdit *edit)
{
    return QDir::fromNativeSeparators(edit->text().trimmed());
}

} // namespace

SettingsStoragePage::SettingsStoragePage(QWidget *parent)
    : SettingsPage(parent)
    , m_dataFolder(lineEdit(QStringLiteral("dataFolder"), this))
    , m_sqlite(new QRadioButton(tr("&SQLite file on this computer (default)"), this))
    , m_postgreSql(new QRadioButton(tr("&PostgreSQL server, shared by a team"), this))
    , m_sqliteFile(lineEdit(QStringLiteral("sqliteFile"), this))
    , m_host(lineEdit(QStringLiteral("postgreSqlHost"), this))
    , m_port(new QSpinBox(this))
    , m_user(lineEdit(QStringLiteral("postgreSqlUser"), this))
    , m_databaseName(lineEdit(QStringLiteral("postgreSqlDatabase"), this))
    , m_options(lineEdit(QStringLiteral("postgreSqlOptions"), this))
    , m_password(new DatabasePasswordField(this))
    , m_test(new QPushButton(tr("Test &connection"), this))
    , m_status(new SettingsStatus(this))
{
    m_sqlite->setObjectName(QStringLiteral("databaseSqlite"));
    m_postgreSql->setObjectName(QStringLiteral("databasePostgreSql"));
    m_port->setObjectName(QStringLiteral("postgreSqlPort"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_status->setObjectName(QStringLiteral("connectionResult"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createDataFolderRow());
    layout->addWidget(createDatabaseGroup());
    layout->addWidget(settingsNote(
        tr("Changes to the data folder and the database apply when ImapDesk starts again. The "
           "--data-dir and --db options and the IMAPDESK_DATA_DIR and IMAPDESK_DB variables win "
           "over these settings."),
        this));
    layout->addStretch(1);

    connect(m_sqlite, &QRadioButton::toggled, this, &SettingsStoragePage::updateKind);
    connect(m_test, &QPushButton::clicked, this, &SettingsStoragePage::testConnection);
    for (QLineEdit *edit : {m_dataFolder, m_sqliteFile, m_host, m_user, m_databaseName, m_options})
        connect(edit, &QLineEdit::textChanged, this, &SettingsStoragePage::edited);
    connect(m_port, &QSpinBox::valueChanged, this, &SettingsStoragePage::edited);
    connect(m_password, &DatabasePasswordField::edited, this, &SettingsStoragePage::edited);
    m_sqlite->setChecked(true);
}

QWidget *SettingsStoragePage::createDataFolderRow()
{
    auto *row = new QWidget(this);
    auto *form = new QFormLayout(row);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *browse = new QPushButton(tr("&Browse…"), row);
    browse->setObjectName(QStringLiteral("dataFolderBrowse"));
    m_dataFolder->setPlaceholderText(nativePath(defaultDataDirectory()));
    m_dataFolder->setClearButtonEnabled(true);
    addField(form, tr("&Data folder:"), m_dataFolder, withButton(m_dataFolder, browse));
    form->addRow(settingsNote(tr("Job logs and the SQLite history live here. Leave empty for "
                                 "the folder shown."),
                              row));
    connect(browse, &QPushButton::clicked, this, &SettingsStoragePage::browseDataFolder);
    return row;
}

QWidget *SettingsStoragePage::createDatabaseGroup()
{
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_sqlite);
    kinds->addButton(m_postgreSql);
    auto *group = new QGroupBox(tr("History database"), this);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_sqlite);
    layout->addWidget(createSqliteFields());
    layout->addWidget(m_postgreSql);
    layout->addWidget(createPostgreSqlFields());
    layout->addWidget(createTestRow());
    return group;
}

QWidget *SettingsStoragePage::createSqliteFields()
{
    m_sqliteFields = new QWidget(this);
    auto *form = new QFormLayout(m_sqliteFields);
    form->setContentsMargins(style()->pixelMetric(QStyle::PM_IndicatorWidth) * 2, 0, 0, 0);
    auto *browse = new QPushButton(tr("Brows&e…"), m_sqliteFields);
    browse->setObjectName(QStringLiteral("sqliteFileBrowse"));
    m_sqliteFile->setClearButtonEnabled(true);
    addField(form, tr("&File:"), m_sqliteFile, withButton(m_sqliteFile, browse));
    connect(browse, &QPushButton::clicked, this, &SettingsStoragePage::browseSqliteFile);
    return m_sqliteFields;
}

QWidget *SettingsStoragePage::createPostgreSqlFields()
{
    m_postgreSqlFields = new QWidget(this);
    auto *form = new QFormLayout(m_postgreSqlFields);
    form->setContentsMargins(style()->pixelMetric(QStyle::PM_IndicatorWidth) * 2, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_host->setPlaceholderText(tr("db.example.com or a socket folder"));
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPostgreSqlPort);
    m_databaseName->setPlaceholderText(QStringLiteral("imapdesk"));
    m_options->setPlaceholderText(QStringLiteral("sslmode=require"));
    addField(form, tr("&Host:"), m_host);
    addField(form, tr("P&ort:"), m_port);
    addField(form, tr("&User:"), m_user);
    addField(form, tr("D&atabase:"), m_databaseName);
    addField(form, tr("Opt&ions:"), m_options);
    addField(form, tr("Pass&word:"), m_password);
    form->addRow(settingsNote(
        tr("The password is saved in the system keyring, never in the settings file. Without "
           "one there, the PostgreSQL client reads it from the PGPASSWORD variable or the "
           "~/.pgpass file (%APPDATA%\\postgresql\\pgpass.conf on Windows). Options are "
           "libpq's, key=value separated by spaces."),
        m_postgreSqlFields));
    return m_postgreSqlFields;
}

QWidget *SettingsStoragePage::createTestRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_test->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    layout->addWidget(m_test, 0, Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_status, 1);
    return row;
}

QString SettingsStoragePage::title() const
{
    return tr("Storage");
}

void SettingsStoragePage::load(const Settings &settings)
{
    m_dataFolder->setText(nativePath(settings.dataDirectory()));
    m_loadedUrl = settings.databaseUrl();
    DatabaseLocation location;
    QString error;
    const bool postgreSql = !m_loadedUrl.isEmpty() &&
                            DatabaseLocation::parse(m_loadedUrl, location, error) &&
                            location.kind == DatabaseLocation::Kind::PostgreSql;
    if (postgreSql)
        loadPostgreSql(location);
    else
        m_sqliteFile->setText(nativePath(m_loadedUrl));
    (postgreSql ? m_postgreSql : m_sqlite)->setChecked(true);
    m_loadedComposed = composedUrl();
    m_status->clear();
    DatabaseLocation shown;
    postgreSqlLocation(&shown);
    m_password->setLocation(shown);
}

void SettingsStoragePage::loadPostgreSql(const DatabaseLocation &location)
{
    m_host->setText(location.host);
    m_port->setValue(location.port);
    m_user->setText(location.user);
    m_databaseName->setText(location.databaseName);
    m_options->setText(optionParts(location.connectOptions).join(u' '));
}

void SettingsStoragePage::apply(Settings &settings) const
{
    settings.setDataDirectory(fromNativePath(m_dataFolder));
    settings.setDatabaseUrl(appliedUrl());
}

// The password goes to the keyring under the database the settings now name.
bool SettingsStoragePage::applyLater(std::function<void(const QString &message)> done)
{
    DatabaseLocation location;
    QString error;
    if (!m_postgreSql->isChecked() || !DatabaseLocation::parse(appliedUrl(), location, error))
        return false;
    return m_password->save(location, std::move(done));
}

QString SettingsStoragePage::appliedUrl() const
{
    // An untouched URL stays as the user wrote it ("postgres://", no port...).
    const QString url = composedUrl();
    return url == m_loadedComposed ? m_loadedUrl : url;
}

bool SettingsStoragePage::postgreSqlLocation(DatabaseLocation *location) const
{
    *location = DatabaseLocation();
    QString error;
    return m_postgreSql->isChecked() && problem().isEmpty() &&
           DatabaseLocation::parse(appliedUrl(), *location, error) &&
           location->kind == DatabaseLocation::Kind::PostgreSql;
}

QString SettingsStoragePage::problem() const
{
    const QString folder = fromNativePath(m_dataFolder);
    if (!folder.isEmpty() && !QDir::isAbsolutePath(folder))
        return tr("The data folder must be a full path, such as %1.")
            .arg(nativePath(defaultDataDirectory()));
    if (m_postgreSql->isChecked()) {
        if (m_host->text().trimmed().isEmpty())
            return tr("Enter the host name of the PostgreSQL server.");
        if (m_databaseName->text().trimmed().isEmpty())
            return tr("Enter the name of the PostgreSQL database.");
        if (const QString options = optionsProblem(); !options.isEmpty())
            return options;
    }
    return Settings::databaseUrlProblem(composedUrl());
}

QString SettingsStoragePage::optionsProblem() const
{
    const QStringList parts = optionParts(m_options->text());
    for (const QString &part : parts) {
        if (part.indexOf(u'=') < 1)
            return tr("The option \"%1\" is not written key=value, such as sslmode=require.")
                .arg(part);
    }
    return {};
}

QString SettingsStoragePage::composedUrl() const
{
    if (m_sqlite->isChecked())
        return fromNativePath(m_sqliteFile);
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    const QString host = m_host->text().trimmed();
    if (host.startsWith(u'/')) {
        // A socket folder is no URL host; libpq takes it from the query.
        url.setHost(QStringLiteral("localhost"));
        query.addQueryItem(QStringLiteral("host"), host);
    } else {
        url.setHost(host);
    }
    url.setUserName(m_user->text().trimmed());
    url.setPort(m_port->value());
    url.setPath(u'/' + m_databaseName->text().trimmed());
    for (const QString &part : optionParts(m_options->text()))
        query.addQueryItem(part.section(u'=', 0, 0), part.section(u'=', 1));
    if (!query.isEmpty())
        url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString SettingsStoragePage::effectiveDataDirectory() const
{
    const QString folder = fromNativePath(m_dataFolder);
    return folder.isEmpty() ? defaultDataDirectory() : folder;
}

void SettingsStoragePage::browseDataFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the data folder"),
                                                             effectiveDataDirectory());
    if (!folder.isEmpty())
        m_dataFolder->setText(nativePath(folder));
}

void SettingsStoragePage::browseSqliteFile()
{
    const QString current = fromNativePath(m_sqliteFile);
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Choose the SQLite history file"),
        current.isEmpty() ? defaultDatabaseFile(effectiveDataDirectory()) : current,
        tr("SQLite databases (*.sqlite *.db);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite); // an existing history is what one usually picks
    if (!file.isEmpty())
        m_sqliteFile->setText(nativePath(file));
}

void SettingsStoragePage::updateKind()
{
    m_sqliteFields->setEnabled(m_sqlite->isChecked());
    m_postgreSqlFields->setEnabled(m_postgreSql->isChecked());
    edited();
}

void SettingsStoragePage::edited()
{
    m_sqliteFile->setPlaceholderText(nativePath(defaultDatabaseFile(effectiveDataDirectory())));
    ++m_testRun; // an answer about other fields would mislead
    m_test->setEnabled(true);
    m_status->clear();
    DatabaseLocation shown;
    postgreSqlLocation(&shown);
    m_password->setLocation(shown);
    emit problemChanged();
}

void SettingsStoragePage::testConnection()
{
    edited();
    QString error = problem();
    DatabaseLocation location;
    const QString url = composedUrl();
    if (error.isEmpty())
        DatabaseLocation::parse(url.isEmpty() ? defaultDatabaseFile(effectiveDataDirectory()) : url,
                                location, error);
    if (!error.isEmpty()) {
        m_status->setStatus(SettingsStatus::State::Failure, error);
        return;
    }
    m_test->setEnabled(false);
    m_status->setStatus(SettingsStatus::State::Busy,
                        tr("Connecting to %1…").arg(location.displayName()));
    if (location.kind != DatabaseLocation::Kind::PostgreSql) {
        runTest(location, {});
        return;
    }
    // The password typed, else the one saved, else libpq's own.
    const int run = m_testRun;
    m_password->passwordFor(location, [this, run, location](const QString &password) {
        if (run == m_testRun)
            runTest(location, password);
    });
}

void SettingsStoragePage::runTest(const DatabaseLocation &location, const QString &password)
{
    const int run = m_testRun;
    testDatabaseConnection(
        location, this,
        [this, run](const DatabaseTestResult &result) {
            if (run == m_testRun)
                showTestResult(result);
        },
        password);
}

void SettingsStoragePage::showTestResult(const DatabaseTestResult &result)
{
    m_test->setEnabled(true);
    m_status->setStatus(result.ok ? SettingsStatus::State::Success : SettingsStatus::State::Failure,
                        result.message);
}

} // namespace imapdesk
