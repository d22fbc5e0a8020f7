#include "ui/logview.h"

#include "ui/logfindbar.h"
#include "ui/loghighlighter.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyle>
#include <QTextBlock>
#include <QTextCursor>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace imapdesk {

namespace {

QString defaultSavePath(QWidget *parent, const QString &suggestedPath)
{
    return QFileDialog::getSaveFileName(parent, LogView::tr("Save a Copy of the Log"),
                                        suggestedPath, LogView::tr("Log files (*.log *.txt)"));
}

// Copies source over target (the file dialog asked before replacing it).
// Runs on a worker thread: a log can be hundreds of MB. Returns the error.
QString copyLog(const QString &source, const QString &target)
{
    QFile existing(target);
    if (existing.exists() &&
        QFileInfo(source).canonicalFilePath() == QFileInfo(target).canonicalFilePath())
        return LogView::tr("This is the log file itself.");
    if (existing.exists() && !existing.remove())
        return existing.errorString();
    QFile file(source);
    return file.copy(target) ? QString() : file.errorString();
}

QList<QKeySequence> withKey(QKeySequence::StandardKey standard, const QKeySequence &key)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    if (!keys.contains(key))
        keys.prepend(key);
    return keys;
}

} // namespace

LogView::LogView(QWidget *parent)
    : QWidget(parent)
    , m_pollTimer(new QTimer(this))
    , m_flushTimer(new QTimer(this))
    , m_savePathChooser(defaultSavePath)
{
    createActions();
    buildLayout();
    m_pollTimer->setInterval(kPollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &LogView::poll);
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, &LogView::flushSlice);
    // Following is a state, not a scrollbar position: the document's layout
    // (hence the scrollbar's range) catches up after insertions, lazily.
    QScrollBar *bar = m_text->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        if (!m_adjusting)
            m_following = value >= bar->maximum();
        updateJumpButton();
    });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_following)
            setScrollValue(maximum);
    });
    setLogFile(QString());
}

LogView::~LogView() = default;

void LogView::createActions()
{
    m_openFullLog = addViewAction(QStringLiteral("openFullLog"), tr("&Open Full Log"));
    m_openFullLog->setToolTip(tr("Open the whole log file in the system's viewer"));
    connect(m_openFullLog, &QAction::triggered, this, &LogView::openFullLog);
    m_saveCopy = addViewAction(QStringLiteral("saveLogCopy"), tr("&Save a Copy of the Log…"));
    m_saveCopy->setIconText(tr("Save a Copy…"));
    connect(m_saveCopy, &QAction::triggered, this, &LogView::saveCopy);
    m_find = addViewAction(QStringLiteral("findInLog"), tr("&Find in Log…"));
    m_find->setShortcuts(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] { m_findBar->activate(); });
    m_findNext = addViewAction(QStringLiteral("findNextInLog"), tr("Find &Next"));
    m_findNext->setShortcuts(withKey(QKeySequence::FindNext, Qt::Key_F3));
    connect(m_findNext, &QAction::triggered, this, [this] { findNextOrAsk(false); });
    m_findPrevious = addViewAction(QStringLiteral("findPreviousInLog"), tr("Find &Previous"));
    m_findPrevious->setShortcuts(
        withKey(QKeySequence::FindPrevious, QKeySequence(Qt::SHIFT | Qt::Key_F3)));
    connect(m_findPrevious, &QAction::triggered, this, [this] { findNextOrAsk(true); });
    m_wrapLines = addViewAction(QStringLiteral("wrapLogLines"), tr("&Wrap Long Lines"));
    m_wrapLines->setCheckable(true);
    connect(m_wrapLines, &QAction::toggled, this, &LogView::setWrapLines);
}

// Shortcuts work while the focus is anywhere in the view, so Ctrl+F here
// does not fight with a search box elsewhere in the window.
QAction *LogView::addViewAction(const QString &objectName, const QString &text)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

void LogView::buildLayout()
{
    createTextView();
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("logTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    createJumpButton();
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_jumpToBottom);
    for (QAction *action : {m_find, m_wrapLines, m_openFullLog, m_saveCopy})
        bar->addWidget(toolButtonFor(action));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_findBar);
}

void LogView::createTextView()
{
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setUndoRedoEnabled(false);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->document()->setMaximumBlockCount(m_maximumLineCount); // a safety net only
    m_highlighter = new LogHighlighter(m_text->document());
    m_highlighter->setPalette(palette());
    m_findBar = new LogFindBar(m_text, this);
    connect(m_findBar, &LogFindBar::searchChanged, m_highlighter, &LogHighlighter::setSearch);
}

void LogView::createJumpButton()
{
    m_jumpToBottom = new QToolButton(this);
    m_jumpToBottom->setObjectName(QStringLiteral("jumpToBottom"));
    m_jumpToBottom->setText(tr("New lines below"));
    m_jumpToBottom->setToolTip(tr("Go to the end of the log and follow it"));
    m_jumpToBottom->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_jumpToBottom->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_jumpToBottom->hide();
    connect(m_jumpToBottom, &QToolButton::clicked, this, &LogView::scrollToBottom);
}

