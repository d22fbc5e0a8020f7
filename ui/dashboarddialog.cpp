#include "ui/dashboarddialog.h"

#include "presentation/formatting.h"
#include "service/migrationservice.h"
#include "storage/jobstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace imapdesk {

DashboardDialog::DashboardDialog(MigrationService &service, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Dashboard"));
    auto *form = new QFormLayout;
    const auto totals = service.store().dashboard();
    if (totals.ok()) {
        const DashboardTotals &t = totals.value();
        form->addRow(tr("Batches:"), new QLabel(formatCount(t.batches), this));
        form->addRow(tr("Accounts:"), new QLabel(formatCount(t.jobs), this));
        form->addRow(tr("Accounts migrated:"), new QLabel(formatCount(t.accountsMigrated), this));
        form->addRow(tr("Total run time:"), new QLabel(formatDuration(t.runTimeMs), this));
        form->addRow(tr("imapsync process time:"),
                     new QLabel(formatDuration(t.processTimeMs), this));
    } else {
        form->addRow(new QLabel(tr("The history could not be read: %1").arg(totals.error()), this));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

} // namespace imapdesk
