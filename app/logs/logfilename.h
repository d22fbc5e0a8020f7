#pragma once

#include <QDateTime>
#include <QString>

namespace imapdesk {

// What names the log file of one attempt of a job.
struct LogFileNameParts
{
    qint64 jobId = 0;  // 0: left out
    int attempt = 1;   // 0: left out
    QDateTime started; // in UTC in the name; invalid: left out
    QString host1;
    QString user1;
    QString host2;
    QString user2;
};

// Bytes of UTF-8 a whole log file name may take (most file systems allow 255).
constexpr int kMaxLogFileNameBytes = 200;

// "<data-dir>/logs/<batch-id>"
QString batchLogDirectory(const QString &dataDir, qint64 batchId);

// "000042-03_20261129-235522_imap.old.example_alice@old.example__imap.new.example_bob.log":
// job and attempt first, so that attempts never overwrite each other and sort
// together; host1_user1__host2_user2, each sanitised; the longest parts are
// shortened first when the name would exceed kMaxLogFileNameBytes.
QString logFileName(const LogFileNameParts &parts);

// batchLogDirectory() + "/" + logFileName()
QString logFilePath(const QString &dataDir, qint64 batchId, const LogFileNameParts &parts);

// text made safe inside a file name on Windows, macOS and Linux: NFC, no
// / \ : * ? " < > |, no control characters, line separators, direction marks
// or BOM (each becomes '_'), no leading or trailing dots and spaces. May
// return an empty string.
QString sanitizeFileNamePart(const QString &text);

// A whole file name: sanitizeFileNamePart(), a Windows device name (CON,
// NUL.txt, com1.log, ...) prefixed with '_', an empty name "_", and cut to
// maxBytes of UTF-8 between two characters (the extension is kept).
QString sanitizeFileName(const QString &name, int maxBytes = kMaxLogFileNameBytes);

// text cut to at most maxBytes of UTF-8 without splitting a character
// (grapheme cluster), so no half emoji or lone accent is left.
QString truncateUtf8(const QString &text, int maxBytes);

} // namespace imapdesk
