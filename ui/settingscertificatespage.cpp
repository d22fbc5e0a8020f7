#include "ui/settingscertificatespage.h"

#include "settings/settings.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace imapdesk {

namespace {

// "ab:cd:…" in two lines of 16 bytes: how certificate viewers show it.
QString groupedFingerprint(const QString &hex)
{
    QStringList bytes;
    for (int i = 0; i + 1 < hex.size(); i += 2)
        bytes << hex.mid(i, 2).toUpper();
    return bytes.mid(0, 16).join(u':') + u'\n' + bytes.mid(16).join(u':');
}

} // namespace

SettingsCertificatesPage::SettingsCertificatesPage(QWidget *parent)
    : SettingsPage(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_forget(new QPushButton(tr("&Forget"), this))
{
    m_table->setObjectName(QStringLiteral("certificatesTable"));
    m_table->setHorizontalHeaderLabels({tr("Server"), tr("SHA-256 fingerprint")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_forget->setObjectName(QStringLiteral("forgetCertificate"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_forget);
    layout->addLayout(buttons);
    layout->addWidget(settingsNote(
        tr("Certificates you trusted in a pre-flight check although they were self-signed or "
           "for another name. The check trusts them again, and new batches tell imapsync to "
           "accept exactly these. Batches already added keep theirs."),
        this));
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &SettingsCertificatesPage::updateButton);
    connect(m_forget, &QPushButton::clicked, this, &SettingsCertificatesPage::forgetSelected);
    updateButton();
}

QString SettingsCertificatesPage::title() const
{
    return tr("Certificates");
}

void SettingsCertificatesPage::load(const Settings &settings)
{
    m_forgotten.clear();
    const QList<Settings::AcceptedCertificate> certificates = settings.acceptedCertificates();
    m_table->setRowCount(int(certificates.size()));
    for (int row = 0; row < certificates.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(certificates[row].server));
        m_table->setItem(row, 1,
                         new QTableWidgetItem(groupedFingerprint(certificates[row].fingerprint)));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeRowsToContents();
    updateButton();
}

void SettingsCertificatesPage::apply(Settings &settings) const
{
    for (const QString &server : m_forgotten)
        settings.forgetAcceptedCertificate(server);
}

void SettingsCertificatesPage::forgetSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.rbegin(), rows.rend()); // bottom up: the rows above keep their numbers
    for (int row : std::as_const(rows)) {
        m_forgotten << m_table->item(row, 0)->text();
        m_table->removeRow(row);
    }
}

void SettingsCertificatesPage::updateButton()
{
    m_forget->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty());
}

} // namespace imapdesk
