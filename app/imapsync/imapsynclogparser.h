#pragma once

#include "jobs/jobstats.h"

#include <QByteArray>

#include <string>
#include <string_view>

namespace imapdesk {

// Turns imapsync's output (stdout and stderr, UTF-8) into JobStats as it
// arrives. Chunks may cut lines anywhere, even inside a UTF-8 character.
// Lines end in LF, CRLF or a lone CR (progress redrawn in place). The hot path
// (one "msg ... copied" line per message) is parsed by hand, without regular
// expressions and without allocating.
//
// Error lines: "- msg ..." (append/fetch failures), "Host1 failure:",
// "Host2 failure:", "Failure:", "Could not ...", "Host1 folder F: Could not ...",
// "Got a signal X (...). Asked to terminate", "Unknown option:". Each adds one
// entry to errorFolders (its host1 folder, "" when outside any folder). The
// listing at the end ("++++ Listing N errors", "Err i/N: ...") replaces both
// lists, and imapsync's own counts (listing, "Detected N errors", the Exiting
// line's nb_errors, in that order) replace the running errorCount.
class ImapsyncLogParser final
{
public:
    static constexpr qsizetype kMaxLineBytes = 64 * 1024; // longer lines are cut
    static constexpr int kLastErrors = 5;
    static constexpr int kMaxErrorFolders = 1000; // beyond: only folders not yet listed

    void feed(const char *data, qsizetype size);
    void feed(const QByteArray &data) { feed(data.constData(), data.size()); }
    // The output has ended: parse a last line that had no line end.
    void finish();

    const JobStats &stats() const { return m_stats; }
    // True once after any change of stats(); lets the caller coalesce writes.
    bool takeChanged();
    // Grows on every change; for several consumers that poll independently.
    quint64 revision() const { return m_revision; }
    qint64 lineCount() const { return m_lineCount; }

private:
    void appendPartial(const char *data, qsizetype size);
    void endLine(const char *begin, const char *end);
    void parseLine(std::string_view line);
    void touch();
    bool dispatchMessage(std::string_view line);
    bool dispatchUpper(std::string_view line);
    bool dispatchHost(std::string_view line);
    bool dispatchMarker(std::string_view line);
    void onCopied(std::string_view afterSize, qint64 size);
    void onDryCopy(std::string_view line);
    bool onEtaTail(std::string_view &text);
    void onFolder(std::string_view line);
    void onHostTotals(std::string_view line);
    void onExiting(std::string_view line);
    bool onStatistics(std::string_view line);
    void applyFinalFigure(std::string_view label, std::string_view value);
    void onErrorItem(std::string_view text);
    bool onProblem(std::string_view line, bool fromListing);
    void addErrorFolder(const QString &folder);
    void keepLastError(std::string_view line);

    JobStats m_stats;
    std::string m_partial; // the line still waiting for its end, at most kMaxLineBytes
    bool m_skipLf = false; // the last chunk ended in CR: a LF first in the next one is its pair
    bool m_changed = false;
    bool m_afterLoop = false;    // host1 sizes after the loop do not change the totals
    bool m_inStatistics = false; // inside "++++ Statistics"
    bool m_inErrorListing = false;
    bool m_listingReplaced = false; // the first "Err i/N" item cleared the running lists
    quint64 m_revision = 0;
    qint64 m_lineCount = 0;
};

} // namespace imapdesk
