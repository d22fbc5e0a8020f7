#pragma once

#include <QDialog>
#include <QVector>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace imapdesk {

class Settings;
class SettingsPage;

// Edits a Settings, one tab per section. Nothing reaches the Settings before
// OK, which stays disabled while a section has a problem (a bad regular
// expression, a relative folder...); Cancel changes nothing.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Section { Imapsync, Running, Storage, HostShortcuts, Language, Maintenance };
    Q_ENUM(Section)

    explicit SettingsDialog(Settings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // E.g. straight to imapsync when it was not found.
    void showSection(Section section);

    // Applies every section to the Settings, writes them, then closes once
    // what pages save elsewhere (the keyring) is saved.
    void accept() override;
    void done(int result) override;

private:
    void addPage(SettingsPage *page, const QString &objectName);
    void updateProblems();
    void finishPages(int first);

    Settings &m_settings;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QVector<SettingsPage *> m_pages; // in Section order
    bool m_finishing = false;        // OK was clicked; a page still saves (keyring)
};

} // namespace imapdesk
