// The job log view: the end of a log of any size, live following, the ring
// buffer bound, error highlighting, find, save a copy, open the full log.

#include "ui/logfindbar.h"
#include "ui/loghighlighter.h"
#include "ui/logview.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

#include <atomic>
#include <cmath>
#include <ctime>
#include <thread>

using imapdesk::LogFindBar;
using imapdesk::LogHighlighter;
using imapdesk::LogView;

namespace {

const QString Captures = QStringLiteral(IMAPDESK_TEST_FIXTURES "/imapsync-logs");

QByteArray numbered(const char *prefix, int from, int to)
{
    QByteArray bytes;
    for (int i = from; i <= to; ++i)
        bytes += prefix + QByteArray::number(i) + '\n';
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes,
               QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Truncate)
{
    QFile file(path);
    return file.open(mode) && file.write(bytes) == bytes.size();
}

bool append(const QString &path, const QByteArray &bytes)
{
    return writeFile(path, bytes, QIODevice::WriteOnly | QIODevice::Append);
}

// Bytes this process has read through read() so far (Linux), or -1.
qint64 bytesReadSoFar()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("rchar: "))
            return line.mid(7).toLongLong();
    }
    return -1;
}

double relativeLuminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QTextCharFormat formatAt(const QTextBlock &block, int position)
{
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (position >= range.start && position < range.start + range.length)
            return range.format;
    }
    return {};
}

double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

} // namespace

class TestLogView final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void placeholderWithoutFile();
    void showsLastLines();
    void unfinishedLastLine();
    void bigLogOpensBounded();
    void appendedLinesAppearAfterTick();
    void appendsInChunks();
    void missingFileWhileLive();
    void scrolledUpStaysPut();
    void scrolledUpKeepsItsLinesWhenOldOnesDrop();
    void ringBufferBound();
    void farBehindCatchesUp();
    void truncationResetsView();
    void errorLinesHighlighted();
    void errorColourReadsOnLightAndDark();
    void find();
    void findKeys();
    void saveCopy();
    void saveCopyFailure();
    void openFullLog();
    void wrapToggle();
    void followBurst();

public slots:
    void openUrl(const QUrl &url) { m_openedUrl = url; }

private:
    QPlainTextEdit *text() const;
    QStringList shownLines() const;
    QString lastLine() const { return text()->document()->lastBlock().text(); }
    int firstVisibleBlock() const;

    QTemporaryDir m_dir;
    QString m_path;
    LogView *m_view = nullptr;
    QUrl m_openedUrl;
};

void TestLogView::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("%1.log").arg(QTest::currentTestFunction()));
    QFile::remove(m_path);
    m_view = new LogView;
    m_view->resize(700, 300);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestLogView::cleanup()
{
    delete m_view;
    m_view = nullptr;
    QFile::remove(m_path);
}

QPlainTextEdit *TestLogView::text() const
{
    return m_view->findChild<QPlainTextEdit *>(QStringLiteral("logText"));
}

QStringList TestLogView::shownLines() const
{
    return text()->toPlainText().split(QLatin1Char('\n'));
}

int TestLogView::firstVisibleBlock() const
{
    return text()->cursorForPosition(QPoint(4, 4)).blockNumber();
}

void TestLogView::placeholderWithoutFile()
{
    QVERIFY(text()->toPlainText().isEmpty());
    QVERIFY(text()->placeholderText().contains(QStringLiteral("Select a job")));
    QVERIFY(!m_view->openFullLogAction()->isEnabled());
    QVERIFY(!m_view->saveCopyAction()->isEnabled());

    QVERIFY(writeFile(m_path, numbered("line ", 1, 3)));
    m_view->setLogFile(m_path);
    QVERIFY(m_view->openFullLogAction()->isEnabled());
    m_view->setLogFile(QString());
    QVERIFY(text()->toPlainText().isEmpty());
    QVERIFY(!m_view->saveCopyAction()->isEnabled());
}

