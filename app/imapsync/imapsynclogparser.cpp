#include "imapsync/imapsynclogparser.h"

#include "logs/linescan.h"

#include <algorithm>
#include <cstring>

namespace imapdesk {

namespace {

using namespace linescan;

const char *findByte(const char *begin, const char *end, char byte)
{
    return static_cast<const char *>(std::memchr(begin, byte, size_t(end - begin)));
}

// Bytes in one "B", "KiB", "MiB", "GiB" or "TiB"; 0 for anything else.
double unitFactor(View unit)
{
    static constexpr View units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double factor = 1;
    for (const View known : units) {
        if (unit == known)
            return factor;
        factor *= 1024;
    }
    return 0;
}

// "12.5 KiB/s" read backwards as two tokens, in bytes per second.
bool toBytesPerSecond(View number, View unit, double &value)
{
    double figure = 0;
    const double factor = endsWith(unit, "/s") ? unitFactor(unit.substr(0, unit.size() - 2)) : 0;
    if (factor == 0 || !toDecimal(number, figure))
        return false;
    value = figure * factor;
    return true;
}

// "INBOX/34 {2266} could not append ..." -> "INBOX" (the name may hold '/').
View messageFolder(View rest)
{
    const View::size_type brace = rest.find(" {");
    if (brace == npos)
        return {};
    View::size_type slash = brace;
    while (slash > 0 && isDigit(rest[slash - 1]))
        --slash;
    if (slash == brace || slash == 0 || rest[slash - 1] != '/')
        return {};
    return rest.substr(0, slash - 1);
}

// "Could not create folder [A ] from [INBOX.A ]: 584 NO ..." -> "INBOX.A " (spaces kept).
View createdFromFolder(View line)
{
    const View::size_type from = line.find("] from [");
    if (from == npos)
        return {};
    const View rest = line.substr(from + 8);
    return rest.substr(0, std::min(rest.find("]: "), rest.size()));
}

// Whether line is one of imapsync's error lines, and which folder it names ("" for none).
bool isErrorLine(View line, View &folder)
{
    folder = {};
    if (startsWith(line, "- msg ")) {
        folder = messageFolder(line.substr(6));
        return true;
    }
    if (startsWith(line, "Host1 failure: ") || startsWith(line, "Host2 failure: ") ||
        startsWith(line, "Failure: ") || startsWith(line, "Unknown option: ")) {
        return true;
    }
    if (startsWith(line, "Could not ")) {
        folder = createdFromFolder(line);
        return true;
    }
    if (startsWith(line, "Host1 folder ") || startsWith(line, "Host2 folder ")) {
        const View::size_type at = line.find(": Could not ", 13);
        folder = at == npos ? View() : line.substr(13, at - 13);
        return at != npos;
    }
    return startsWith(line, "Got a signal ") && endsWith(trimmed(line), "Asked to terminate");
}

// "Messages void (noheader) on host1", "CPU time and %cpu", "Memory/biggest message ratio".
bool isStatisticsLabel(View label)
{
    if (label.empty() || label.front() < 'A' || label.front() > 'Z')
        return false;
    return std::all_of(label.begin(), label.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) ||
               View(" ()/%-").find(c) != npos;
    });
}

} // namespace

void ImapsyncLogParser::feed(const char *data, qsizetype size)
{
    if (size <= 0)
        return;
    const char *p = data;
    const char *const end = data + size;
    if (m_skipLf) {
        m_skipLf = false;
        if (*p == '\n')
            ++p;
    }
    // Each byte is searched for at most once per chunk, so CR-only or LF-only
    // output stays linear.
    const char *cr = findByte(p, end, '\r');
    const char *lf = findByte(p, end, '\n');
    while (p < end) {
        if (cr && cr < p)
            cr = findByte(p, end, '\r');
        if (lf && lf < p)
            lf = findByte(p, end, '\n');
        const char *eol = (cr && (!lf || cr < lf)) ? cr : lf;
        if (!eol) {
            appendPartial(p, end - p);
            return;
        }
        endLine(p, eol);
        p = eol + 1;
        if (*eol == '\r') {
            if (p == end)
                m_skipLf = true;
            else if (*p == '\n')
                ++p;
        }
    }
}

