#pragma once

#include "models/tablerows.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace imapdesk {

// A table whose rows are identified by a 64-bit id (a batch, a job) in a
// stable order. A subclass re-reads its rows and hands the new ids to
// applyIds(): this base turns the difference into the smallest signals and
// keeps rowOf() a hash lookup, up to date whenever a signal is emitted.
class IdTableModel : public QAbstractTableModel
{
public:
    int rowOf(qint64 id) const; // -1 when not listed

protected:
    explicit IdTableModel(QObject *parent = nullptr);

    // How the subclass changes its own list of rows.
    struct RowEdits
    {
        std::function<void(int first, int count)> remove;
        std::function<void(int first, int last)> insert; // rows first..last of the new list
        std::function<void()> replace;                   // all rows, inside a reset
    };
    // Moves the table to newIds: removals then insertions, each between its
    // begin/end signals; a reset when ids shared by both lists changed order.
    void applyIds(const QList<qint64> &newIds, const RowEdits &edits);
    // Replaces every row inside a model reset.
    void resetIds(const QList<qint64> &newIds, const std::function<void()> &replace);
    // dataChanged over all columns of rows: contiguous ranges, or one over the
    // whole table when most rows changed.
    void emitRowsChanged(const QList<int> &rows);

private:
    void setIds(QList<qint64> ids);

    QList<qint64> m_ids;
    QHash<qint64, int> m_rowOf;
};

} // namespace imapdesk
