#include "models/batchcells.h"

#include "models/batchlistmodel.h"
#include "presentation/formatting.h"
#include "presentation/progress.h"

#include <QCoreApplication>

namespace imapdesk {

namespace {

// The batch list's texts, in the model's translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(imapdesk::BatchListModel)
};

using Model = BatchListModel;

void set(RowCells *cells, int column, const QVariant &raw, const QString &display)
{
    cells->raw[column] = raw;
    cells->display[column] = display;
}

void fillRequest(const BatchSummary &batch, const QLocale &locale, RowCells *cells)
{
    const BatchSpec &spec = batch.spec;
    set(cells, Model::IdColumn, batch.id, QString::number(batch.id));
    set(cells, Model::LabelColumn, spec.label, spec.label);
    const QString servers = Tr::tr("%1 → %2").arg(spec.source.host, spec.destination.host);
    set(cells, Model::ServersColumn, servers, servers);
    set(cells, Model::AccountsColumn, batch.counts.total, locale.toString(batch.counts.total));
    set(cells, Model::OwnerColumn, spec.owner, spec.owner);
    set(cells, Model::CreatedColumn, batch.createdAt, {});
}

QString stateText(const BatchSummary &batch)
{
    QString text = jobStateDisplayName(batch.state);
    if (batch.cancelRequested && !isFinalJobState(batch.state))
        text = Tr::tr("%1 (cancelling)").arg(text);
    if (batch.archivedAt)
        text = Tr::tr("%1, archived").arg(text);
    return text;
}

void fillProgress(const BatchSummary &batch, qint64 now, const QLocale &locale, RowCells *cells)
{
    cells->progress = {batchProgressFraction(batch), batchProgressText(batch, locale)};
    set(cells, Model::ProgressColumn, cells->progress.fraction, cells->progress.text);
    cells->toolTips[Model::ProgressColumn] = formatPercent(cells->progress.fraction, locale);
    set(cells, Model::StateColumn, int(batch.state), stateText(batch));
    cells->toolTips[Model::StateColumn] = jobCountsText(batch.counts, locale);
    const qint64 duration = batchDurationMs(batch, now);
    set(cells, Model::DurationColumn, duration,
        batch.firstStartedAt ? formatDuration(duration) : QString());
}

} // namespace

RowCells batchCells(const BatchSummary &batch, qint64 now)
{
    const QLocale locale;
    RowCells cells(Model::ColumnCount);
    fillRequest(batch, locale, &cells);
    fillProgress(batch, now, locale, &cells);
    return cells;
}

} // namespace imapdesk
