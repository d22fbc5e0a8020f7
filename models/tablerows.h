#pragma once

#include "models/tableroles.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <QVector>

#include <utility>

namespace imapdesk {

// What one table row shows, computed once when its data changes: data() only
// reads it (sorting thousands of rows stays cheap), and comparing two tells
// whether the row needs a repaint.
struct RowCells
{
    QVector<QVariant> raw;     // UnderlyingDataRole, per column
    QVector<QString> display;  // DisplayRole, per column
    QVector<QString> toolTips; // ToolTipRole, per column; empty: none
    ProgressValue progress;    // ProgressRole of the progress column

    explicit RowCells(int columns = 0);
    bool operator==(const RowCells &other) const;
    bool operator!=(const RowCells &other) const { return !(*this == other); }
};

// DisplayRole, UnderlyingDataRole, ToolTipRole, and ProgressRole (of
// progressColumn only) of one cell; an empty QVariant for other roles.
QVariant cellData(const RowCells &cells, int column, int role, int progressColumn);

// Inclusive row range [first, last].
using RowRange = std::pair<int, int>;

// How a table whose rows carry the ids oldIds becomes one with newIds, both in
// the same relative order for the ids they share: remove `removals` (last range
// first, rows as they are then), then insert `insertions` (first range first,
// rows of the new list). `reordered`: shared ids moved, reset the model instead.
struct RowDiff
{
    bool reordered = false;
    QList<RowRange> removals;
    QList<RowRange> insertions;
};

RowDiff diffRows(const QList<qint64> &oldIds, const QList<qint64> &newIds);

// Changed rows (any order) as contiguous ranges, or one range over the whole
// table when more than half of its rows changed: one repaint instead of many.
QList<RowRange> changedRanges(QList<int> rows, int rowCount);

} // namespace imapdesk
