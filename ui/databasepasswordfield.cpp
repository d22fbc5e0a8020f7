#include "ui/databasepasswordfield.h"

#include "secrets/databasepasswordstore.h"
#include "ui/settingspage.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace imapdesk {

namespace {

// Typing a host name asks the keyring once, not once per key.
constexpr int kLookupDelayMs = 400;

} // namespace

DatabasePasswordField::DatabasePasswordField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_forget(new QPushButton(tr("Forge&t"), this))
    , m_state(new SettingsStatus(this))
    , m_store(new DatabasePasswordStore(this))
    , m_lookupDelay(new QTimer(this))
{
    m_edit->setObjectName(QStringLiteral("postgreSqlPassword"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_forget->setObjectName(QStringLiteral("postgreSqlForgetPassword"));
    m_forget->setToolTip(tr("Remove the saved password from the system keyring when you click OK"));
    m_forget->setEnabled(false);
    m_state->setObjectName(QStringLiteral("postgreSqlPasswordState"));
    setFocusProxy(m_edit);

    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_forget);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_state);

    m_lookupDelay->setSingleShot(true);
    m_lookupDelay->setInterval(kLookupDelayMs);
    connect(m_lookupDelay, &QTimer::timeout, this, &DatabasePasswordField::lookUp);
    connect(m_edit, &QLineEdit::textEdited, this, &DatabasePasswordField::typed);
    connect(m_forget, &QPushButton::clicked, this, &DatabasePasswordField::forget);
}

DatabasePasswordField::~DatabasePasswordField() = default;

void DatabasePasswordField::setLocation(const DatabaseLocation &location)
{
    m_location = location;
    if (!DatabasePasswordStore::keyFor(location).isEmpty()) {
        m_lookupDelay->start();
        return;
    }
    // No PostgreSQL server named (yet): nothing to say.
    m_lookupDelay->stop();
    m_lookedUpKey.clear();
    ++m_lookupRun; // an answer still on its way is about other fields
    m_forget->setEnabled(false);
    m_state->clear();
}

void DatabasePasswordField::lookUp()
{
    const QString key = DatabasePasswordStore::keyFor(m_location);
    if (key.isEmpty() || key == m_lookedUpKey)
        return;
    m_lookedUpKey = key;
    const int run = ++m_lookupRun;
    m_forget->setEnabled(false);
    m_state->setStatus(SettingsStatus::State::Busy, tr("Looking in the system keyring…"));
    m_store->read(m_location, this, [this, run](const DatabasePasswordResult &result) {
        if (run == m_lookupRun)
            showLookup(result);
    });
}

void DatabasePasswordField::showLookup(const DatabasePasswordResult &result)
{
    m_forget->setEnabled(result.found() && !m_forgetting);
    m_edit->setPlaceholderText(result.found() ? tr("Leave empty to keep the saved password")
                                              : QString());
    if (m_forgetting) {
        m_state->setStatus(SettingsStatus::State::Info,
                           tr("The saved password is removed when you click OK."));
    } else if (result.source == DatabasePasswordSource::Keychain) {
        m_state->setStatus(SettingsStatus::State::Success,
                           tr("A password for this database is saved in the system keyring."));
    } else if (result.source == DatabasePasswordSource::Session) {
        m_state->setStatus(SettingsStatus::State::Info,
                           tr("A password for this database is kept in memory until ImapDesk "
                              "ends; it is not saved anywhere."));
    } else if (result.failed()) {
        m_state->setStatus(SettingsStatus::State::Failure,
                           tr("The system keyring cannot be used (%1). A password entered here "
                              "is kept in memory until ImapDesk ends, never written to disk.")
                               .arg(result.status.message));
    } else {
        m_state->setStatus(SettingsStatus::State::Info,
                           tr("No password saved for this database: the PostgreSQL client "
                              "reads PGPASSWORD or ~/.pgpass."));
    }
}

void DatabasePasswordField::forget()
{
    m_forgetting = true;
    m_edit->clear();
    m_forget->setEnabled(false);
    m_state->setStatus(SettingsStatus::State::Info,
                       tr("The saved password is removed when you click OK."));
    emit edited();
}

void DatabasePasswordField::typed()
{
    if (m_forgetting) {
        m_forgetting = false;
        m_lookedUpKey.clear(); // say again what is saved
        m_lookupDelay->start();
    }
    emit edited();
}

void DatabasePasswordField::passwordFor(const DatabaseLocation &location,
                                        std::function<void(const QString &)> done)
{
    if (!m_edit->text().isEmpty() || m_forgetting) {
        const QString password = m_forgetting ? QString() : m_edit->text();
        QMetaObject::invokeMethod(
            this, [done, password] { done(password); }, Qt::QueuedConnection);
        return;
    }
    m_store->read(location, this,
                  [done](const DatabasePasswordResult &result) { done(result.password); });
}

bool DatabasePasswordField::save(const DatabaseLocation &location,
                                 std::function<void(const QString &)> done)
{
    if (m_forgetting) {
        m_store->remove(location, this, [done](const CredentialStatus &status) {
            done(status.ok() ? QString()
                             : tr("The saved PostgreSQL password cannot be removed from the "
                                  "system keyring: %1")
                                   .arg(status.message));
        });
        return true;
    }
    const QString password = m_edit->text();
    if (password.isEmpty())
        return false;
    m_state->setStatus(SettingsStatus::State::Busy,
                       tr("Saving the password in the system keyring…"));
    m_store->write(location, password, this,
                   [this, location, password, done](const CredentialStatus &status) {
                       if (status.ok()) {
                           m_edit->clear();
                           done({});
                           return;
                       }
                       // Never on disk: only this process's memory.
                       DatabasePasswordStore::keepForSession(location, password);
                       done(tr("The PostgreSQL password cannot be saved in the system keyring: "
                               "%1\n\nImapDesk keeps it in memory until it ends and never writes "
                               "it to disk. For the next start, save it again once the keyring "
                               "works, or put it in PGPASSWORD or ~/.pgpass.")
                                .arg(status.message));
                   });
    return true;
}

} // namespace imapdesk