void TestLogView::showsLastLines()
{
    QVERIFY(writeFile(m_path, numbered("line ", 1, 20000)));
    m_view->setLogFile(m_path);
    QCOMPARE(text()->document()->blockCount(), LogView::kDefaultMaximumLineCount);
    QCOMPARE(text()->document()->firstBlock().text(), QStringLiteral("line 15001"));
    QCOMPARE(lastLine(), QStringLiteral("line 20000"));
    QVERIFY(m_view->isAtBottom());
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("logTitle"))->text(),
             QStringLiteral("showsLastLines.log"));
}

void TestLogView::unfinishedLastLine()
{
    QVERIFY(writeFile(m_path, "a\nb\nunfinished"));
    m_view->setLogFile(m_path); // an ended job's log: all of it
    QCOMPARE(shownLines(), (QStringList{"a", "b", "unfinished"}));
    m_view->setLogFile(m_path, true); // still being written: the line waits
    QCOMPARE(shownLines(), (QStringList{"a", "b"}));
    QVERIFY(append(m_path, " line\nc"));
    QTRY_COMPARE(lastLine(), QStringLiteral("unfinished line"));
    m_view->setLive(false); // the job ended: the rest, once
    QCOMPARE(shownLines(), (QStringList{"a", "b", "unfinished line", "c"}));
    QVERIFY(!m_view->isLive());
}

// 200 MB: only its end is read; the view holds its limit of lines.
void TestLogView::bigLogOpensBounded()
{
    QByteArray block;
    while (block.size() < (4 << 20))
        block += "msg INBOX/1 {2430}           copied to INBOX/31         164.70 msgs/s  10.797 "
                 "MiB/s 9.833 MiB copied ETA: Sunday 29 November 2026-11-29 23:55:24 +0000 UTC  "
                 "1 s  193/343 msgs left\n";
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        while (file.size() < 200LL * 1000 * 1000)
            QCOMPARE(file.write(block), block.size());
        file.write(numbered("last ", 1, 100));
    }
    const qint64 before = bytesReadSoFar();
    QElapsedTimer timer;
    timer.start();
    m_view->setLogFile(m_path, true);
    const qint64 elapsed = timer.elapsed();
    const qint64 read = bytesReadSoFar() - before;
    qInfo("opened a 200 MB log in %lld ms, read %lld bytes", elapsed, read);
    QCOMPARE(text()->document()->blockCount(), LogView::kDefaultMaximumLineCount);
    QCOMPARE(lastLine(), QStringLiteral("last 100"));
    QVERIFY(text()->document()->firstBlock().text().startsWith(QStringLiteral("msg INBOX/1")));
    if (before >= 0)
        QVERIFY2(read < 16 * 1024 * 1024, qPrintable(QString::number(read)));
}

void TestLogView::appendedLinesAppearAfterTick()
{
    QVERIFY(writeFile(m_path, numbered("line ", 1, 10)));
    m_view->setLogFile(m_path, true);
    QVERIFY(append(m_path, numbered("line ", 11, 15)));
    QTRY_COMPARE(lastLine(), QStringLiteral("line 15"));
    QCOMPARE(text()->document()->blockCount(), 15);
}

// 2,500 lines arrive in a few slices, not in 2,500 insertions.
void TestLogView::appendsInChunks()
{
    QVERIFY(writeFile(m_path, numbered("line ", 1, 10)));
    m_view->setLogFile(m_path, true);
    QSignalSpy inserts(text()->document(), &QTextDocument::contentsChange);
    QVERIFY(append(m_path, numbered("line ", 11, 2510)));
    QTRY_COMPARE(lastLine(), QStringLiteral("line 2510"));
    QCOMPARE(text()->document()->blockCount(), 2510);
    const int slices = (2500 + LogView::kSliceLines - 1) / LogView::kSliceLines;
    QVERIFY2(inserts.count() <= slices, qPrintable(QString::number(inserts.count())));
}

void TestLogView::missingFileWhileLive()
{
    m_view->setLogFile(m_path, true);
    QVERIFY(text()->placeholderText().contains(QStringLiteral("Waiting")));
    QVERIFY(writeFile(m_path, numbered("line ", 1, 2)));
    QTRY_COMPARE(shownLines(), (QStringList{"line 1", "line 2"}));

    m_view->setLogFile(m_dir.filePath(QStringLiteral("nowhere.log")));
    QVERIFY(text()->placeholderText().contains(QStringLiteral("Cannot read")));
}

