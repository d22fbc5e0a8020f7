#pragma once

#include <QDialog>

namespace imapdesk {

class MigrationService;

// Pymap's dashboard figures: batches, accounts migrated, total run time.
class DashboardDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DashboardDialog(MigrationService &service, QWidget *parent = nullptr);
};

} // namespace imapdesk
