#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace imapdesk {

// One problem found in the extra imapsync arguments of a batch. Messages name
// options but never quote the value given to a password option.
struct ArgumentIssue
{
    QString message;
    QString option;               // the imapsync option concerned ("--password1"), if any
    qsizetype argumentIndex = -1; // which argument, 0-based; -1 for the text as a whole
    qsizetype position = -1;      // offset in the typed text; -1 when unknown
};

struct SplitArguments
{
    QStringList arguments;
    QList<qsizetype> positions; // offset in the text where each argument starts
    QString error;              // empty when the text was split cleanly
    qsizetype errorPosition = -1;

    bool ok() const { return error.isEmpty(); }
};

struct ExtraArgumentsResult
{
    QStringList arguments;         // to append to imapsync's arguments as they are
    QList<ArgumentIssue> errors;   // the batch must not run with these arguments
    QList<ArgumentIssue> warnings; // e.g. options imapsync 2.229 does not know

    bool ok() const { return errors.isEmpty(); }
};

// Splits text the way a POSIX shell splits words, without any expansion:
// blanks separate, '...' is literal, "..." knows \" and \\, a backslash outside
// quotes escapes the next character, backslash-newline joins lines.
SplitArguments splitExtraArguments(const QString &text);

// Refuses options that would override what ImapDesk controls (passwords, log,
// pid file, endpoints, batch modes...) in every Getopt::Long spelling imapsync
// accepts (-x, --x, +x, --x=v, any case, unique abbreviations), values missing or
// of the wrong type, and words that are no option's value. Unknown options are
// warnings only: a newer imapsync may know them.
ExtraArgumentsResult validateExtraArguments(const QStringList &arguments);

// splitExtraArguments() then validateExtraArguments(), with positions in text.
ExtraArgumentsResult parseExtraArguments(const QString &text);

} // namespace imapdesk