void TestLogView::scrolledUpStaysPut()
{
    QVERIFY(writeFile(m_path, numbered("line ", 1, 200)));
    m_view->setLogFile(m_path, true);
    QScrollBar *bar = text()->verticalScrollBar();
    QVERIFY(bar->maximum() > 50);
    QCOMPARE(bar->value(), bar->maximum());
    auto *jump = m_view->findChild<QToolButton *>(QStringLiteral("jumpToBottom"));
    QVERIFY(jump->isHidden());

    bar->setValue(20); // the user reads older lines
    QVERIFY(append(m_path, numbered("line ", 201, 300)));
    QTRY_COMPARE(lastLine(), QStringLiteral("line 300"));
    QCOMPARE(bar->value(), 20);
    QCOMPARE(firstVisibleBlock(), 20);
    QVERIFY(jump->isVisible());

    m_view->setLogFile(m_path, true); // the same job selected again: nothing moves
    QCOMPARE(bar->value(), 20);
    QCOMPARE(lastLine(), QStringLiteral("line 300"));

    QTest::mouseClick(jump, Qt::LeftButton); // back to the end: follow again
    QVERIFY(m_view->isAtBottom());
    QVERIFY(jump->isHidden());
    QVERIFY(append(m_path, numbered("line ", 301, 400)));
    QTRY_COMPARE(lastLine(), QStringLiteral("line 400"));
    QCOMPARE(bar->value(), bar->maximum());
    QCOMPARE(text()->cursorForPosition(QPoint(4, text()->viewport()->height() - 4)).block().text(),
             QStringLiteral("line 400"));
}

// The buffer is full: the oldest lines go, the ones on screen stay on screen.
void TestLogView::scrolledUpKeepsItsLinesWhenOldOnesDrop()
{
    m_view->setMaximumLineCount(500);
    QVERIFY(writeFile(m_path, numbered("line ", 1, 500)));
    m_view->setLogFile(m_path, true);
    text()->verticalScrollBar()->setValue(300);
    const QString reading = text()->document()->findBlockByNumber(firstVisibleBlock()).text();
    QCOMPARE(reading, QStringLiteral("line 301"));
    QVERIFY(append(m_path, numbered("line ", 501, 600)));
    QTRY_COMPARE(lastLine(), QStringLiteral("line 600"));
    QCOMPARE(text()->document()->blockCount(), 500);
    QCOMPARE(text()->document()->findBlockByNumber(firstVisibleBlock()).text(), reading);
}

void TestLogView::ringBufferBound()
{
    m_view->setMaximumLineCount(1000);
    QVERIFY(writeFile(m_path, QByteArray()));
    m_view->setLogFile(m_path, true);
    for (int step = 0; step < 3; ++step) {
        QVERIFY(append(m_path, numbered("line ", step * 1000 + 1, step * 1000 + 1000)));
        const QString last = QStringLiteral("line %1").arg(step * 1000 + 1000);
        QTRY_COMPARE(lastLine(), last);
        QCOMPARE(text()->document()->blockCount(), 1000);
    }
    QVERIFY(append(m_path, numbered("line ", 3001, 6000))); // 3× the limit in one tick
    QTRY_COMPARE(lastLine(), QStringLiteral("line 6000"));
    QCOMPARE(text()->document()->blockCount(), 1000);
    QCOMPARE(text()->document()->firstBlock().text(), QStringLiteral("line 5001"));
    QVERIFY(m_view->isAtBottom());

    m_view->setMaximumLineCount(10); // shrinking trims at once
    QCOMPARE(text()->document()->blockCount(), 10);
    QCOMPARE(text()->document()->firstBlock().text(), QStringLiteral("line 5991"));
}

