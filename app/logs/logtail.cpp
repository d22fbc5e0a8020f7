#include "logs/logtail.h"

#include <QFile>

#include <algorithm>
#include <cstring>
#include <vector>

namespace imapdesk {

namespace {

constexpr QIODevice::OpenMode kReadMode = QIODevice::ReadOnly | QIODevice::Unbuffered;

// bytes [from, from + length) of file, or an empty array when they cannot be read.
QByteArray readAt(QFile &file, qint64 from, qint64 length)
{
    QByteArray bytes(length, Qt::Uninitialized);
    if (length <= 0 || !file.seek(from) || file.read(bytes.data(), length) != length)
        return {};
    return bytes;
}

// The last '\n' in [0, end) of bytes, or -1.
qsizetype lastNewline(const QByteArray &bytes, qsizetype end)
{
    const char *data = bytes.constData();
    for (qsizetype i = end - 1; i >= 0; --i) {
        if (data[i] == '\n')
            return i;
    }
    return -1;
}

QString decodeLine(const char *begin, qsizetype length)
{
    if (length > 0 && begin[length - 1] == '\r')
        --length;
    return QString::fromUtf8(begin, std::min<qsizetype>(length, LogTail::kMaxLineBytes));
}

// The end of the file read backwards block by block until it holds
// newlinesWanted line ends, the file's start, or maxBytes.
struct TailBytes
{
    QByteArray bytes;
    qint64 start = 0; // file offset of bytes[0]
    bool ok = true;
};

TailBytes readBackwards(QFile &file, qint64 size, qint64 newlinesWanted, qint64 maxBytes)
{
    std::vector<QByteArray> blocks; // newest first
    qint64 position = size;
    qint64 newlines = 0;
    qint64 total = 0;
    while (position > 0 && newlines < newlinesWanted && total < maxBytes) {
        const qint64 length = std::min(LogTail::kBlockBytes, position);
        position -= length;
        blocks.push_back(readAt(file, position, length));
        if (blocks.back().isEmpty())
            return {{}, size, false};
        newlines += std::count(blocks.back().cbegin(), blocks.back().cend(), '\n');
        total += length;
    }
    TailBytes tail{QByteArray(total, Qt::Uninitialized), position, true};
    char *out = tail.bytes.data();
    for (auto block = blocks.crbegin(); block != blocks.crend(); ++block) {
        std::memcpy(out, block->constData(), size_t(block->size()));
        out += block->size();
    }
    return tail;
}

// The last count lines of bytes[0, end), where end is 0 or just after a line
// end, or the end of an unfinished last line.
QStringList lastLinesOf(const QByteArray &bytes, qsizetype end, int count)
{
    QStringList lines;
    if (end == 0)
        return lines;
    qsizetype lineEnd = bytes.at(end - 1) == '\n' ? end - 1 : end;
    while (lines.size() < count) {
        const qsizetype lineStart = lastNewline(bytes, lineEnd) + 1;
        lines.append(decodeLine(bytes.constData() + lineStart, lineEnd - lineStart));
        if (lineStart == 0)
            break;
        lineEnd = lineStart - 1;
    }
    std::reverse(lines.begin(), lines.end());
    return lines;
}

} // namespace

LogTail::LogTail(const QString &path)
    : m_path(path)
{}

QStringList LogTail::lastLines(const QString &path, int count)
{
    return LogTail(path).lastLines(count);
}

QStringList LogTail::lastLines(int count, PartialLine partial)
{
    m_errorString.clear();
    QFile file(m_path);
    if (!file.open(kReadMode)) {
        m_errorString = file.errorString();
        return {};
    }
    const qint64 size = file.size();
    const qint64 maxBytes = std::max<qint64>(count, 1) * kMaxLineBytes + kBlockBytes;
    const TailBytes tail = readBackwards(file, size, qint64(count) + 1, maxBytes);
    if (!tail.ok) {
        m_errorString = file.errorString();
        return {};
    }
    qsizetype end = tail.bytes.size();
    if (partial == PartialLine::Exclude)
        end = lastNewline(tail.bytes, end) + 1;
    m_position = tail.start + end;
    m_fingerprint.clear();
    rememberStart(file, size);
    return count > 0 ? lastLinesOf(tail.bytes, end, count) : QStringList();
}

QStringList LogTail::readNew(PartialLine partial)
{
    m_wasReset = false;
    m_errorString.clear();
    QFile file(m_path);
    if (!file.open(kReadMode)) {
        m_errorString = file.errorString();
        return {};
    }
    const qint64 size = file.size();
    if (!sameFileAsBefore(file, size)) {
        m_position = 0;
        m_fingerprint.clear();
        m_wasReset = true;
    }
    rememberStart(file, size);
    const QByteArray bytes = readAt(file, m_position, std::min(size - m_position, kMaxReadBytes));
    qsizetype consumed = lastNewline(bytes, bytes.size()) + 1;
    if (partial == PartialLine::Include || (consumed == 0 && bytes.size() == kMaxReadBytes))
        consumed = bytes.size(); // the end of a finished log, or a line too long to wait for
    m_position += consumed;
    QStringList lines;
    for (qsizetype start = 0; start < consumed;) {
        const char *begin = bytes.constData() + start;
        const char *newline =
            static_cast<const char *>(std::memchr(begin, '\n', size_t(consumed - start)));
        const qsizetype length = newline ? newline - begin : consumed - start;
        lines.append(decodeLine(begin, length));
        start += length + 1;
    }
    return lines;
}

// Shorter than what was read already, or starting with other bytes: a new file.
bool LogTail::sameFileAsBefore(QFile &file, qint64 size)
{
    if (size < m_position)
        return false;
    return m_fingerprint.isEmpty() || readAt(file, 0, m_fingerprint.size()) == m_fingerprint;
}

void LogTail::rememberStart(QFile &file, qint64 size)
{
    const qint64 length = std::min(size, kFingerprintBytes);
    if (length > m_fingerprint.size())
        m_fingerprint = readAt(file, 0, length);
}

} // namespace imapdesk
