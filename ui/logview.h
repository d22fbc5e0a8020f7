#pragma once

#include "logs/logtail.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QPlainTextEdit;
class QTimer;
class QToolButton;

namespace imapdesk {

class LogFindBar;
class LogHighlighter;

// The log of one job: its last lines, and while the job runs, what imapsync
// appends (polled on a timer, complete lines only, inserted in a few large
// slices per tick, never line by line). Memory and work stay bounded whatever
// the file size and however fast it grows: the file is read backwards for its
// last lines, the view keeps at most maximumLineCount() lines and drops the
// oldest, and a flood is polled less often. It follows new output only while
// the user is at the bottom. Error lines are highlighted; a find bar searches
// the lines shown; the whole file opens in the system viewer or is copied.
class LogView final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDefaultMaximumLineCount = 5000;
    static constexpr int kPollIntervalMs = 250;
    static constexpr int kFloodPollIntervalMs = 1000;
    // More than this appended since the last tick: read the file's end
    // backwards rather than decode everything in between.
    static constexpr qint64 kCatchUpBytes = 4 * 1024 * 1024;
    // New lines are inserted in slices of at most this much per event-loop
    // pass: a few milliseconds each, so timers and input keep their pace.
    static constexpr int kSliceLines = 500;
    static constexpr qsizetype kSliceCharacters = 256 * 1024;
    // Between two slices: a full buffer (ten slices) is shown within a poll.
    static constexpr int kSlicePauseMs = 30;

    // Asks where to save a copy of the log; an empty path cancels.
    using SavePathChooser = std::function<QString(QWidget *parent, const QString &suggestedPath)>;

    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    // Shows the end of the log at path; an empty path clears the view. A live
    // log (its job is running) is polled for new lines and its unfinished last
    // line waits for its line end. The path shown already: only setLive(live),
    // the lines and the reading position stay.
    void setLogFile(const QString &path, bool live = false);
    QString logFile() const { return m_path; }

    // The job started or ended. Ending reads the rest of the log once,
    // unfinished last line included, and stops polling.
    void setLive(bool live);
    bool isLive() const { return m_live; }

    // How many lines the view keeps (at least 1).
    void setMaximumLineCount(int count);
    int maximumLineCount() const { return m_maximumLineCount; }

    // Replaces the file dialog "Save a copy…" opens (for tests).
    void setSavePathChooser(SavePathChooser chooser);

    // For the main window's menus and toolbars.
    QAction *openFullLogAction() const { return m_openFullLog; }
    QAction *saveCopyAction() const { return m_saveCopy; }
    QAction *findAction() const { return m_find; }
    QAction *findNextAction() const { return m_findNext; }
    QAction *findPreviousAction() const { return m_findPrevious; }
    QAction *wrapLinesAction() const { return m_wrapLines; }

    // The view is at its last line and will follow new ones.
    bool isAtBottom() const;

public slots:
    void scrollToBottom();
    void openFullLog();
    void saveCopy();

signals:
    // After "Save a copy…": the copy is complete, or why it is not.
    void copySaved(const QString &path);
    void copyFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    QAction *addViewAction(const QString &objectName, const QString &text);
    void buildLayout();
    void createTextView();
    void createJumpButton();
    QToolButton *toolButtonFor(QAction *action);
    void reload();
    void poll();
    qsizetype readNew(LogTail::PartialLine partial);
    bool farBehind() const;
    void queueLines(const QStringList &lines);
    void flushSlice();
    void appendLines(const QStringList &lines);
    void dropOldestLines(int count);
    void keepReadingPosition(bool follow, int value, int dropped);
    void clearLines();
    void startOver();
    void updatePlaceholder();
    void updateJumpButton();
    void setScrollValue(int value);
    void setWrapLines(bool wrap);
    void findNextOrAsk(bool backward);
    void startCopy(const QString &target);
    void copyFinished(const QString &target, const QString &error);
    QString suggestedCopyPath() const;

    QPlainTextEdit *m_text = nullptr;
    LogHighlighter *m_highlighter = nullptr;
    LogFindBar *m_findBar = nullptr;
    QLabel *m_title = nullptr;
    QToolButton *m_jumpToBottom = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_flushTimer = nullptr;
    QAction *m_openFullLog = nullptr;
    QAction *m_saveCopy = nullptr;
    QAction *m_find = nullptr;
    QAction *m_findNext = nullptr;
    QAction *m_findPrevious = nullptr;
    QAction *m_wrapLines = nullptr;

    QString m_path;
    LogTail m_tail{QString()};
    QStringList m_pending; // read, not shown yet: at most maximumLineCount() lines
    bool m_live = false;
    bool m_hasLines = false;  // the document holds at least one line, maybe empty
    bool m_following = true;  // new lines scroll into view (the user is at the bottom)
    bool m_adjusting = false; // the view, not the user, is moving the scrollbar
    bool m_copying = false;
    int m_maximumLineCount = kDefaultMaximumLineCount;
    SavePathChooser m_savePathChooser;
};

} // namespace imapdesk