void ImapsyncLogParser::finish()
{
    m_skipLf = false;
    if (m_partial.empty())
        return;
    parseLine(m_partial);
    m_partial.clear();
}

bool ImapsyncLogParser::takeChanged()
{
    const bool changed = m_changed;
    m_changed = false;
    return changed;
}

void ImapsyncLogParser::appendPartial(const char *data, qsizetype size)
{
    const qsizetype room = kMaxLineBytes - qsizetype(m_partial.size());
    m_partial.append(data, size_t(std::clamp<qsizetype>(size, 0, room)));
}

void ImapsyncLogParser::endLine(const char *begin, const char *end)
{
    if (m_partial.empty()) {
        parseLine(View(begin, size_t(end - begin)));
        return;
    }
    appendPartial(begin, end - begin);
    parseLine(m_partial);
    m_partial.clear(); // keeps its capacity
}

void ImapsyncLogParser::touch()
{
    m_changed = true;
    ++m_revision;
}

void ImapsyncLogParser::parseLine(View line)
{
    line = line.substr(0, size_t(kMaxLineBytes));
    ++m_lineCount;
    if (line.empty() || (m_inStatistics && onStatistics(line)))
        return;
    const char first = line.front();
    bool known = false;
    if (first == 'm') // one per message: first
        known = dispatchMessage(line);
    else if (first == 'H')
        known = dispatchHost(line);
    else if (first == '+')
        known = dispatchMarker(line);
    else if (first == '-')
        known = onProblem(line, false);
    else if (first >= 'A' && first <= 'Z')
        known = dispatchUpper(line);
    if (!known && endsWith(line, "Aborting imapsync.")) { // pid file locked (exit 8)
        keepLastError(line);
        touch();
    }
}

bool ImapsyncLogParser::dispatchMessage(View line)
{
    if (!startsWith(line, "msg "))
        return false;
    // "msg <f1>/<uid> {<size>}   copied to ..." where f1 may hold " {".
    for (View::size_type brace = line.find(" {", 4); brace != npos;
         brace = line.find(" {", brace + 2)) {
        View::size_type close = brace + 2;
        while (close < line.size() && isDigit(line[close]))
            ++close;
        if (close == brace + 2 || close >= line.size() || line[close] != '}')
            continue;
        const View after = skipBlanks(line.substr(close + 1));
        qint64 size = 0;
        if (startsWith(after, "copied to ") &&
            toInteger(line.substr(brace + 2, close - brace - 2), size)) {
            onCopied(after, size);
            return true;
        }
    }
    if (line.find(" copying to ", 4) != npos &&
        line.find("(not really since --dry mode)") != npos) {
        onDryCopy(line);
        return true;
    }
    return false;
}

bool ImapsyncLogParser::dispatchHost(View line)
{
    if (startsWith(line, "Here is imapsync ")) {
        View rest = line.substr(17);
        m_stats.imapsyncVersion = toQString(rest.substr(0, rest.find(' ')));
        touch();
        return true;
    }
    if (!startsWith(line, "Host1") && !startsWith(line, "Host2"))
        return false;
    const View rest = line.substr(5);
    if (startsWith(rest, " Nb messages:") || startsWith(rest, " Total size:")) {
        onHostTotals(line);
        return true;
    }
    return (startsWith(rest, " failure: ") || startsWith(rest, " folder ")) &&
           onProblem(line, false);
}

bool ImapsyncLogParser::dispatchMarker(View line)
{
    qint64 count = 0;
    if (line == "++++ Statistics") {
        m_inStatistics = true;
        m_stats.summary.clear();
    } else if (startsWith(line, "++++ Listing ") && leadingInteger(line.substr(13), count)) {
        m_stats.errorCount = int(count);
        m_inErrorListing = true;
        m_listingReplaced = false;
    } else if (startsWith(line, "++++ End looping")) {
        m_afterLoop = true;
    } else {
        return false;
    }
    touch();
    return true;
}

