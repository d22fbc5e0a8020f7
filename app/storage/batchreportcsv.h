#pragma once

#include "storage/jobstoretypes.h"

#include <QIODevice>
#include <QString>

namespace imapdesk {

// Writes the report of a batch as CSV, one row per job with its latest
// attempt: verdict, counts, bytes, times (ISO 8601, UTC). RFC 4180: a header
// row, CRLF line ends, fields holding a comma, quote, CR or LF quoted, quotes
// doubled; UTF-8. Unknown numbers are empty fields. On a write failure
// returns false and sets *error to a message with the device's error.
bool writeBatchReportCsv(QIODevice &device, const BatchReport &report, QString *error);

// One field as RFC 4180 wants it.
QString csvField(const QString &value);

} // namespace imapdesk