// More than kCatchUpBytes between two ticks: the end is read backwards.
void TestLogView::farBehindCatchesUp()
{
    QVERIFY(writeFile(m_path, numbered("line ", 1, 10)));
    m_view->setLogFile(m_path, true);
    QByteArray flood = numbered("flood line with some padding to make it longer ", 1, 120000);
    QVERIFY(flood.size() > LogView::kCatchUpBytes);
    QVERIFY(append(m_path, flood + "tail\n"));
    QTRY_COMPARE(lastLine(), QStringLiteral("tail"));
    QCOMPARE(text()->document()->blockCount(), LogView::kDefaultMaximumLineCount);
    QCOMPARE(text()->document()->firstBlock().text(),
             QStringLiteral("flood line with some padding to make it longer 115002"));
    QVERIFY(append(m_path, "after\n"));
    QTRY_COMPARE(lastLine(), QStringLiteral("after"));
}

void TestLogView::truncationResetsView()
{
    QVERIFY(writeFile(m_path, numbered("old ", 1, 100)));
    m_view->setLogFile(m_path, true);
    QCOMPARE(text()->document()->blockCount(), 100);
    QVERIFY(writeFile(m_path, numbered("new ", 1, 3))); // truncated and rewritten
    QTRY_COMPARE(shownLines(), (QStringList{"new 1", "new 2", "new 3"}));
    QVERIFY(append(m_path, numbered("new ", 4, 4)));
    QTRY_COMPARE(lastLine(), QStringLiteral("new 4"));
    QCOMPARE(text()->document()->blockCount(), 4);
}

void TestLogView::errorLinesHighlighted()
{
    m_view->setLogFile(Captures + QStringLiteral("/03-wrong-password-host1.log"));
    auto *highlighter = m_view->findChild<LogHighlighter *>();
    QVERIFY(highlighter);
    int errors = 0;
    for (QTextBlock block = text()->document()->firstBlock(); block.isValid();
         block = block.next()) {
        const bool error = LogHighlighter::isErrorBlock(block);
        errors += error ? 1 : 0;
        const QTextCharFormat format = formatAt(block, 0);
        QCOMPARE(format.foreground().color() == highlighter->errorFormat().foreground().color(),
                 error);
        QCOMPARE(format.fontWeight() == QFont::Bold, error);
    }
    QCOMPARE(errors, 5);
    QTextBlock exit = text()->document()->find(QStringLiteral("Exiting with return value")).block();
    QVERIFY(LogHighlighter::isErrorBlock(exit));
    QTextBlock success = text()->document()->find(QStringLiteral("success login")).block();
    QVERIFY(!LogHighlighter::isErrorBlock(success));
}

void TestLogView::errorColourReadsOnLightAndDark()
{
    auto *highlighter = m_view->findChild<LogHighlighter *>();
    for (const QColor base : {QColor(Qt::white), QColor(0x1e, 0x1e, 0x1e), QColor(0xf5, 0xf5, 0xf5),
                              QColor(0x2b, 0x2b, 0x2b)}) {
        QPalette palette = m_view->palette();
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::Text, base.lightness() < 128 ? Qt::white : Qt::black);
        m_view->setPalette(palette);
        const QColor error = highlighter->errorFormat().foreground().color();
        QVERIFY2(contrast(error, base) >= 4.5, qPrintable(base.name() + u' ' + error.name()));
        const QColor match = highlighter->matchFormat().background().color();
        QVERIFY2(contrast(palette.color(QPalette::Text), match) >= 4.5,
                 qPrintable(base.name() + u' ' + match.name()));
    }
}

