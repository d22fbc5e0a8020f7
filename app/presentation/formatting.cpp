#include "presentation/formatting.h"

#include <QCoreApplication>
#include <QDateTime>

#include <array>
#include <cmath>

namespace imapdesk {

namespace {

// lupdate finds the context of Tr::tr() calls; a free tr() would land in "imapdesk".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Formatting)
};

// IEC symbols are the same in every language.
constexpr std::array<const char *, 6> ByteUnits{"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

int decimalsFor(double value)
{
    return value < 10 ? 2 : value < 100 ? 1 : 0;
}

double roundTo(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// value bytes in the largest unit that keeps it under 1024 once rounded.
// Without group separators: "1023 B", not "1,023 B".
QString scaledBytes(double value, QLocale locale)
{
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    size_t unit = 0;
    while (unit + 1 < ByteUnits.size() && roundTo(value, decimalsFor(value)) >= 1024) {
        value /= 1024;
        ++unit;
    }
    const int decimals = unit == 0 ? 0 : decimalsFor(value);
    //: A size: number, then unit ("1.5 MiB")
    return Tr::tr("%1 %2").arg(locale.toString(value, 'f', decimals),
                               QLatin1String(ByteUnits[unit]));
}

QString twoDigits(qint64 value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

} // namespace

QString formatBytes(qint64 bytes, const QLocale &locale)
{
    if (bytes < 0)
        return {};
    return scaledBytes(double(bytes), locale);
}

QString formatSpeed(double bytesPerSecond, const QLocale &locale)
{
    if (bytesPerSecond < 0 || !std::isfinite(bytesPerSecond))
        return {};
    //: A transfer speed: a size per second ("1.5 MiB/s")
    return Tr::tr("%1/s").arg(scaledBytes(bytesPerSecond, locale));
}

QString formatMessageRate(double messagesPerSecond, const QLocale &locale)
{
    if (messagesPerSecond < 0 || !std::isfinite(messagesPerSecond))
        return {};
    const int decimals = messagesPerSecond < 100 ? 1 : 0;
    //: Messages copied per second
    return Tr::tr("%1 msg/s").arg(locale.toString(messagesPerSecond, 'f', decimals));
}

QString formatDuration(qint64 milliseconds)
{
    const qint64 seconds = std::max<qint64>(0, milliseconds) / 1000;
    if (seconds < 60)
        return Tr::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return Tr::tr("%1 min %2 s").arg(seconds / 60).arg(twoDigits(seconds % 60));
    if (seconds < 86400)
        return Tr::tr("%1 h %2 min").arg(seconds / 3600).arg(twoDigits(seconds % 3600 / 60));
    return Tr::tr("%1 d %2 h").arg(seconds / 86400).arg(seconds % 86400 / 3600);
}

QString formatEta(qint64 seconds)
{
    return seconds < 0 ? QString() : formatDuration(seconds * 1000);
}

QString formatPercent(double fraction, const QLocale &locale)
{
    if (fraction < 0 || !std::isfinite(fraction))
        return {};
    // Floor: a job at 99.7% has not finished.
    const int percent = fraction >= 1 ? 100 : int(std::floor(fraction * 100));
    //: A percentage; put a space before % where the language wants one
    return Tr::tr("%1%").arg(locale.toString(percent));
}

QString formatCount(qint64 count, const QLocale &locale)
{
    return locale.toString(count);
}

QString formatRatio(qint64 done, qint64 total, const QLocale &locale)
{
    if (total < 0)
        return locale.toString(done);
    //: Progress: done out of total ("1,234/5,000")
    return Tr::tr("%1/%2").arg(locale.toString(done), locale.toString(total));
}

QString formatDateTime(qint64 msSinceEpoch, const QLocale &locale)
{
    if (msSinceEpoch <= 0)
        return {};
    return locale.toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch), QLocale::ShortFormat);
}

} // namespace imapdesk
