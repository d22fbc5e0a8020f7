#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace imapdesk {

class Settings;

// The first-run page of the main window, shown above the batches while
// imapsync cannot be used (not installed yet, or a wrong path): what imapsync
// is, how to install it on this system, and a button to choose the program.
// A chosen program is saved in the settings (the same key as Settings →
// imapsync) and checkRequested() asks the window to look again. The history
// and the logs stay usable below it.
class ImapsyncSetupPanel final : public QFrame
{
    Q_OBJECT

public:
    explicit ImapsyncSetupPanel(Settings &settings, QWidget *parent = nullptr);

    // Why imapsync cannot be used now (MigrationService::runnerMessage()).
    void setProblem(const QString &message);
    // While ImapDesk checks the program again: the buttons wait.
    void setChecking(bool checking);

    // How to install imapsync on the platform ImapDesk was built for (rich text).
    static QString installInstructions();

signals:
    // The settings may name another imapsync: look for it again.
    void checkRequested();

private:
    void buildLayout();
    void chooseProgram();
    void useProgram(const QString &path);

    Settings &m_settings;
    QLabel *m_problem = nullptr;
    QPushButton *m_choose = nullptr;
    QPushButton *m_checkAgain = nullptr;
};

} // namespace imapdesk