QToolButton *LogView::toolButtonFor(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    return button;
}

void LogView::setLogFile(const QString &path, bool live)
{
    if (path == m_path && !path.isEmpty()) { // the same job again: keep the place
        setLive(live);
        return;
    }
    m_path = path;
    m_tail = LogTail(path);
    m_live = live && !path.isEmpty();
    const QFileInfo file(path);
    m_title->setText(file.fileName());
    m_title->setToolTip(QDir::toNativeSeparators(path));
    m_openFullLog->setEnabled(!path.isEmpty());
    m_saveCopy->setEnabled(!path.isEmpty() && !m_copying);
    reload();
    m_pollTimer->setInterval(kPollIntervalMs);
    if (m_live)
        m_pollTimer->start();
    else
        m_pollTimer->stop();
}

void LogView::setLive(bool live)
{
    if (live == m_live || m_path.isEmpty())
        return;
    m_live = live;
    if (live) {
        reload(); // an ended log showed its unfinished last line: read it again whole
        m_pollTimer->start();
        return;
    }
    m_pollTimer->stop();
    readNew(LogTail::PartialLine::Include);
    while (!m_pending.isEmpty()) // the last lines, at once: nothing follows them
        flushSlice();
}

void LogView::setMaximumLineCount(int count)
{
    m_maximumLineCount = std::max(count, 1);
    if (m_hasLines) {
        const bool follow = isAtBottom();
        const int value = m_text->verticalScrollBar()->value();
        const int dropped = std::max(0, m_text->document()->blockCount() - m_maximumLineCount);
        dropOldestLines(dropped);
        keepReadingPosition(follow, value, dropped);
    }
    m_text->document()->setMaximumBlockCount(m_maximumLineCount);
    queueLines({}); // trims the lines waiting too
}

void LogView::setSavePathChooser(SavePathChooser chooser)
{
    m_savePathChooser = chooser ? std::move(chooser) : SavePathChooser(defaultSavePath);
}

// The end of the file, read backwards: instant whatever its size.
void LogView::reload()
{
    startOver();
    if (!m_path.isEmpty()) {
        const auto partial = m_live ? LogTail::PartialLine::Exclude : LogTail::PartialLine::Include;
        appendLines(m_tail.lastLines(m_maximumLineCount, partial));
    }
    scrollToBottom();
    updatePlaceholder();
}

// Output faster than anyone reads (half the view per tick) gets polled less
// often: the view shows the same end of the log for a quarter of the work.
void LogView::poll()
{
    const bool flood = readNew(LogTail::PartialLine::Exclude) >= m_maximumLineCount / 2;
    m_pollTimer->setInterval(flood ? kFloodPollIntervalMs : kPollIntervalMs);
}

// Returns how many lines were read.
qsizetype LogView::readNew(LogTail::PartialLine partial)
{
    if (farBehind()) { // the whole view would be replaced anyway
        startOver();
        queueLines(m_tail.lastLines(m_maximumLineCount, partial));
        return m_maximumLineCount;
    }
    const QStringList lines = m_tail.readNew(partial);
    if (m_tail.wasReset()) // truncated or replaced
        startOver();
    queueLines(lines);
    updatePlaceholder();
    return lines.size();
}

bool LogView::farBehind() const
{
    return QFileInfo(m_path).size() - m_tail.position() > kCatchUpBytes;
}

// Keeps the last maximumLineCount() lines waiting to be shown.
void LogView::queueLines(const QStringList &lines)
{
    m_pending.append(lines);
    if (m_pending.size() > m_maximumLineCount)
        m_pending.erase(m_pending.begin(), m_pending.end() - m_maximumLineCount);
    if (!m_pending.isEmpty() && !m_flushTimer->isActive())
        m_flushTimer->start(0);
}

// One slice of what waits, so that a flood never holds the event loop for long.
// The next one comes a moment later, not at once: back to back, a second's
// worth of slices is one long burst of work, and when the CPU is busy the
// kernel makes a thread pay such a burst back by waiting, timers and input
// included.
void LogView::flushSlice()
{
    qsizetype count = 0;
    qsizetype characters = 0;
    while (count < m_pending.size() && count < kSliceLines && characters < kSliceCharacters)
        characters += m_pending.at(count++).size();
    const QStringList slice = m_pending.mid(0, count);
    m_pending.erase(m_pending.cbegin(), m_pending.cbegin() + count);
    appendLines(slice);
    if (!m_pending.isEmpty())
        m_flushTimer->start(kSlicePauseMs);
}

