#include "logs/logfilename.h"

#include <QDir>
#include <QStringList>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <array>

namespace imapdesk {

namespace {

qsizetype utf8Size(QStringView text)
{
    return text.toUtf8().size();
}

// Control characters, line separators, and the invisible direction marks and
// byte order mark that make a name display as something else. Other format
// characters (the joiners in emoji and in Indic or Persian words) stay.
bool isForbidden(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    if (category == QChar::Other_Control || category == QChar::Other_Surrogate ||
        category == QChar::Separator_Line || category == QChar::Separator_Paragraph) {
        return true;
    }
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

// Windows keeps these names for devices, with any extension ("nul.txt") and any case.
bool isWindowsDeviceName(const QString &name)
{
    static const QStringList devices = [] {
        QStringList names = {QStringLiteral("CON"),    QStringLiteral("PRN"),
                             QStringLiteral("AUX"),    QStringLiteral("NUL"),
                             QStringLiteral("CONIN$"), QStringLiteral("CONOUT$")};
        const QString digits = QStringLiteral("0123456789\u00B9\u00B2\u00B3");
        for (const QChar digit : digits) {
            names << QStringLiteral("COM") + digit << QStringLiteral("LPT") + digit;
        }
        return names;
    }();
    const QString stem = name.section(QLatin1Char('.'), 0, 0).trimmed();
    return devices.contains(stem, Qt::CaseInsensitive);
}

QString trimDotsAndSpaces(const QString &text)
{
    const auto isTrimmed = [](QChar c) {
        return c == QLatin1Char('.') || c == QLatin1Char(' ');
    };
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isTrimmed(text.at(begin)))
        ++begin;
    while (end > begin && isTrimmed(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

// The longest length L (in bytes) such that cutting every part to L fits budget.
qsizetype fairShare(const std::array<qsizetype, 4> &sizes, qsizetype budget)
{
    for (qsizetype share = std::max<qsizetype>(budget, 0); share > 0; --share) {
        qsizetype total = 0;
        for (const qsizetype size : sizes)
            total += std::min(size, share);
        if (total <= budget)
            return share;
    }
    return 0;
}

QString numbered(qint64 number, int width)
{
    return QStringLiteral("%1").arg(number, width, 10, QLatin1Char('0'));
}

// "000042-03_20261129-235522": job, attempt and start, whichever are given.
QString namePrefix(const LogFileNameParts &parts)
{
    QString ids;
    if (parts.jobId > 0)
        ids = numbered(parts.jobId, 6);
    if (parts.attempt > 0)
        ids += (ids.isEmpty() ? QString() : QStringLiteral("-")) + numbered(parts.attempt, 2);
    QStringList pieces;
    if (!ids.isEmpty())
        pieces << ids;
    if (parts.started.isValid())
        pieces << parts.started.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return pieces.join(QLatin1Char('_'));
}

} // namespace

QString batchLogDirectory(const QString &dataDir, qint64 batchId)
{
    return QDir::cleanPath(dataDir + QStringLiteral("/logs/") + QString::number(batchId));
}

QString logFileName(const LogFileNameParts &parts)
{
    const QString prefix = namePrefix(parts);
    std::array<QString, 4> names = {
        sanitizeFileNamePart(parts.host1), sanitizeFileNamePart(parts.user1),
        sanitizeFileNamePart(parts.host2), sanitizeFileNamePart(parts.user2)};
    const QString extension = QStringLiteral(".log");
    const qsizetype separators = 4; // host1_user1__host2_user2
    const qsizetype fixed =
        utf8Size(prefix) + (prefix.isEmpty() ? 0 : 1) + separators + utf8Size(extension);
    std::array<qsizetype, 4> sizes{};
    std::transform(names.cbegin(), names.cend(), sizes.begin(),
                   [](const QString &name) { return utf8Size(name); });
    const qsizetype share = fairShare(sizes, kMaxLogFileNameBytes - fixed);
    for (QString &name : names)
        name = truncateUtf8(name, int(share));
    const QString pairs = names[0] + QLatin1Char('_') + names[1] + QStringLiteral("__") + names[2] +
                          QLatin1Char('_') + names[3];
    const QString name = prefix.isEmpty() ? pairs : prefix + QLatin1Char('_') + pairs;
    return sanitizeFileName(name + extension);
}

QString logFilePath(const QString &dataDir, qint64 batchId, const LogFileNameParts &parts)
{
    return batchLogDirectory(dataDir, batchId) + QLatin1Char('/') + logFileName(parts);
}

QString sanitizeFileNamePart(const QString &text)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    const QString normalized = text.normalized(QString::NormalizationForm_C);
    QString safe;
    safe.reserve(normalized.size());
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        const QChar c = normalized.at(i);
        const bool pair = c.isHighSurrogate() && i + 1 < normalized.size() &&
                          normalized.at(i + 1).isLowSurrogate();
        if (pair) {
            const char32_t ucs4 = QChar::surrogateToUcs4(c, normalized.at(++i));
            if (isForbidden(ucs4))
                safe += QLatin1Char('_');
            else
                safe += QStringView(normalized).mid(i - 1, 2);
        } else if (forbidden.contains(c) || isForbidden(c.unicode())) {
            safe += QLatin1Char('_');
        } else {
            safe += c;
        }
    }
    return trimDotsAndSpaces(safe);
}

QString sanitizeFileName(const QString &name, int maxBytes)
{
    QString safe = sanitizeFileNamePart(name);
    if (utf8Size(safe) > maxBytes) {
        const qsizetype dot = safe.lastIndexOf(QLatin1Char('.'));
        const bool hasExtension = dot > 0 && safe.size() - dot <= 16;
        const QString extension = hasExtension ? safe.mid(dot) : QString();
        const QString stem = hasExtension ? safe.left(dot) : safe;
        const int room = std::max(1, maxBytes - int(utf8Size(extension)));
        safe = trimDotsAndSpaces(truncateUtf8(stem, room)) + extension;
    }
    if (safe.isEmpty())
        safe = QStringLiteral("_");
    if (isWindowsDeviceName(safe))
        safe.prepend(QLatin1Char('_'));
    return safe;
}

QString truncateUtf8(const QString &text, int maxBytes)
{
    if (utf8Size(text) <= maxBytes)
        return text;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype kept = 0;
    qsizetype bytes = 0;
    for (qsizetype next = graphemes.toNextBoundary(); next > 0; next = graphemes.toNextBoundary()) {
        bytes += utf8Size(QStringView(text).mid(kept, next - kept));
        if (bytes > maxBytes)
            break;
        kept = next;
    }
    return text.left(kept);
}

} // namespace imapdesk
