#pragma once

#include "accounts/hostshortcuts.h"
#include "ui/settingspage.h"

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace imapdesk {

// Pymap's HOSTS setting as an editable table of pattern/suffix rules, in
// order. Every edit is validated at once (a bad regular expression names its
// rule and Qt's message, and stops OK), and a "try it" field shows what a
// typed host becomes.
class SettingsHostShortcutsPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit SettingsHostShortcutsPage(QWidget *parent = nullptr);
    ~SettingsHostShortcutsPage() override;

    QString title() const override;
    void load(const Settings &settings) override;
    void apply(Settings &settings) const override;
    QString problem() const override;

private:
    QWidget *createTable();
    QWidget *createButtons();
    QWidget *createTryRow();
    QVector<HostShortcutRule> rules() const;
    void setRules(const QVector<HostShortcutRule> &rules);
    void addRule();
    void removeRules();
    void moveRule(int offset);
    void rulesEdited();
    void updateButtons();
    void updateTry();

    QTableWidget *m_table = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    SettingsStatus *m_problems = nullptr;
    QLineEdit *m_tryHost = nullptr;
    SettingsStatus *m_tryResult = nullptr;
    QStringList m_currentProblems;
};

} // namespace imapdesk