bool ImapsyncLogParser::dispatchUpper(View line)
{
    qint64 number = 0;
    if (startsWith(line, "ETA: "))
        return onEtaTail(line);
    if (startsWith(line, "Exiting with return value ")) {
        onExiting(line);
        return true;
    }
    if (m_inErrorListing && startsWith(line, "Err ")) {
        const View::size_type colon = line.find(": ");
        if (colon == npos)
            return false;
        onErrorItem(line.substr(colon + 2));
        return true;
    }
    if (startsWith(line, "Folder ")) {
        onFolder(line);
        return true;
    }
    if (startsWith(line, "Detected ") && leadingInteger(line.substr(9), number)) {
        m_stats.errorCount = int(number);
    } else if (startsWith(line, "PID is ") && leadingInteger(line.substr(7), number)) {
        m_stats.imapsyncPid = number;
    } else {
        return onProblem(line, false);
    }
    touch();
    return true;
}

void ImapsyncLogParser::onCopied(View afterSize, qint64 size)
{
    ++m_stats.messagesCopied;
    m_stats.bytesCopied += size;
    touch();
    // "... 164.70 msgs/s  10.797 MiB/s 9.833 MiB copied [ETA: ...]", from the right.
    View rest = afterSize;
    onEtaTail(rest);
    if (takeLastToken(rest) != "copied")
        return;
    takeLastToken(rest); // the running total ("9.833 MiB"): the sizes are summed exactly
    takeLastToken(rest);
    const View bandwidthUnit = takeLastToken(rest);
    const View bandwidth = takeLastToken(rest);
    const View rateUnit = takeLastToken(rest);
    const View rate = takeLastToken(rest);
    double value = 0;
    if (rateUnit == "msgs/s" && toDecimal(rate, value))
        m_stats.messagesPerSecond = value;
    if (toBytesPerSecond(bandwidth, bandwidthUnit, value))
        m_stats.bytesPerSecond = value;
}

void ImapsyncLogParser::onDryCopy(View line)
{
    ++m_stats.messagesWouldCopy;
    onEtaTail(line);
    touch();
}

// "ETA: <localised date> <ISO date>  <secs> s  <left>/<total> msgs left" at the
// end of text; on success text keeps only what comes before "ETA:".
bool ImapsyncLogParser::onEtaTail(View &text)
{
    View rest = text;
    if (takeLastToken(rest) != "left" || takeLastToken(rest) != "msgs")
        return false;
    const View counts = takeLastToken(rest);
    if (takeLastToken(rest) != "s")
        return false;
    const View seconds = takeLastToken(rest);
    const View::size_type slash = counts.find('/');
    const View::size_type eta = rest.rfind("ETA:");
    qint64 left = 0;
    qint64 total = 0;
    qint64 secs = 0;
    if (slash == npos || eta == npos || !toInteger(counts.substr(0, slash), left) ||
        !toInteger(counts.substr(slash + 1), total) || !toInteger(seconds, secs)) {
        return false;
    }
    m_stats.messagesLeft = left;
    m_stats.messagesTotal = total;
    m_stats.etaSeconds = secs;
    text = text.substr(0, eta);
    touch();
    return true;
}

// "Folder    5/10 [Entw&APw-rfe] = [Entwürfe]         -> [...]": the UTF-8 form
// when imapsync gives one, since it is for people to read.
void ImapsyncLogParser::onFolder(View line)
{
    View rest = skipBlanks(line.substr(7));
    qint64 index = 0;
    qint64 count = 0;
    const View::size_type slash = rest.find('/');
    if (slash == npos || !toInteger(rest.substr(0, slash), index) ||
        !leadingInteger(rest.substr(slash + 1), count)) {
        return;
    }
    const View::size_type open = rest.find(" [", slash);
    const View::size_type arrow = rest.find("-> [", slash);
    if (open == npos || arrow == npos || arrow < open + 2)
        return;
    View name = trimmed(rest.substr(open + 2, arrow - open - 2));
    if (endsWith(name, "]"))
        name.remove_suffix(1);
    const View::size_type utf8 = name.find("] = [");
    if (utf8 != npos)
        name = name.substr(utf8 + 5);
    m_stats.folderIndex = int(index);
    m_stats.folderCount = int(count);
    m_stats.currentFolder = toQString(name);
    touch();
}

// Host1's sizes before the loop are the totals to transfer; the sizes printed
// again at the end are not.
void ImapsyncLogParser::onHostTotals(View line)
{
    qint64 value = 0;
    const bool messages = startsWith(line.substr(5), " Nb messages:");
    const View figure = skipBlanks(line.substr(messages ? 18 : 17));
    if (line[4] != '1' || m_afterLoop || !leadingInteger(figure, value))
        return;
    (messages ? m_stats.messagesTotal : m_stats.bytesTotal) = value;
    touch();
}

