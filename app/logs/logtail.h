#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QFile;

namespace imapdesk {

// The end of a log file of any size, and what is appended to it later.
//
// lastLines() reads backwards from the end in blocks, never the whole file.
// readNew() returns the complete lines written since the previous call; it
// opens the file by name each time, so a truncated or replaced file (log
// rotation) is noticed and read again from its start. Lines may end in LF or
// CRLF; invalid UTF-8 becomes U+FFFD. A line longer than kMaxLineBytes is cut
// to its first kMaxLineBytes bytes.
class LogTail final
{
public:
    // A last line with no line end yet: still being written, or the end of a
    // finished log.
    enum class PartialLine { Exclude, Include };

    static constexpr qint64 kBlockBytes = 64 * 1024;
    static constexpr qint64 kMaxLineBytes = 64 * 1024;
    static constexpr qint64 kMaxReadBytes = 8 * 1024 * 1024; // per readNew() call
    static constexpr qint64 kFingerprintBytes = 512;

    explicit LogTail(const QString &path);

    // The last count lines. Later readNew() calls continue after them (with
    // Exclude, from the start of an unfinished last line). Reads at most
    // count × kMaxLineBytes bytes: the oldest line of a file of huge lines may
    // come back as its tail only.
    QStringList lastLines(int count, PartialLine partial = PartialLine::Include);
    // Lines appended since the last call (the first call reads from the start).
    // At most kMaxReadBytes per call: call again while it returns lines.
    QStringList readNew(PartialLine partial = PartialLine::Exclude);

    // Where the next readNew() starts, in bytes.
    qint64 position() const { return m_position; }
    // The last readNew() started over: the file was truncated or replaced.
    bool wasReset() const { return m_wasReset; }
    // Why the last call returned nothing, or empty.
    QString errorString() const { return m_errorString; }

    static QStringList lastLines(const QString &path, int count);

private:
    bool sameFileAsBefore(QFile &file, qint64 size);
    void rememberStart(QFile &file, qint64 size);

    QString m_path;
    qint64 m_position = 0;
    QByteArray m_fingerprint; // the first bytes of the file, to notice a replaced file
    bool m_wasReset = false;
    QString m_errorString;
};

} // namespace imapdesk
