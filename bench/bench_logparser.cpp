// Feeds a synthetic imapsync output to ImapsyncLogParser and prints throughput.
//
//   bench_logparser [MEGABYTES] [--runs N]
//
// The output (default 200 MB) is built from lines of the real captures in
// tests/fixtures/imapsync-logs, shaped like one big run: the header of
// 15-big-full-sync, then folders of 500 "msg ... copied" lines each (the
// copied lines of every capture, in turn), then its last lines. It is
// written to a temporary file, then fed in 64 KiB chunks: once from memory
// (the parser alone), once read from the file (what a job log re-read costs).
// Two references put the figure in context: splitting lines with memchr and
// nothing else (the floor), and one QRegularExpression per line (§7 regex).
// Target: at least 300 MB/s on one core from memory.

#include "imapsync/imapsynclogparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstring>

using namespace imapdesk;

namespace {

constexpr qsizetype kChunk = 64 * 1024;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QByteArray readCapture(const char *name)
{
    QFile file(QStringLiteral(IMAPDESK_FIXTURES "/imapsync-logs/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Sample
{
    QByteArray header; // everything before the loop
    QByteArray ending; // from "Detected 0 errors" to the end
    QList<QByteArray> copiedLines;
    QList<QByteArray> folderLines; // per folder, before its messages
};

Sample sampleLines()
{
    Sample sample;
    const QByteArray big = readCapture("15-big-full-sync.log");
    sample.header = big.left(big.indexOf("++++ Looping"));
    // Without the statistics block: its final counts would replace the running
    // ones, which must match what was generated.
    sample.ending = big.mid(big.indexOf("Detected 0 errors"));
    for (const char *name :
         {"01-full-sync.log", "10k-resume-after-abort.log", "15-big-full-sync.log",
          "18b-automap-exclude-include.log", "18g-german-locale.log", "18h-nofoldersizes.log"}) {
        for (const QByteArray &line : readCapture(name).split('\n')) {
            if (line.startsWith("msg ") && line.contains(" copied to "))
                sample.copiedLines.append(line + '\n');
        }
    }
    const QByteArray folder = big.mid(big.indexOf("ETA: "));
    sample.folderLines = folder.left(folder.indexOf("\nmsg ") + 1).split('\n');
    return sample;
}

// About megabytes MB of output; returns the number of copied lines written.
qint64 generate(const QString &path, qint64 megabytes, const Sample &sample)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || sample.copiedLines.isEmpty())
        return -1;
    file.write(sample.header);
    qint64 copied = 0;
    qsizetype next = 0;
    QByteArray block;
    while (file.size() + block.size() < megabytes * 1000 * 1000) {
        for (const QByteArray &line : sample.folderLines)
            block += line + '\n';
        for (int i = 0; i < 500; ++i, ++copied)
            block += sample.copiedLines.at(next++ % sample.copiedLines.size());
        if (block.size() > (4 << 20)) {
            file.write(block);
            block.clear();
        }
    }
    file.write(block);
    file.write(sample.ending);
    return copied;
}

struct Run
{
    double seconds = 0;
    qint64 lines = 0;
    qint64 copied = 0;
};

Run parseFromMemory(const QByteArray &bytes)
{
    QElapsedTimer timer;
    timer.start();
    ImapsyncLogParser parser;
    for (qsizetype at = 0; at < bytes.size(); at += kChunk)
        parser.feed(bytes.constData() + at, std::min(kChunk, bytes.size() - at));
    parser.finish();
    return {double(timer.nsecsElapsed()) / 1e9, parser.lineCount(), parser.stats().messagesCopied};
}

Run parseFromFile(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    ImapsyncLogParser parser;
    QByteArray chunk(kChunk, Qt::Uninitialized);
    for (qint64 got = 0; (got = file.read(chunk.data(), kChunk)) > 0;)
        parser.feed(chunk.constData(), got);
    parser.finish();
    return {double(timer.nsecsElapsed()) / 1e9, parser.lineCount(), parser.stats().messagesCopied};
}

// The floor: finding the line ends and nothing else.
Run splitOnly(const QByteArray &bytes)
{
    QElapsedTimer timer;
    timer.start();
    Run run;
    const char *p = bytes.constData();
    const char *const end = p + bytes.size();
    while (const void *lf = std::memchr(p, '\n', size_t(end - p))) {
        p = static_cast<const char *>(lf) + 1;
        ++run.lines;
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    return run;
}

// What one regular expression per line would cost (on a slice: it is slow).
Run regexPerLine(const QByteArray &bytes)
{
    static const QRegularExpression copied(QStringLiteral(
        R"(^msg (.+)/(\d+) \{(\d+)\}\s+copied to (.+)/(\S+)\s+([\d.]+) msgs/s\s+([\d.]+ [KMGT]iB)/s )"
        R"(([\d.]+ [KMGT]iB) copied\s*(?:ETA: .*?(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) )"
        R"(([+-]\d{4})(?: \S+)?\s+(-?\d+) s\s+(-?\d+)/(\d+) msgs left)?\s*$)"));
    QElapsedTimer timer;
    timer.start();
    Run run;
    for (const QByteArray &line : bytes.split('\n')) {
        ++run.lines;
        if (copied.match(QString::fromUtf8(line)).hasMatch())
            ++run.copied;
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    return run;
}

template<typename Measure>
Run best(int runs, Measure measure)
{
    Run fastest;
    for (int i = 0; i < runs; ++i) {
        const Run run = measure();
        if (i == 0 || run.seconds < fastest.seconds)
            fastest = run;
    }
    return fastest;
}

void report(const char *what, qint64 bytes, const Run &run)
{
    out() << QString::asprintf("%-34s %7.1f MB %7.3f s %8.1f MB/s %6.2f M lines/s", what,
                               double(bytes) / 1e6, run.seconds, double(bytes) / run.seconds / 1e6,
                               double(run.lines) / run.seconds / 1e6);
    if (run.copied > 0)
        out() << "  (copied " << run.copied << ")";
    out() << '\n';
    out().flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 megabytes = 200;
    int runs = 3;
    const QStringList arguments = app.arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--runs") && i + 1 < arguments.size())
            runs = std::max(1, arguments.at(++i).toInt());
        else if (arguments.at(i).toLongLong() > 0)
            megabytes = arguments.at(i).toLongLong();
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("imapsync-output.log"));
    const qint64 copiedLines = generate(path, megabytes, sampleLines());
    QFile file(path);
    if (copiedLines < 0 || !file.open(QIODevice::ReadOnly)) {
        out() << "cannot build the synthetic output (fixtures at " IMAPDESK_FIXTURES "?)\n";
        return 1;
    }
    const QByteArray bytes = file.readAll();
    out() << "imapsync output parser, Qt " << qVersion() << ", build type " << IMAPDESK_BUILD_TYPE
          << ", best of " << runs << " runs, 64 KiB chunks\n"
          << "synthetic output: " << QString::number(double(bytes.size()) / 1e6, 'f', 1) << " MB, "
          << bytes.count('\n') << " lines, " << copiedLines << " copied lines\n";
    const Run memory = best(runs, [&] { return parseFromMemory(bytes); });
    report("parser, from memory", bytes.size(), memory);
    report("parser, read from the file", bytes.size(),
           best(runs, [&] { return parseFromFile(path); }));
    report("reference: memchr line split only", bytes.size(),
           best(runs, [&] { return splitOnly(bytes); }));
    const QByteArray slice = bytes.left(std::min<qsizetype>(bytes.size(), 20 * 1000 * 1000));
    report("reference: QRegularExpression/line", slice.size(), regexPerLine(slice));
    out() << "target: >= 300 MB/s for \"parser, from memory\"\n";
    if (memory.copied != copiedLines) {
        out() << "MISMATCH: the parser counted " << memory.copied << " copied lines\n";
        return 1;
    }
    return 0;
}
