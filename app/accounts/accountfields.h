#pragma once

#include <QtGlobal>

#include <vector>

namespace imapdesk {

// Field splitting of one account list line (internal to app/accounts).
// Quoted fields are unescaped in place ("" becomes "), so the views point
// into the caller's line buffer and no field is copied.

struct FieldView
{
    const char *data = nullptr;
    qsizetype size = 0;

    bool isEmpty() const { return size == 0; }
};

enum class SplitStatus { Ok, UnterminatedQuote, TextAfterQuote, TooManyFields };

// Headerless lines: fields separated by runs of ' ', '\t', ',', ';' and '|'.
// A '"' opens a quoted field only at the start of a field. Stops with
// TooManyFields when a field beyond `capacity` starts.
SplitStatus splitSeparatedFields(char *begin, char *end, FieldView *fields, int capacity,
                                 int *count);

// Lines under a header: one delimiter, RFC 4180 quoting within the line, empty
// fields kept. Blanks around unquoted values and around quotes are dropped
// (a space inside a password only counts when quoted).
SplitStatus splitDelimitedFields(char *begin, char *end, char delimiter,
                                 std::vector<FieldView> *fields);

} // namespace imapdesk
