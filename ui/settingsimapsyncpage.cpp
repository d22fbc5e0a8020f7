#include "ui/settingsimapsyncpage.h"

#include "imapsync/imapsynclocator.h"
#include "imapsync/imapsyncprobe.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

namespace imapdesk {

SettingsImapsyncPage::SettingsImapsyncPage(QWidget *parent)
    : SettingsPage(parent)
    , m_path(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_status(new SettingsStatus(this))
{
    m_path->setObjectName(QStringLiteral("imapsyncPath"));
    m_path->setPlaceholderText(tr("Automatic"));
    m_path->setClearButtonEnabled(true);
    m_test->setObjectName(QStringLiteral("imapsyncTest"));
    m_status->setObjectName(QStringLiteral("imapsyncTestResult"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("imapsyncBrowse"));

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_test->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignLeft | Qt::AlignTop);
    testRow->addWidget(m_status, 1);
    auto *form = new QFormLayout(this);
    auto *pathLabel = new QLabel(tr("imapsync &program:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(settingsNote(
        tr("Leave empty to use the imapsync next to ImapDesk, or else the first one on the "
           "PATH. The --imapsync option and the IMAPDESK_IMAPSYNC variable win over this "
           "setting."),
        this));
    form->addRow(testRow);

    connect(browse, &QPushButton::clicked, this, &SettingsImapsyncPage::browse);
    connect(m_test, &QPushButton::clicked, this, &SettingsImapsyncPage::test);
    connect(m_path, &QLineEdit::textChanged, this, &SettingsImapsyncPage::forgetTest);
}

QString SettingsImapsyncPage::title() const
{
    return tr("imapsync");
}

void SettingsImapsyncPage::load(const Settings &settings)
{
    m_path->setText(QDir::toNativeSeparators(settings.imapsyncPath()));
}

void SettingsImapsyncPage::apply(Settings &settings) const
{
    settings.setImapsyncPath(QDir::fromNativeSeparators(m_path->text().trimmed()));
}

void SettingsImapsyncPage::browse()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose the imapsync program"),
                                                      m_path->text().trimmed());
    if (!file.isEmpty())
        m_path->setText(QDir::toNativeSeparators(file));
}

void SettingsImapsyncPage::test()
{
    forgetTest();
    const ImapsyncLocation location =
        locateImapsync(QDir::fromNativeSeparators(m_path->text().trimmed()),
                       QCoreApplication::applicationDirPath(), systemPathDirectories());
    if (!location.found()) {
        m_status->setStatus(SettingsStatus::State::Failure, location.error);
        return;
    }
    m_test->setEnabled(false);
    m_status->setStatus(
        SettingsStatus::State::Busy,
        tr("Asking %1 for its version…").arg(QDir::toNativeSeparators(location.program)));
    // The probe belongs to the application: closing the dialog must not
    // destroy a running process; its late answer then goes nowhere.
    QPointer<SettingsImapsyncPage> self(this);
    const int run = m_testRun;
    probeImapsyncVersion(location.program, QCoreApplication::instance(),
                         [self, run, program = location.program](const ImapsyncProbeResult &r) {
                             if (self && run == self->m_testRun)
                                 self->showProbeResult(program, r);
                         });
}

void SettingsImapsyncPage::showProbeResult(const QString &program,
                                           const ImapsyncProbeResult &result)
{
    m_test->setEnabled(true);
    if (!result.ok()) {
        m_status->setStatus(SettingsStatus::State::Failure, result.error);
        return;
    }
    //: %1 is a version such as 2.229, %2 the program's full path
    m_status->setStatus(
        SettingsStatus::State::Success,
        tr("imapsync %1 at %2").arg(result.version.toString(), QDir::toNativeSeparators(program)));
}

void SettingsImapsyncPage::forgetTest()
{
    ++m_testRun;
    m_test->setEnabled(true);
    m_status->clear();
}

} // namespace imapdesk
