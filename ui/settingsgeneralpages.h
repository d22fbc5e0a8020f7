#pragma once

#include "ui/settingspage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace imapdesk {

// How many imapsync processes run at once, in all and per server.
class SettingsRunningPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit SettingsRunningPage(QWidget *parent = nullptr);

    QString title() const override;
    void load(const Settings &settings) override;
    void apply(Settings &settings) const override;

private:
    QSpinBox *m_concurrency = nullptr;
    QSpinBox *m_perHost = nullptr;
};

// The language of the interface, from the next start on.
class SettingsLanguagePage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit SettingsLanguagePage(QWidget *parent = nullptr);

    QString title() const override;
    void load(const Settings &settings) override;
    void apply(Settings &settings) const override;

private:
    QComboBox *m_language = nullptr;
};

// What becomes of old batches, and of passwords no longer needed.
class SettingsMaintenancePage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit SettingsMaintenancePage(QWidget *parent = nullptr);

    QString title() const override;
    void load(const Settings &settings) override;
    void apply(Settings &settings) const override;

private:
    void updateRetention();

    QSpinBox *m_weeks = nullptr;
    QComboBox *m_action = nullptr;
    QLabel *m_deleteWarning = nullptr;
    QCheckBox *m_forgetPasswords = nullptr;
};

} // namespace imapdesk