void TestLogView::find()
{
    QVERIFY(writeFile(m_path, "alpha 1\nbeta\nALPHA 2\ngamma\n"));
    m_view->setLogFile(m_path);
    auto *bar = m_view->findChild<LogFindBar *>(QStringLiteral("findBar"));
    auto *edit = bar->findChild<QLineEdit *>(QStringLiteral("findEdit"));
    auto *status = bar->findChild<QLabel *>(QStringLiteral("findStatus"));
    QVERIFY(bar->isHidden());
    m_view->findAction()->trigger();
    QVERIFY(bar->isVisible());

    QTest::keyClicks(edit, QStringLiteral("alpha")); // found as typed, case-insensitive
    QCOMPARE(text()->textCursor().blockNumber(), 0);
    QCOMPARE(text()->textCursor().selectedText(), QStringLiteral("alpha"));
    QVERIFY(bar->findNext());
    QCOMPARE(text()->textCursor().blockNumber(), 2);
    QVERIFY(bar->findNext()); // wraps around
    QCOMPARE(text()->textCursor().blockNumber(), 0);
    QVERIFY(bar->findPrevious());
    QCOMPARE(text()->textCursor().blockNumber(), 2);
    QVERIFY(status->text().isEmpty());

    const auto *highlighter = m_view->findChild<LogHighlighter *>();
    const QColor marker = highlighter->matchFormat().background().color();
    QCOMPARE(formatAt(text()->document()->findBlockByNumber(2), 0).background().color(), marker);
    QVERIFY(formatAt(text()->document()->findBlockByNumber(1), 0).background().style() ==
            Qt::NoBrush);

    QTest::keyClicks(edit, QStringLiteral("zzz"));
    QVERIFY(!bar->findNext());
    QCOMPARE(status->text(), QStringLiteral("Not found"));

    edit->setText(QStringLiteral("ALPHA"));
    bar->findChild<QAbstractButton *>(QStringLiteral("findCaseSensitive"))->click();
    QCOMPARE(text()->textCursor().blockNumber(), 2);
    QVERIFY(bar->findNext());
    QCOMPARE(text()->textCursor().blockNumber(), 2); // the only match
}

void TestLogView::findKeys()
{
    QVERIFY(writeFile(m_path, "one x\ntwo\nthree x\n"));
    m_view->setLogFile(m_path);
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view));
    text()->setFocus();
    auto *bar = m_view->findChild<LogFindBar *>(QStringLiteral("findBar"));
    auto *edit = bar->findChild<QLineEdit *>(QStringLiteral("findEdit"));

    QTest::keyClick(text(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_X);
    QCOMPARE(text()->textCursor().blockNumber(), 0);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(text()->textCursor().blockNumber(), 2);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(text()->textCursor().blockNumber(), 0);
    QTest::keyClick(edit, Qt::Key_F3);
    QCOMPARE(text()->textCursor().blockNumber(), 2);
    QTest::keyClick(edit, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(text()->textCursor().blockNumber(), 0);
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(bar->isHidden());
    QTRY_VERIFY(text()->hasFocus());
    QTest::keyClick(text(), Qt::Key_F3); // the bar closed, the search remains
    QCOMPARE(text()->textCursor().blockNumber(), 2);
    QVERIFY(bar->isVisible());
}

void TestLogView::saveCopy()
{
    QVERIFY(writeFile(m_path, numbered("line ", 1, 50000) + "unfinished"));
    m_view->setLogFile(m_path, true);
    const QString target = m_dir.filePath(QStringLiteral("copy.log"));
    QVERIFY(writeFile(target, "an older copy, replaced"));
    QString suggested;
    m_view->setSavePathChooser([&](QWidget *, const QString &path) {
        suggested = path;
        return target;
    });
    QSignalSpy saved(m_view, &LogView::copySaved);
    m_view->saveCopyAction()->trigger();
    QVERIFY(suggested.endsWith(QStringLiteral("/saveCopy.log")));
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().toString(), target);
    QFile original(m_path);
    QFile copy(target);
    QVERIFY(original.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), original.readAll());
    QVERIFY(m_view->saveCopyAction()->isEnabled());

    m_view->setSavePathChooser([](QWidget *, const QString &) { return QString(); });
    m_view->saveCopyAction()->trigger(); // cancelled: nothing happens
    QTest::qWait(50);
    QCOMPARE(saved.count(), 1);
}

