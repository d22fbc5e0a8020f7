#pragma once

#include <QLocale>
#include <QString>

namespace imapdesk {

// Human formats for the batch and job tables. Pure functions: the locale is a
// parameter (the default is the application's), texts go through tr().
// Negative values mean "not known" in the job statistics: they give an empty
// string, so a cell stays blank rather than showing a made-up figure.

// 0 B, 512 B, 1.5 KiB, 12.3 MiB, 123 MiB, 1.21 GiB: three significant digits,
// binary (IEC) units as imapsync itself prints them.
QString formatBytes(qint64 bytes, const QLocale &locale = QLocale());
// Bytes per second: "1.5 MiB/s"; 0 gives "0 B/s".
QString formatSpeed(double bytesPerSecond, const QLocale &locale = QLocale());
// Messages per second: "12.5 msg/s".
QString formatMessageRate(double messagesPerSecond, const QLocale &locale = QLocale());
// The two largest units: "45 s", "3 min 05 s", "2 h 07 min", "3 d 4 h".
QString formatDuration(qint64 milliseconds);
// Time left as imapsync estimates it, in seconds; empty when unknown (< 0).
QString formatEta(qint64 seconds);
// A fraction in [0, 1] as a whole percentage ("42%" or "42 %" per language);
// empty when negative (unknown). Never shows 100% before the end: 0.999 is 99%.
QString formatPercent(double fraction, const QLocale &locale = QLocale());
// A count with the locale's group separators: "12,345".
QString formatCount(qint64 count, const QLocale &locale = QLocale());
// "copied/total" ("1,234/5,000"), or just "copied" when total is unknown (< 0).
QString formatRatio(qint64 done, qint64 total, const QLocale &locale = QLocale());
// Milliseconds since the epoch (UTC) as local date and time, short format;
// empty for 0 or less.
QString formatDateTime(qint64 msSinceEpoch, const QLocale &locale = QLocale());

} // namespace imapdesk
