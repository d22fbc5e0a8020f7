#pragma once

#include "models/tablerows.h"
#include "storage/jobstoretypes.h"

namespace imapdesk {

// What a row of the batch list shows (BatchListModel::Column order); now is
// for the duration of a batch that still runs. The created column holds raw
// milliseconds only: the model formats it when a cell is shown.
RowCells batchCells(const BatchSummary &batch, qint64 now);

} // namespace imapdesk