// One removal and one insertion per slice, never one per line.
void LogView::appendLines(const QStringList &lines)
{
    if (lines.isEmpty())
        return;
    const qsizetype first = std::max<qsizetype>(0, lines.size() - m_maximumLineCount);
    const int count = int(lines.size() - first);
    const bool follow = isAtBottom();
    const int value = m_text->verticalScrollBar()->value();
    const int before = m_hasLines ? m_text->document()->blockCount() : 0;
    const int dropped = std::max(0, before + count - m_maximumLineCount);
    dropOldestLines(dropped);
    QString chunk = m_hasLines ? QStringLiteral("\n") : QString();
    chunk += (first > 0 ? lines.mid(first) : lines).join(QLatin1Char('\n'));
    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(chunk);
    m_hasLines = true;
    keepReadingPosition(follow, value, dropped);
}

// Before the insertion, by position: QTextDocument's own maximumBlockCount
// trimming moves a cursor block by block, laying out every line it drops.
void LogView::dropOldestLines(int count)
{
    if (count <= 0)
        return;
    QTextDocument *document = m_text->document();
    if (count >= document->blockCount()) {
        clearLines();
        return;
    }
    QTextCursor cursor(document);
    cursor.setPosition(document->findBlockByNumber(count).position(), QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
}

// Follows the end, or keeps the lines the user reads where they are even when
// the oldest lines above them are dropped.
void LogView::keepReadingPosition(bool follow, int value, int dropped)
{
    if (follow) {
        scrollToBottom();
        return;
    }
    setScrollValue(std::max(0, value - dropped));
    m_jumpToBottom->setVisible(!isAtBottom());
}

void LogView::clearLines()
{
    m_text->clear();
    m_hasLines = false;
}

// New contents: what waits to be shown belonged to the old ones.
void LogView::startOver()
{
    m_pending.clear();
    m_flushTimer->stop();
    clearLines();
}

void LogView::updatePlaceholder()
{
    QString text;
    if (m_path.isEmpty())
        text = tr("Select a job to see its imapsync log.");
    else if (!m_tail.errorString().isEmpty() && m_live)
        text = tr("Waiting for imapsync to create its log…");
    else if (!m_tail.errorString().isEmpty())
        text = tr("Cannot read the log file %1:\n%2")
                   .arg(QDir::toNativeSeparators(m_path), m_tail.errorString());
    else
        text = m_live ? tr("Waiting for imapsync output…") : tr("The log is empty.");
    m_text->setPlaceholderText(text);
}

bool LogView::isAtBottom() const
{
    return m_following;
}

void LogView::scrollToBottom()
{
    m_following = true;
    setScrollValue(m_text->verticalScrollBar()->maximum());
    m_jumpToBottom->hide();
}

// Moves the view without taking it for the user's scrolling.
void LogView::setScrollValue(int value)
{
    m_adjusting = true;
    m_text->verticalScrollBar()->setValue(value);
    m_adjusting = false;
}

void LogView::updateJumpButton()
{
    if (isAtBottom())
        m_jumpToBottom->hide();
}

void LogView::setWrapLines(bool wrap)
{
    const bool follow = isAtBottom();
    m_text->setLineWrapMode(wrap ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    if (follow)
        scrollToBottom();
}

// F3 with nothing to look for opens the bar; with a search, it shows the bar
// again if closed and goes on searching.
void LogView::findNextOrAsk(bool backward)
{
    if (m_findBar->isHidden())
        m_findBar->activate();
    if (m_findBar->searchText().isEmpty())
        return;
    if (backward)
        m_findBar->findPrevious();
    else
        m_findBar->findNext();
}

void LogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        m_highlighter->setPalette(palette()); // the editor inherits it, but later
    QWidget::changeEvent(event);
}

void LogView::openFullLog()
{
    if (m_path.isEmpty() || QDesktopServices::openUrl(QUrl::fromLocalFile(m_path)))
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Open Full Log"),
                                tr("No application could open %1.\nUse \"Save a Copy…\" "
                                   "and open the copy with a text editor.")
                                    .arg(QDir::toNativeSeparators(m_path)),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("openFullLogError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void LogView::saveCopy()
{
    if (m_path.isEmpty() || m_copying)
        return;
    const QString target = m_savePathChooser(this, suggestedCopyPath());
    if (!target.isEmpty())
        startCopy(target);
}

QString LogView::suggestedCopyPath() const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(QFileInfo(m_path).fileName());
}

// The copy runs on a pool thread; its result comes back through the event loop.
void LogView::startCopy(const QString &target)
{
    m_copying = true;
    m_saveCopy->setEnabled(false);
    QPointer<LogView> self(this);
    QThreadPool::globalInstance()->start([self, source = m_path, target] {
        const QString error = copyLog(source, target);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, target, error] {
                if (self)
                    self->copyFinished(target, error);
            },
            Qt::QueuedConnection);
    });
}

void LogView::copyFinished(const QString &target, const QString &error)
{
    m_copying = false;
    m_saveCopy->setEnabled(!m_path.isEmpty());
    if (error.isEmpty()) {
        emit copySaved(target);
        return;
    }
    const QString message = tr("Could not save a copy of the log to %1:\n%2")
                                .arg(QDir::toNativeSeparators(target), error);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Save a Copy of the Log"), message,
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("saveCopyError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit copyFailed(message);
}

} // namespace imapdesk
