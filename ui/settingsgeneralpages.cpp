#include "ui/settingsgeneralpages.h"

#include "settings/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace imapdesk {

namespace {

QSpinBox *spinBox(const QString &objectName, int minimum, int maximum, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(minimum, maximum);
    return box;
}

// Spin boxes and lists at their natural width, not stretched across the page.
QFormLayout *formLayout(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    return form;
}

void addField(QFormLayout *form, const QString &label, QWidget *field)
{
    auto *name = new QLabel(label, form->parentWidget());
    name->setBuddy(field);
    form->addRow(name, field);
}

} // namespace

SettingsRunningPage::SettingsRunningPage(QWidget *parent)
    : SettingsPage(parent)
    , m_concurrency(spinBox(QStringLiteral("concurrency"), 1, Settings::MaxConcurrency, this))
    , m_perHost(spinBox(QStringLiteral("perHostLimit"), 0, Settings::MaxConcurrency, this))
{
    m_perHost->setSpecialValueText(tr("No limit"));
    auto *form = formLayout(this);
    addField(form, tr("&Jobs at once:"), m_concurrency);
    addField(form, tr("Jobs per &server:"), m_perHost);
    form->addRow(settingsNote(
        tr("How many imapsync processes run at the same time: in all, and against any one "
           "source or destination server (some servers refuse many connections from one "
           "address)."),
        this));
}

QString SettingsRunningPage::title() const
{
    return tr("Running");
}

void SettingsRunningPage::load(const Settings &settings)
{
    m_concurrency->setValue(settings.concurrency());
    m_perHost->setValue(settings.perHostLimit());
}

void SettingsRunningPage::apply(Settings &settings) const
{
    settings.setConcurrency(m_concurrency->value());
    settings.setPerHostLimit(m_perHost->value());
}

SettingsLanguagePage::SettingsLanguagePage(QWidget *parent)
    : SettingsPage(parent)
    , m_language(new QComboBox(this))
{
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    // Each language in its own name, so that one can find one's way back.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Português"), QStringLiteral("pt"));
    auto *form = formLayout(this);
    addField(form, tr("&Language:"), m_language);
    form->addRow(settingsNote(tr("ImapDesk uses the new language when it starts again."), this));
}

QString SettingsLanguagePage::title() const
{
    return tr("Language");
}

void SettingsLanguagePage::load(const Settings &settings)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
}

void SettingsLanguagePage::apply(Settings &settings) const
{
    settings.setLanguage(m_language->currentData().toString());
}

SettingsMaintenancePage::SettingsMaintenancePage(QWidget *parent)
    : SettingsPage(parent)
    , m_weeks(spinBox(QStringLiteral("retentionWeeks"), 0, Settings::MaxRetentionWeeks, this))
    , m_action(new QComboBox(this))
    , m_deleteWarning(
          new QLabel(tr("Deleted batches and their logs cannot be brought back."), this))
    , m_forgetPasswords(
          new QCheckBox(tr("&Remove a job's passwords from the keychain once it succeeded"), this))
{
    m_forgetPasswords->setObjectName(QStringLiteral("forgetPasswordsOnSuccess"));
    m_weeks->setSpecialValueText(tr("Never"));
    m_action->setObjectName(QStringLiteral("retentionAction"));
    m_action->addItem(tr("Archive them (hidden from the list, kept with their logs)"),
                      int(Settings::RetentionAction::Archive));
    m_action->addItem(tr("Delete them with their logs"), int(Settings::RetentionAction::Delete));
    m_deleteWarning->setObjectName(QStringLiteral("retentionDeleteWarning"));
    m_deleteWarning->setWordWrap(true);
    auto *form = formLayout(this);
    addField(form, tr("Clean up batches &older than:"), m_weeks);
    addField(form, tr("&Then:"), m_action);
    form->addRow(QString(), m_deleteWarning);
    form->addRow(settingsNote(tr("Only batches that have ended are cleaned up."), this));
    form->addRow(m_forgetPasswords);
    form->addRow(settingsNote(tr("A later run of such a job (a delta pass) then asks for its "
                                 "passwords again. Deleting a batch always removes its "
                                 "passwords."),
                              this));
    connect(m_weeks, &QSpinBox::valueChanged, this, &SettingsMaintenancePage::updateRetention);
    connect(m_action, &QComboBox::currentIndexChanged, this,
            &SettingsMaintenancePage::updateRetention);
    updateRetention();
}

QString SettingsMaintenancePage::title() const
{
    return tr("Maintenance");
}

void SettingsMaintenancePage::load(const Settings &settings)
{
    m_weeks->setValue(settings.retentionWeeks());
    m_action->setCurrentIndex(std::max(0, m_action->findData(int(settings.retentionAction()))));
    m_forgetPasswords->setChecked(settings.forgetPasswordsOnSuccess());
}

void SettingsMaintenancePage::apply(Settings &settings) const
{
    settings.setRetentionWeeks(m_weeks->value());
    settings.setRetentionAction(Settings::RetentionAction(m_action->currentData().toInt()));
    settings.setForgetPasswordsOnSuccess(m_forgetPasswords->isChecked());
}

void SettingsMaintenancePage::updateRetention()
{
    const int weeks = m_weeks->value();
    // Plural by hand: QSpinBox has a suffix, not a "%n" text.
    m_weeks->setSuffix(weeks == 1 ? tr(" week") : tr(" weeks"));
    m_action->setEnabled(weeks > 0);
    m_deleteWarning->setVisible(weeks > 0 && m_action->currentData().toInt() ==
                                                 int(Settings::RetentionAction::Delete));
}

} // namespace imapdesk
