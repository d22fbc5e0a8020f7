#pragma once

#include "ui/settingspage.h"

#include <QStringList>

class QPushButton;
class QTableWidget;

namespace imapdesk {

// The server certificates the user chose to trust in the pre-flight check
// (self-signed, another name), one per server: listed with their SHA-256
// fingerprint so they can be compared with what the server's administrator
// says, and forgotten, e.g. once a server has a certificate that verifies.
// Batches added meanwhile keep the certificate they were added with.
class SettingsCertificatesPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit SettingsCertificatesPage(QWidget *parent = nullptr);

    QString title() const override;
    void load(const Settings &settings) override;
    void apply(Settings &settings) const override;

private:
    void forgetSelected();
    void updateButton();

    QTableWidget *m_table = nullptr;
    QPushButton *m_forget = nullptr;
    QStringList m_forgotten; // servers, until OK
};

} // namespace imapdesk
