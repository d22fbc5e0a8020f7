#include "accounts/textdecoding.h"

#include <cstring>

namespace imapdesk {

namespace {

// Windows-1252 bytes 0x80-0x9F; everything else equals its Latin-1 code point.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, //
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, //
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, //
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

bool isContinuation(uchar byte)
{
    return (byte & 0xC0) == 0x80;
}

// Length of the valid multi-byte sequence at p, or 0 when it is invalid.
// The ranges of the second byte exclude overlong forms and surrogates.
int multiByteSequenceLength(const uchar *p, const uchar *end)
{
    const uchar lead = p[0];
    uchar low = 0x80;
    uchar high = 0xBF;
    int length = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : low;
        high = lead == 0xED ? 0x9F : high;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : low;
        high = lead == 0xF4 ? 0x8F : high;
    } else {
        return 0;
    }
    if (end - p < length || p[1] < low || p[1] > high)
        return 0;
    for (int i = 2; i < length; ++i) {
        if (!isContinuation(p[i]))
            return 0;
    }
    return length;
}

bool isPrintableAscii(char c)
{
    return c >= 0x20 && c < 0x7F;
}

} // namespace

ByteOrderMark detectByteOrderMark(const char *data, qsizetype size)
{
    if (size >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        return ByteOrderMark::Utf8;
    if (size >= 2 &&
        (std::memcmp(data, "\xFF\xFE", 2) == 0 || std::memcmp(data, "\xFE\xFF", 2) == 0))
        return ByteOrderMark::Utf16;
    return ByteOrderMark::None;
}

bool looksLikeUtf16(const char *data, qsizetype size)
{
    if (size < 4)
        return false;
    const bool littleEndian = isPrintableAscii(data[0]) && data[1] == 0 //
                              && isPrintableAscii(data[2]) && data[3] == 0;
    const bool bigEndian = data[0] == 0 && isPrintableAscii(data[1]) //
                           && data[2] == 0 && isPrintableAscii(data[3]);
    return littleEndian || bigEndian;
}

bool isAscii(const char *data, qsizetype size)
{
    // Eight bytes at a time: this runs over every line of every list.
    const char *p = data;
    const char *const end = data + size;
    quint64 bits = 0;
    for (; end - p >= 8; p += 8) {
        quint64 word;
        std::memcpy(&word, p, sizeof word);
        bits |= word;
    }
    for (; p < end; ++p)
        bits |= static_cast<uchar>(*p);
    return (bits & 0x8080808080808080ULL) == 0;
}

bool isValidUtf8(const char *data, qsizetype size)
{
    if (isAscii(data, size))
        return true;
    const auto *p = reinterpret_cast<const uchar *>(data);
    const uchar *const end = p + size;
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int length = multiByteSequenceLength(p, end);
        if (length == 0)
            return false;
        p += length;
    }
    return true;
}

QString fromWindows1252(const char *data, qsizetype size)
{
    QString text(size, Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < size; ++i) {
        const uchar byte = static_cast<uchar>(data[i]);
        const bool high = byte >= 0x80 && byte < 0xA0;
        out[i] = high ? QChar(kWindows1252High[byte - 0x80]) : QChar(char16_t(byte));
    }
    return text;
}

} // namespace imapdesk
