#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace imapdesk {

// What imapsync's output has said so far about one run (an attempt of a job).
// Filled incrementally by ImapsyncLogParser, stored by the job store at most
// once a second while running and once, final, at the end. -1 means "not known
// yet".
struct JobStats
{
    // Progress
    QString currentFolder;        // host1 name, as printed ("Folder i/N [f1] -> [f2]")
    int folderIndex = 0;          // i of "Folder i/N"
    int folderCount = 0;          // N
    qint64 messagesCopied = 0;    // "msg ... copied" lines (or the final count)
    qint64 messagesSkipped = -1;  // final "Messages skipped"
    qint64 messagesTotal = -1;    // host1 messages to examine (sizes or ETA lines)
    qint64 messagesLeft = -1;     // from the last ETA line
    qint64 bytesCopied = 0;       // sum of {size} of copied messages (or the final count)
    qint64 bytesTotal = -1;       // "Host1 Total size"
    double messagesPerSecond = 0; // cumulative averages as imapsync prints them
    double bytesPerSecond = 0;
    qint64 etaSeconds = -1;       // from the last ETA line
    qint64 messagesWouldCopy = 0; // --dry: "copying to" lines (or the final "could be N")

    // Problems
    int errorCount = 0;       // error lines seen; imapsync's own count wins (Detected, Exiting)
    QStringList lastErrors;   // the last few error lines, newest last
    QStringList errorFolders; // host1 folders named in errors, for the spam-only verdict

    // The end
    bool sawExitLine = false;       // "Exiting with return value ..."
    int printedExitCode = -1;       // the value printed there
    QString printedExitName;        // e.g. "EX_OK", "EXIT_BY_SIGNAL"
    QMap<QString, QString> summary; // "++++ Statistics" block: label -> value

    // Identity of the run
    QString imapsyncVersion;
    qint64 imapsyncPid = 0;
};

} // namespace imapdesk
