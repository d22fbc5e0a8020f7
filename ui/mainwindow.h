#pragma once

#include "cli/globaloptions.h"

#include <QMainWindow>

namespace imapdesk {

class AccountListPanel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const GlobalOptions &options, QWidget *parent = nullptr);

    AccountListPanel *accountListPanel() const { return m_accounts; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void importAccountList();
    void showAbout();
    void restoreLayout();

    GlobalOptions m_options;
    AccountListPanel *m_accounts = nullptr;
};

} // namespace imapdesk
