#pragma once

#include "ui/settingspage.h"

class QLineEdit;
class QPushButton;

namespace imapdesk {

struct ImapsyncProbeResult;

// Which imapsync to run, with a "Test" that runs `imapsync --version` in the
// background and shows the version and where it was found.
class SettingsImapsyncPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit SettingsImapsyncPage(QWidget *parent = nullptr);

    QString title() const override;
    void load(const Settings &settings) override;
    void apply(Settings &settings) const override;

private:
    void browse();
    void test();
    void showProbeResult(const QString &program, const ImapsyncProbeResult &result);
    void forgetTest();

    QLineEdit *m_path = nullptr;
    QPushButton *m_test = nullptr;
    SettingsStatus *m_status = nullptr;
    int m_testRun = 0; // answers of an earlier run (another path) are ignored
};

} // namespace imapdesk
