#include "accounts/accountfields.h"

#include <array>
#include <cstring>

namespace imapdesk {

namespace {

constexpr std::array<bool, 256> makeSeparatorTable()
{
    std::array<bool, 256> table{};
    for (const char c : {' ', '\t', ',', ';', '|'})
        table[static_cast<uchar>(c)] = true;
    return table;
}

constexpr std::array<bool, 256> kSeparator = makeSeparatorTable();

bool isSeparator(char c)
{
    return kSeparator[static_cast<uchar>(c)];
}

bool isBlank(char c, char delimiter)
{
    return c == ' ' || (c == '\t' && delimiter != '\t');
}

char *skipBlanks(char *p, const char *end, char delimiter)
{
    while (p < end && isBlank(*p, delimiter))
        ++p;
    return p;
}

// *p is the opening quote. Unescapes "" in place (the text only moves left)
// and leaves *p just after the closing quote.
SplitStatus readQuoted(char **p, char *end, FieldView *field)
{
    char *const start = *p + 1;
    char *out = start;
    char *in = start;
    for (;;) {
        auto *quote = static_cast<char *>(std::memchr(in, '"', end - in));
        if (!quote)
            return SplitStatus::UnterminatedQuote;
        const qsizetype length = quote - in;
        if (out != in)
            std::memmove(out, in, length);
        out += length;
        if (quote + 1 < end && quote[1] == '"') {
            *out++ = '"';
            in = quote + 2;
            continue;
        }
        *field = {start, out - start};
        *p = quote + 1;
        return SplitStatus::Ok;
    }
}

FieldView readUnquoted(char **p, char *end, char delimiter)
{
    char *const start = *p;
    auto *stop = static_cast<char *>(std::memchr(start, delimiter, end - start));
    *p = stop ? stop : end;
    const char *last = *p;
    while (last > start && isBlank(last[-1], delimiter))
        --last;
    return {start, last - start};
}

// One field of a delimited line; *p is left on the delimiter or at the end.
SplitStatus readDelimitedField(char **p, char *end, char delimiter, FieldView *field)
{
    *p = skipBlanks(*p, end, delimiter);
    if (*p == end || **p != '"') {
        *field = readUnquoted(p, end, delimiter);
        return SplitStatus::Ok;
    }
    const SplitStatus status = readQuoted(p, end, field);
    if (status != SplitStatus::Ok)
        return status;
    *p = skipBlanks(*p, end, delimiter);
    return *p == end || **p == delimiter ? SplitStatus::Ok : SplitStatus::TextAfterQuote;
}

} // namespace

SplitStatus splitSeparatedFields(char *p, char *end, FieldView *fields, int capacity, int *count)
{
    *count = 0;
    for (;;) {
        while (p < end && isSeparator(*p))
            ++p;
        if (p == end)
            return SplitStatus::Ok;
        if (*count == capacity)
            return SplitStatus::TooManyFields;
        FieldView &field = fields[(*count)++];
        if (*p == '"') {
            const SplitStatus status = readQuoted(&p, end, &field);
            if (status != SplitStatus::Ok)
                return status;
            if (p < end && !isSeparator(*p))
                return SplitStatus::TextAfterQuote;
            continue;
        }
        char *const start = p;
        while (p < end && !isSeparator(*p))
            ++p;
        field = {start, p - start};
    }
}

SplitStatus splitDelimitedFields(char *p, char *end, char delimiter, std::vector<FieldView> *fields)
{
    fields->clear();
    for (;;) {
        FieldView field;
        const SplitStatus status = readDelimitedField(&p, end, delimiter, &field);
        if (status != SplitStatus::Ok)
            return status;
        fields->push_back(field);
        if (p == end)
            return SplitStatus::Ok;
        ++p; // the delimiter
    }
}

} // namespace imapdesk
