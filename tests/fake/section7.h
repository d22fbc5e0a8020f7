#pragma once

#include <QByteArray>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>

namespace ImapDeskTest {

// The verified regular expressions of imapsync-interface.md section 7, by name ("copied",
// "dry", "eta", "folder", "fsize", "exiting", "logfile", "pid", ...).
const QRegularExpression &section7(const QString &name);

// Output split into lines the way a reader of imapsync must: at \n, \r\n and a lone \r
// (progress lines), with one trailing \r removed (raw IMAP lines keep the server's CRLF).
QStringList outputLines(const QByteArray &output);

// What checkOutput() learnt from one run's stdout.
struct OutputCheck
{
    QStringList lines;
    QStringList mismatches; // "<regex name>: <line>" for every line of a known kind that fails
    int copiedLines = 0;
    qint64 copiedBytes = 0; // sum of the {size} of the copied lines
    int dryLines = 0;
    int etaLines = 0;
    int folderLines = 0;
    int folderSizeLines = 0;
    int appendFailures = 0;
    QStringList appendFailureFolders;
    QMap<QString, QString> statistics; // label -> value, from the "++++ Statistics" block
    int exitingCode = -1;              // from "Exiting with return value N (...)"
    int detectedErrors = -1;

    bool hasStatistics() const { return !statistics.isEmpty(); }
    qint64 transferred() const;      // "Messages transferred", -1 when absent
    qint64 bytesTransferred() const; // "Total bytes transferred", -1 when absent
    qint64 couldBe() const;          // "(could be N without dry mode)", -1 when absent
    bool contains(const QString &line) const { return lines.contains(line); }
    int count(const QString &prefix) const;
};

// Classifies every line by its prefix and matches it against its section 7 regex.
OutputCheck checkOutput(const QByteArray &output);

} // namespace ImapDeskTest
