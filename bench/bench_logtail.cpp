// Times LogTail::lastLines(200) against `tail -n 200` on the same big log.
//
//   bench_logtail [FILE] [--size MEGABYTES] [--runs N]
//
// Without FILE it writes a log of --size MB (default 1024, i.e. 1 GB) in a
// temporary directory, made of the real capture 15-big-full-sync repeated,
// and removes it at the end. Each side runs once to warm up, then --runs
// times (default 15), alternating; the medians are compared. `tail` is timed
// as a person runs it: process start, its work, reading its output.
// Both results are checked to hold the same 200 lines.
// Target: LogTail median <= 1.5 x tail median.

#include "logs/logtail.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace imapdesk;

namespace {

constexpr int kLines = 200;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

bool generate(const QString &path, qint64 megabytes)
{
    QFile capture(QStringLiteral(IMAPDESK_FIXTURES "/imapsync-logs/15-big-full-sync.log"));
    QFile file(path);
    if (!capture.open(QIODevice::ReadOnly) || !file.open(QIODevice::WriteOnly))
        return false;
    QByteArray block = capture.readAll();
    while (block.size() < (8 << 20))
        block += block;
    const qint64 size = megabytes * 1000 * 1000;
    while (file.size() < size) {
        const qint64 length = std::min<qint64>(block.size(), size - file.size());
        if (file.write(block.constData(), length) != length)
            return false;
    }
    return true;
}

struct Timed
{
    double microseconds = 0;
    QStringList lines;
};

Timed runLogTail(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    Timed timed;
    timed.lines = LogTail::lastLines(path, kLines);
    timed.microseconds = double(timer.nsecsElapsed()) / 1e3;
    return timed;
}

Timed runTail(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    QProcess tail;
    tail.start(QStringLiteral("tail"), {QStringLiteral("-n"), QString::number(kLines), path});
    tail.waitForFinished(-1); // a benchmark may block
    const QByteArray output = tail.readAllStandardOutput();
    Timed timed;
    timed.microseconds = double(timer.nsecsElapsed()) / 1e3;
    for (const QByteArray &line : output.split('\n')) {
        timed.lines << QString::fromUtf8(line.endsWith('\r') ? line.chopped(1) : line);
    }
    if (output.endsWith('\n'))
        timed.lines.removeLast();
    return timed;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

struct Arguments
{
    QString file;
    qint64 megabytes = 1024;
    int runs = 15;
};

Arguments parseArguments(const QStringList &arguments)
{
    Arguments parsed;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--runs") && i + 1 < arguments.size())
            parsed.runs = std::max(1, arguments.at(++i).toInt());
        else if (argument == QLatin1String("--size") && i + 1 < arguments.size())
            parsed.megabytes = std::max<qint64>(1, arguments.at(++i).toLongLong());
        else
            parsed.file = argument;
    }
    return parsed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Arguments arguments = parseArguments(app.arguments());
    QTemporaryDir dir; // removed, with the generated log, on return
    QString path = arguments.file;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("big.log"));
        QElapsedTimer timer;
        timer.start();
        if (!generate(path, arguments.megabytes)) {
            out() << "cannot write " << path << '\n';
            return 1;
        }
        out() << "generated " << path << " in " << timer.elapsed() << " ms\n";
    }
    const qint64 size = QFile(path).size();
    out() << "log tail, Qt " << qVersion() << ", build type " << IMAPDESK_BUILD_TYPE << ", "
          << QString::number(double(size) / 1e6, 'f', 1) << " MB, last " << kLines
          << " lines, median of " << arguments.runs << " runs after a warm-up\n";
    const Timed ours = runLogTail(path);
    const Timed theirs = runTail(path);
    if (ours.lines != theirs.lines || ours.lines.size() != kLines) {
        out() << "MISMATCH: LogTail gave " << ours.lines.size() << " lines, tail "
              << theirs.lines.size() << '\n';
        return 1;
    }
    std::vector<double> logTail;
    std::vector<double> tail;
    for (int i = 0; i < arguments.runs; ++i) {
        logTail.push_back(runLogTail(path).microseconds);
        tail.push_back(runTail(path).microseconds);
    }
    const double ourMedian = median(logTail);
    const double theirMedian = median(tail);
    out() << QString::asprintf("LogTail::lastLines  median %9.1f us  (min %.1f, max %.1f)\n",
                               ourMedian, *std::min_element(logTail.begin(), logTail.end()),
                               *std::max_element(logTail.begin(), logTail.end()))
          << QString::asprintf("tail -n %d        median %9.1f us  (min %.1f, max %.1f)\n", kLines,
                               theirMedian, *std::min_element(tail.begin(), tail.end()),
                               *std::max_element(tail.begin(), tail.end()))
          << QString::asprintf("ratio LogTail / tail: %.3f (target <= 1.5)\n",
                               ourMedian / theirMedian);
    return 0;
}
