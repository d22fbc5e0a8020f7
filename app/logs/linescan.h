#pragma once

#include <QString>

#include <string_view>

// Small helpers to read one line of a log without allocating: the bytes stay
// where they are, numbers are read by hand (no locale, no regular expression).
// Inline because they run for every line of a multi-gigabyte output.
namespace imapdesk::linescan {

using View = std::string_view;
constexpr View::size_type npos = View::npos;

inline bool startsWith(View text, View prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

inline bool endsWith(View text, View suffix)
{
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline View skipBlanks(View text)
{
    View::size_type at = 0;
    while (at < text.size() && isBlank(text[at]))
        ++at;
    return text.substr(at);
}

inline View trimmed(View text)
{
    text = skipBlanks(text);
    while (!text.empty() && isBlank(text.back()))
        text.remove_suffix(1);
    return text;
}

inline QString toQString(View text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// A whole token of digits with an optional '-'.
inline bool toInteger(View text, qint64 &value)
{
    const bool negative = !text.empty() && text.front() == '-';
    if (negative)
        text.remove_prefix(1);
    if (text.empty() || text.size() > 18)
        return false;
    qint64 result = 0;
    for (const char c : text) {
        if (!isDigit(c))
            return false;
        result = result * 10 + (c - '0');
    }
    value = negative ? -result : result;
    return true;
}

// The digits text starts with: "343 " -> 343.
inline bool leadingInteger(View text, qint64 &value)
{
    View::size_type digits = 0;
    while (digits < text.size() && isDigit(text[digits]))
        ++digits;
    return toInteger(text.substr(0, digits), value);
}

// "164.70": digits with at most one dot. Exact digits divided once by a power
// of ten, so the result is the double nearest to the text, as strtod gives.
inline bool toDecimal(View text, double &value)
{
    qint64 digits = 0;
    int decimals = -1; // -1 before the dot
    for (const char c : text) {
        if (c == '.' && decimals < 0) {
            decimals = 0;
        } else if (!isDigit(c) || digits > (qint64(1) << 52)) {
            return false;
        } else {
            digits = digits * 10 + (c - '0');
            decimals += decimals >= 0 ? 1 : 0;
        }
    }
    double scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    value = double(digits) / scale;
    return !text.empty() && text != ".";
}

// Cuts the last blank-separated token off text, for lines whose tail has a
// fixed shape and is read from the right.
inline View takeLastToken(View &text)
{
    View::size_type end = text.size();
    while (end > 0 && isBlank(text[end - 1]))
        --end;
    View::size_type begin = end;
    while (begin > 0 && !isBlank(text[begin - 1]))
        --begin;
    const View token = text.substr(begin, end - begin);
    text = text.substr(0, begin);
    return token;
}

} // namespace imapdesk::linescan