void TestLogView::saveCopyFailure()
{
    QVERIFY(writeFile(m_path, numbered("line ", 1, 10)));
    m_view->setLogFile(m_path);
    const QString target = m_dir.filePath(QStringLiteral("no/such/folder/copy.log"));
    m_view->setSavePathChooser([&](QWidget *, const QString &) { return target; });
    QSignalSpy failed(m_view, &LogView::copyFailed);
    m_view->saveCopy();
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("copy.log")));
    auto *box = m_view->findChild<QMessageBox *>(QStringLiteral("saveCopyError"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("Could not save a copy")));
    box->close();
    QVERIFY(!QFile::exists(target));

    m_view->setSavePathChooser([this](QWidget *, const QString &) { return m_path; });
    m_view->saveCopy(); // onto itself
    QTRY_COMPARE(failed.count(), 2);
    QCOMPARE(QFileInfo(m_path).size(), numbered("line ", 1, 10).size());
}

void TestLogView::openFullLog()
{
    QVERIFY(writeFile(m_path, numbered("line ", 1, 10)));
    m_view->setLogFile(m_path);
    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openUrl");
    m_view->openFullLogAction()->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(m_openedUrl, QUrl::fromLocalFile(m_path));
}

void TestLogView::wrapToggle()
{
    QCOMPARE(text()->lineWrapMode(), QPlainTextEdit::NoWrap);
    QCOMPARE(text()->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    m_view->wrapLinesAction()->trigger();
    QCOMPARE(text()->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    m_view->wrapLinesAction()->trigger();
    QCOMPARE(text()->lineWrapMode(), QPlainTextEdit::NoWrap);
}

// Measurement, not a check: IMAPDESK_LOGVIEW_BURST=seconds runs it. A writer
// thread appends IMAPDESK_LOGVIEW_RATE lines a second (100,000 unless set);
// we report the GUI thread's CPU and how late a 10 ms timer fires meanwhile.
void TestLogView::followBurst()
{
    const int seconds = qEnvironmentVariableIntValue("IMAPDESK_LOGVIEW_BURST");
    if (seconds <= 0)
        QSKIP("set IMAPDESK_LOGVIEW_BURST=10 to measure");
    const int rate = qEnvironmentVariableIsSet("IMAPDESK_LOGVIEW_RATE")
                         ? qEnvironmentVariableIntValue("IMAPDESK_LOGVIEW_RATE")
                         : 100000;
    QVERIFY(writeFile(m_path, QByteArray()));
    m_view->setLogFile(m_path, true);
    std::atomic<bool> stop{false};
    std::atomic<qint64> written{0};
    std::thread writer([&] {
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
            return;
        QElapsedTimer clock;
        clock.start();
        for (qint64 tick = 1; !stop; ++tick) { // every 10 ms
            QByteArray chunk;
            for (int i = 0; i < rate / 100; ++i)
                chunk += "msg INBOX/" + QByteArray::number(written++) +
                         " {2430}           copied to INBOX/31         164.70 msgs/s  10.797 "
                         "MiB/s 9.833 MiB copied ETA: 1 s  193/343 msgs left\n";
            file.write(chunk);
            file.flush();
            const qint64 sleep = tick * 10 - clock.elapsed();
            if (sleep > 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(sleep));
        }
    });
    QList<qint64> lateness;
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness.append(std::max<qint64>(0, now - last - 10'000'000));
        last = now;
    });
    const double cpuBefore = threadCpuSeconds();
    last = clock.nsecsElapsed();
    probe.start();
    QTest::qWait(seconds * 1000);
    probe.stop();
    const double cpu = threadCpuSeconds() - cpuBefore;
    stop = true;
    writer.join();
    std::sort(lateness.begin(), lateness.end());
    const auto ms = [](qint64 ns) {
        return double(ns) / 1e6;
    };
    qInfo("%lld lines in %d s; GUI thread CPU %.1f %%; timer lateness p50 %.2f ms, p99 %.2f ms, "
          "max %.2f ms (%lld ticks)",
          qint64(written), seconds, 100.0 * cpu / seconds, ms(lateness.at(lateness.size() / 2)),
          ms(lateness.at(lateness.size() * 99 / 100)), ms(lateness.last()),
          qint64(lateness.size()));
    QCOMPARE(text()->document()->blockCount(),
             std::min<int>(LogView::kDefaultMaximumLineCount, int(written)));
}

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
