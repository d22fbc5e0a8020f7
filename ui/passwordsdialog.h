#pragma once

#include "secrets/jobcredentials.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace imapdesk {

// The job whose passwords the dialog asks for, and its place in a series
// (several selected jobs are asked about one after the other).
struct PasswordsRequest
{
    QString user1;
    QString host1; // "imap.example.com" or "imap.example.com:1143"
    QString user2;
    QString host2;
    int position = 1; // 1-based
    int count = 1;
};

// Job ▸ Enter Passwords…: both passwords of a job whose keychain entry is
// missing (deleted, or the batch was added on another computer). Shows who
// they are for, hides them unless asked to, and only lets the user save both.
// exec() returns Accepted (save them), Skipped (next job of the series) or
// Rejected (stop asking).
class PasswordsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Result { Skipped = 2 };

    explicit PasswordsDialog(const PasswordsRequest &request, QWidget *parent = nullptr);
    ~PasswordsDialog() override;

    JobCredentials credentials() const;

private:
    QLineEdit *addPasswordField(const QString &name);
    void setPasswordsVisible(bool visible);
    void updateSaveButton();

    QLineEdit *m_password1 = nullptr;
    QLineEdit *m_password2 = nullptr;
    QCheckBox *m_show = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace imapdesk