// "Exiting with return value 113 (EXIT_OVERQUOTA) 16/50 nb_errors/max_errors PID 29021"
void ImapsyncLogParser::onExiting(View line)
{
    View rest = line.substr(View("Exiting with return value ").size());
    qint64 code = 0;
    if (!leadingInteger(rest, code))
        return;
    const View::size_type open = rest.find(" (");
    const View::size_type close = rest.find(") ");
    m_stats.sawExitLine = true;
    m_stats.printedExitCode = int(code);
    if (open != npos) {
        const View name = rest.substr(open + 2);
        m_stats.printedExitName = toQString(name.substr(0, name.find_first_of(":)")));
    }
    qint64 number = 0;
    const View tail = close == npos ? View() : rest.substr(close + 2);
    if (leadingInteger(tail, number) && tail.find("nb_errors/max_errors") != npos)
        m_stats.errorCount = int(number);
    const View::size_type pid = tail.rfind("PID ");
    if (pid != npos && leadingInteger(tail.substr(pid + 4), number) && m_stats.imapsyncPid == 0)
        m_stats.imapsyncPid = number;
    m_inErrorListing = false;
    touch();
}

// One "Label      : value" line of the final block; false (and the block
// ends) for any other line.
bool ImapsyncLogParser::onStatistics(View line)
{
    const View::size_type colon = line.find(": ");
    const View label = colon == npos ? View() : trimmed(line.substr(0, colon));
    if (!isStatisticsLabel(label)) {
        m_inStatistics = false;
        return false;
    }
    const View value = trimmed(line.substr(colon + 2));
    m_stats.summary.insert(toQString(label), toQString(value));
    applyFinalFigure(label, value);
    touch();
    return true;
}

// imapsync's own final counts replace what the progress lines added up.
void ImapsyncLogParser::applyFinalFigure(View label, View value)
{
    qint64 number = 0;
    double decimal = 0;
    View rest = value;
    if (label == "Messages transferred" && leadingInteger(value, number)) {
        m_stats.messagesCopied = number;
        const View::size_type could = value.find("(could be ");
        if (could != npos && leadingInteger(value.substr(could + 10), number))
            m_stats.messagesWouldCopy = number;
    } else if (label == "Messages skipped" && leadingInteger(value, number)) {
        m_stats.messagesSkipped = number;
    } else if (label == "Total bytes transferred" && leadingInteger(value, number)) {
        m_stats.bytesCopied = number;
    } else if (label == "Message rate" && toDecimal(value.substr(0, value.find(' ')), decimal)) {
        m_stats.messagesPerSecond = decimal;
    } else if (label == "Average bandwidth rate") {
        const View unit = takeLastToken(rest);
        if (toBytesPerSecond(takeLastToken(rest), unit, decimal))
            m_stats.bytesPerSecond = decimal;
    }
}

// "Err i/N: <text>": the listing is imapsync's complete list, so the first
// item replaces what the running lines gave.
void ImapsyncLogParser::onErrorItem(View text)
{
    if (!m_listingReplaced) {
        m_stats.lastErrors.clear();
        m_stats.errorFolders.clear();
        m_listingReplaced = true;
    }
    onProblem(text, true);
}

bool ImapsyncLogParser::onProblem(View line, bool fromListing)
{
    View folder;
    if (!isErrorLine(line, folder) && !fromListing)
        return false;
    keepLastError(line);
    addErrorFolder(toQString(folder));
    if (!fromListing)
        ++m_stats.errorCount;
    touch();
    return true;
}

void ImapsyncLogParser::addErrorFolder(const QString &folder)
{
    QStringList &folders = m_stats.errorFolders;
    if (folders.size() < kMaxErrorFolders || !folders.contains(folder))
        folders.append(folder);
}

void ImapsyncLogParser::keepLastError(View line)
{
    QStringList &errors = m_stats.lastErrors;
    errors.append(toQString(trimmed(line)));
    while (errors.size() > kLastErrors)
        errors.removeFirst();
}

} // namespace imapdesk
