#include "logs/logerrorlines.h"

namespace imapdesk {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// The number text starts with, or -1 when it starts with no digit.
qint64 leadingNumber(QStringView text)
{
    qint64 value = -1;
    for (qsizetype i = 0; i < text.size() && i < 18 && isDigit(text[i]); ++i)
        value = (value < 0 ? 0 : value * 10) + (text[i].unicode() - u'0');
    return value;
}

// The number after prefix ("Exiting with return value 161"), or -1 when the
// line does not start with prefix and a number.
qint64 numberAfter(QStringView line, QStringView prefix)
{
    return line.startsWith(prefix) ? leadingNumber(line.mid(prefix.size())) : -1;
}

// "Err 3/16:", the error listing imapsync prints before exiting.
bool isErrListing(QStringView line)
{
    if (!line.startsWith(u"Err "))
        return false;
    qsizetype at = 4;
    while (at < line.size() && (isDigit(line[at]) || line[at] == u'/'))
        ++at;
    return at > 4 && at < line.size() && line[at] == u':';
}

bool isLetterE(QChar c)
{
    return c == u'e' || c == u'E';
}

// The whole word "error", in any case: not "errors", "nb_errors" or
// "--noerrorsdump". Looks for "rror"/"RROR" first: a case-sensitive search is
// several times faster than a case-insensitive one, and most lines have neither.
bool hasErrorWord(QStringView line)
{
    for (const QStringView tail : {QStringView(u"rror"), QStringView(u"RROR")}) {
        for (qsizetype at = line.indexOf(tail, 1); at > 0; at = line.indexOf(tail, at + 1)) {
            const qsizetype start = at - 1;
            const qsizetype end = at + tail.size();
            if (isLetterE(line[start]) &&
                line.mid(start, 5).compare(u"error", Qt::CaseInsensitive) == 0 &&
                (start == 0 || !isWordChar(line[start - 1])) &&
                (end == line.size() || !isWordChar(line[end])))
                return true;
        }
    }
    return false;
}

bool isHostFailure(QStringView line)
{
    if (!line.startsWith(u"Host1") && !line.startsWith(u"Host2"))
        return false;
    const QStringView rest = line.mid(5);
    return rest.startsWith(u" failure:") || rest.startsWith(u": failed login");
}

} // namespace

bool isImapsyncErrorLine(QStringView line)
{
    // Lines whose number decides, whatever words follow it.
    if (const qint64 exitCode = numberAfter(line, u"Exiting with return value "); exitCode >= 0)
        return exitCode != 0;
    if (const qint64 errors = numberAfter(line, u"Detected "); errors >= 0)
        return errors != 0;
    return isErrListing(line) || isHostFailure(line) ||
           (line.startsWith(u"- msg ") && line.contains(u" could not ")) ||
           line.startsWith(u"Failure:") || line.startsWith(u"Unknown option:") ||
           hasErrorWord(line);
}

} // namespace imapdesk
