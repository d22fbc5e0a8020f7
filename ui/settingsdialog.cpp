#include "ui/settingsdialog.h"

#include "settings/settings.h"
#include "ui/settingscertificatespage.h"
#include "ui/settingsgeneralpages.h"
#include "ui/settingshostshortcutspage.h"
#include "ui/settingsimapsyncpage.h"
#include "ui/settingsstoragepage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace imapdesk {

namespace {

const QString kGeometryState = QStringLiteral("settingsDialog/geometry");

} // namespace

SettingsDialog::SettingsDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_tabs(new QTabWidget(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings"));
    m_tabs->setObjectName(QStringLiteral("sections"));
    m_problem->setObjectName(QStringLiteral("problemSummary"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    addPage(new SettingsImapsyncPage(this), QStringLiteral("imapsyncPage"));
    addPage(new SettingsRunningPage(this), QStringLiteral("runningPage"));
    addPage(new SettingsStoragePage(this), QStringLiteral("storagePage"));
    addPage(new SettingsHostShortcutsPage(this), QStringLiteral("hostShortcutsPage"));
    addPage(new SettingsLanguagePage(this), QStringLiteral("languagePage"));
    addPage(new SettingsCertificatesPage(this), QStringLiteral("certificatesPage"));
    addPage(new SettingsMaintenancePage(this), QStringLiteral("maintenancePage"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    for (SettingsPage *page : std::as_const(m_pages))
        page->load(m_settings);
    updateProblems();
    resize(720, 600);
    restoreGeometry(m_settings.uiState(kGeometryState));
}

SettingsDialog::~SettingsDialog()
{
    // Closing an open table editor commits it while QDialog tears down:
    // problemChanged() must not reach this half-destroyed dialog.
    for (SettingsPage *page : std::as_const(m_pages))
        page->disconnect(this);
}

void SettingsDialog::addPage(SettingsPage *page, const QString &objectName)
{
    page->setObjectName(objectName);
    m_tabs->addTab(page, page->title());
    m_pages.append(page);
    connect(page, &SettingsPage::problemChanged, this, &SettingsDialog::updateProblems);
}

void SettingsDialog::showSection(Section section)
{
    m_tabs->setCurrentIndex(int(section));
}

void SettingsDialog::updateProblems()
{
    QStringList lines;
    for (int i = 0; i < m_pages.size(); ++i) {
        const QString problem = m_pages.at(i)->problem();
        // A section with a problem says so in its tab, visible from any other.
        m_tabs->setTabIcon(
            i, problem.isEmpty() ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
        if (!problem.isEmpty())
            //: %1 a section of the settings ("Storage"), %2 what is wrong in it
            lines << tr("%1: %2").arg(m_pages.at(i)->title(), problem);
    }
    m_problem->setText(lines.join(u'\n'));
    m_problem->setVisible(!lines.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(lines.isEmpty());
}

void SettingsDialog::accept()
{
    if (m_finishing)
        return;
    for (const SettingsPage *page : std::as_const(m_pages)) {
        if (!page->problem().isEmpty())
            return; // OK is disabled; a shortcut may still get here
    }
    for (const SettingsPage *page : std::as_const(m_pages))
        page->apply(m_settings);
    QString error;
    if (!m_settings.sync(&error))
        QMessageBox::warning(this, tr("Settings"),
                             tr("%1 The changes last until ImapDesk ends.").arg(error));
    finishPages(0);
}

// One page after the other; the dialog closes when the last one is done.
void SettingsDialog::finishPages(int first)
{
    for (int i = first; i < m_pages.size(); ++i) {
        const bool waiting = m_pages.at(i)->applyLater([this, i](const QString &message) {
            if (!message.isEmpty())
                QMessageBox::warning(this, tr("Settings"), message);
            finishPages(i + 1);
        });
        if (waiting) {
            m_finishing = true;
            m_buttons->setEnabled(false);
            return;
        }
    }
    m_finishing = false;
    m_buttons->setEnabled(true);
    QDialog::accept();
}

void SettingsDialog::done(int result)
{
    if (m_finishing)
        return; // Escape or the close button while a page saves: it ends first
    m_settings.setUiState(kGeometryState, saveGeometry());
    QDialog::done(result);
}

} // namespace imapdesk
