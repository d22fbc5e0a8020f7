#pragma once

#include "models/modelroles.h"

#include <QMetaType>
#include <QString>

namespace imapdesk {

// Roles of the batch and job tables, after UnderlyingDataRole (modelroles.h).
// ProgressValue, progress column: what the progress delegate draws.
inline constexpr int ProgressRole = UnderlyingDataRole + 1;
// int(JobState) of the batch or job, every column (e.g. to colour a row).
inline constexpr int StateRole = UnderlyingDataRole + 2;
// Icon name for the state column, "state-" + jobStateName(): "state-running".
// The view maps it to an icon from resources/.
inline constexpr int StateIconRole = UnderlyingDataRole + 3;
// qint64 id of the batch or job, every column.
inline constexpr int IdRole = UnderlyingDataRole + 4;
// int(ExitCategory) of an ended job's verdict, verdict column; empty otherwise.
inline constexpr int ExitCategoryRole = UnderlyingDataRole + 5;

// A progress bar's content. fraction is in [0, 1], or negative when unknown
// (the bar stays empty and only the text shows).
struct ProgressValue
{
    double fraction = -1;
    QString text; // "1,234/5,000"

    bool operator==(const ProgressValue &other) const
    {
        return fraction == other.fraction && text == other.text;
    }
    bool operator!=(const ProgressValue &other) const { return !(*this == other); }
};

} // namespace imapdesk

Q_DECLARE_METATYPE(imapdesk::ProgressValue)
