// Parses generated account lists and prints throughput and peak memory.
//
//   bench_accountlistparser [LINES] [--runs N]
//
// LINES (default 1,000,000) lines, half "user password", half "user1
// password1 user2 password2", passwords of 8-20 random printable characters.
// The streaming parser is timed with counting sinks, then parseAccountList()
// (which keeps every account) separately. Peak memory is the kernel's VmHWM,
// reset before each run, so a run's peak shows what that run needed: the
// streaming figure must not grow with the size of the file.

#include "accounts/accountlistparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <random>

using namespace imapdesk;

namespace {

struct Run
{
    double seconds = 0;
    qint64 accounts = 0;
    qint64 rejected = 0;
    qint64 rssBeforeKb = -1;
    qint64 peakKb = -1; // VmHWM during the run (reset just before it)
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Printable ASCII without the separators, the quote and the space, so every
// generated line is an account.
QByteArray randomPassword(std::mt19937 &random)
{
    static const QByteArray alphabet = [] {
        QByteArray characters;
        for (char c = '!'; c <= '~'; ++c) {
            if (!QByteArray(",;|\"").contains(c))
                characters += c;
        }
        return characters;
    }();
    std::uniform_int_distribution<int> length(8, 20);
    std::uniform_int_distribution<int> pick(0, int(alphabet.size()) - 1);
    QByteArray password(length(random), Qt::Uninitialized);
    for (char &c : password)
        c = alphabet.at(pick(random));
    return password;
}

QByteArray generatedLine(int i, std::mt19937 &random)
{
    const QByteArray n = QByteArray::number(i);
    if (i % 2 == 0)
        return "user" + n + "@example.com " + randomPassword(random) + '\n';
    return "user" + n + "@old.example.com " + randomPassword(random) + " user" + n +
           "@new.example.org " + randomPassword(random) + '\n';
}

qint64 generate(const QString &path, int lines)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    std::mt19937 random(20241129);
    QByteArray block;
    for (int i = 1; i <= lines; ++i) {
        block += generatedLine(i, random);
        if (block.size() > (1 << 20) || i == lines) {
            file.write(block);
            block.clear();
        }
    }
    return file.size();
}

// A field of /proc/self/status in kB, or -1 where there is none (not Linux).
qint64 statusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Linux resets VmHWM to the current RSS when "5" is written to clear_refs.
bool resetPeak()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

template<typename Parse>
Run measure(const QString &path, Parse parse)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const bool peakReset = resetPeak();
    const qint64 rssBefore = statusKb("VmRSS");
    AccountList kept; // freed after the clock stops: freeing is not parsing
    QElapsedTimer timer;
    timer.start();
    Run run = parse(file, &kept);
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.rssBeforeKb = rssBefore;
    run.peakKb = peakReset ? statusKb("VmHWM") : -1;
    return run;
}

Run streaming(QFile &file, AccountList *)
{
    Run run;
    AccountListParser parser;
    parser.parse(
        file, [&run](const Account &) { ++run.accounts; },
        [&run](const RejectedLine &) { ++run.rejected; });
    return run;
}

Run collecting(QFile &file, AccountList *kept)
{
    *kept = parseAccountList(file);
    Run run;
    run.accounts = kept->accounts.size() + kept->duplicates.size();
    run.rejected = kept->errors.size();
    return run;
}

template<typename Parse>
Run best(const QString &path, int runs, Parse parse)
{
    Run fastest;
    for (int i = 0; i < runs; ++i) {
        const Run run = measure(path, parse);
        if (i == 0 || run.seconds < fastest.seconds)
            fastest = run;
    }
    return fastest;
}

QString megabytes(qint64 kb)
{
    return kb < 0 ? QStringLiteral("n/a") : QString::number(double(kb) / 1024.0, 'f', 1) + " MB";
}

QString kilobytes(qint64 kb)
{
    return kb < 0 ? QStringLiteral("n/a") : QString::number(kb) + QStringLiteral(" kB");
}

QString growth(const Run &run)
{
    if (run.peakKb < 0 || run.rssBeforeKb < 0)
        return {};
    return QStringLiteral(" (+") + QString::number(run.peakKb - run.rssBeforeKb) +
           QStringLiteral(" kB)");
}

void report(const char *what, int lines, qint64 bytes, const Run &run)
{
    const double linesPerSecond = lines / run.seconds;
    const double megabytesPerSecond = double(bytes) / run.seconds / 1e6;
    out() << QString::asprintf("%-27s %8d lines %6.3f s %5.2f M lines/s %6.1f MB/s", what, lines,
                               run.seconds, linesPerSecond / 1e6, megabytesPerSecond)
          << "  RSS before " << kilobytes(run.rssBeforeKb) << ", peak " << kilobytes(run.peakKb)
          << growth(run) << "  (accounts " << run.accounts << ", rejected " << run.rejected
          << ")\n";
    out().flush();
}

struct Arguments
{
    int lines = 1000000;
    int runs = 3;
};

Arguments parseArguments(const QStringList &arguments)
{
    Arguments parsed;
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--runs") && i + 1 < arguments.size())
            parsed.runs = std::max(1, arguments.at(++i).toInt());
        else if (arguments.at(i).toInt() > 0)
            parsed.lines = arguments.at(i).toInt();
    }
    return parsed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Arguments arguments = parseArguments(app.arguments());
    QTemporaryDir dir;
    const int smallLines = std::max(1, arguments.lines / 5);
    const QString small = dir.filePath(QStringLiteral("small.txt"));
    const QString large = dir.filePath(QStringLiteral("large.txt"));
    const qint64 smallBytes = generate(small, smallLines);
    const qint64 largeBytes = generate(large, arguments.lines);
    if (smallBytes < 0 || largeBytes < 0) {
        out() << "cannot write the generated lists in " << dir.path() << '\n';
        return 1;
    }
    out() << "account list parser, Qt " << qVersion() << ", build type " << IMAPDESK_BUILD_TYPE
          << ", best of " << arguments.runs << " runs\n"
          << "generated: " << arguments.lines << " lines, "
          << QString::number(largeBytes / 1e6, 'f', 1)
          << " MB (half one-pair, half two-pair; passwords 8-20 characters)\n"
          << "RSS before parsing: " << megabytes(statusKb("VmRSS")) << ", peak so far "
          << megabytes(statusKb("VmHWM")) << '\n';
    report("streaming (counting sinks)", smallLines, smallBytes,
           best(small, arguments.runs, streaming));
    report("streaming (counting sinks)", arguments.lines, largeBytes,
           best(large, arguments.runs, streaming));
    report("parseAccountList (collect)", smallLines, smallBytes,
           best(small, arguments.runs, collecting));
    report("parseAccountList (collect)", arguments.lines, largeBytes,
           best(large, arguments.runs, collecting));
    out() << "RSS after: " << megabytes(statusKb("VmRSS")) << '\n';
    return 0;
}
