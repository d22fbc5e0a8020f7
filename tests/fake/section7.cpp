#include "section7.h"

#include <QHash>

#include <functional>

namespace ImapDeskTest {

namespace {

const QString kIso = QStringLiteral(
    R"((?P<date>\d{4}-\d{2}-\d{2}) (?P<time>\d{2}:\d{2}:\d{2}) (?P<tz>[+-]\d{4})(?: \S+)?)");
const QString kEta =
    QStringLiteral(R"(ETA: .*?)") + kIso +
    QStringLiteral(R"(\s+(?P<secs>-?\d+) s\s+(?P<left>-?\d+)/(?P<total>\d+) msgs left)");

QHash<QString, QString> patterns()
{
    return {
        {QStringLiteral("copied"),
         QStringLiteral(R"(^msg (?P<f1>.+)/(?P<uid1>\d+) \{(?P<size>\d+)\}\s+copied to )"
                        R"((?P<f2>.+)/(?P<uid2>\S+)\s+(?P<rate>[\d.]+) msgs/s\s+)"
                        R"((?P<bw>[\d.]+ [KMGT]iB)/s (?P<done>[\d.]+ [KMGT]iB) copied\s*(?:)") +
             kEta + QStringLiteral(R"()?\s*$)")},
        {QStringLiteral("dry"),
         QStringLiteral(R"(^msg (?P<f1>.+)/(?P<uid1>\d+) copying to (?P<f2>.+?) )"
                        R"(\t\(not really since --dry mode\)\s*(?:)") +
             kEta + QStringLiteral(R"()?\s*$)")},
        {QStringLiteral("eta"), QLatin1Char('^') + kEta + QLatin1Char('$')},
        {QStringLiteral("folder"),
         QStringLiteral(
             R"(^Folder\s+(?P<n>\d+)/(?P<count>\d+) \[(?P<f1>.*?)\](?: = )"
             R"(\[(?P<f1utf8>.*?)\])?\s+-> \[(?P<f2>.*?)\](?: = \[(?P<f2utf8>.*?)\])?\s*$)")},
        {QStringLiteral("fsize"),
         QStringLiteral(R"(^Host(?P<side>[12]) folder\s+(?P<n>\d+)/(?P<count>\d+) \[(?P<f>.*?)\])"
                        R"((?: = \[(?P<futf8>.*?)\])?\s+(?:Size:\s+(?P<size>\d+) Messages:\s+)"
                        R"((?P<msgs>\d+) Biggest:\s+(?P<biggest>\d+)|does not exist yet)\s*$)")},
        {QStringLiteral("totmsgs"),
         QStringLiteral(R"(^Host(?P<side>[12]) Nb messages:\s+(?P<n>\d+) messages$)")},
        {QStringLiteral("totbytes"),
         QStringLiteral(
             R"(^Host(?P<side>[12]) Total size:\s+(?P<bytes>\d+) bytes \((?P<human>[^)]*)\)$)")},
        {QStringLiteral("login_ok"),
         QStringLiteral(R"(^Host(?P<side>[12]): success login on \[(?P<host>[^\]]*)\] with )"
                        R"(user \[(?P<user>[^\]]*)\] auth \[(?P<mech>[^\]]*)\])")},
        {QStringLiteral("login_ko"),
         QStringLiteral(
             R"(^Host(?P<side>[12]) failure: Error login on \[(?P<host>[^\]]*)\] )"
             R"(with user \[(?P<user>[^\]]*)\] auth \[(?P<mech>[^\]]*)\]: (?P<reply>.*)$)")},
        {QStringLiteral("conn_ko"),
         QStringLiteral(R"(^Host(?P<side>[12]) failure: can not open imap connection on )"
                        R"(host[12] \[(?P<host>[^\]]*)\] with user \[(?P<user>[^\]]*)\]: )"
                        R"((?P<reason>.*?)\s*$)")},
        {QStringLiteral("append_ko"),
         QStringLiteral(R"(^- msg (?P<f1>.+)/(?P<uid1>\d+) \{(?P<size>\d+)\} could not append )"
                        R"(\(.*\) to folder (?P<f2>.+?): (?P<reply>.*)$)")},
        {QStringLiteral("stats"),
         QStringLiteral(R"(^(?P<label>[A-Z][A-Za-z0-9 ()/%-]*?)\s*: (?P<value>.*?)\s*$)")},
        {QStringLiteral("xferred"),
         QStringLiteral(R"(^Messages transferred\s*: (?P<n>\d+)(?: \(could be (?P<could>\d+) )"
                        R"(without dry mode\))?\s*$)")},
        {QStringLiteral("bytes"),
         QStringLiteral(R"(^Total bytes transferred\s*: (?P<n>\d+) \((?P<human>[^)]*)\)$)")},
        {QStringLiteral("detected"), QStringLiteral(R"(^Detected (?P<n>\d+) errors$)")},
        {QStringLiteral("errlist"),
         QStringLiteral(R"(^\+\+\+\+ Listing (?P<n>\d+) errors encountered during the sync)")},
        {QStringLiteral("erritem"), QStringLiteral(R"(^Err (?P<i>\d+)/(?P<n>\d+): (?P<text>.*)$)")},
        {QStringLiteral("mostfreq"),
         QStringLiteral(R"(^The most frequent error is (?P<err>ERR_[A-Z0-9_]+)\. ?(?P<hint>.*)$)")},
        {QStringLiteral("signal"),
         QStringLiteral(R"(^Got a signal (?P<sig>[A-Z0-9]+) \(my PID is (?P<pid>\d+) my PPID )"
                        R"(is (?P<ppid>\d+)\))")},
        {QStringLiteral("abortf"), QStringLiteral(R"(^Asked to terminate by file (?P<path>.+)$)")},
        {QStringLiteral("exiting"),
         QStringLiteral(R"(^Exiting with return value (?P<code>\d+) \((?P<name>[A-Z0-9_]+))"
                        R"((?::[^)]*)?\) (?P<errors>\d+)/(?P<max>\d+) nb_errors/max_errors )"
                        R"(PID (?P<pid>\d+)$)")},
        {QStringLiteral("logfile"),
         QStringLiteral(R"(^Log file is (?P<path>.+?) \( to change it, use --logfile )"
                        R"((?:file)?path ; or use --nolog to turn off logging \)$)")},
        {QStringLiteral("version"),
         QStringLiteral(R"(^Here is imapsync (?P<version>\S+) on host)")},
        {QStringLiteral("pid"),
         QStringLiteral(R"(^PID is (?P<pid>\d+) my PPID is (?P<ppid>\d+)$)")},
    };
}

// Which regex a line must satisfy, decided by a loose prefix test (like lab/verify-regexes.py).
using Classifier = std::function<bool(const QString &)>;

QList<QPair<QString, Classifier>> classifiers()
{
    auto starts = [](const char *prefix) {
        return [prefix](const QString &l) {
            return l.startsWith(QLatin1String(prefix));
        };
    };
    auto hostAnd = [](const char *part) {
        return [part](const QString &l) {
            return l.startsWith(QLatin1String("Host")) && l.contains(QLatin1String(part));
        };
    };
    return {
        {QStringLiteral("copied"),
         [](const QString &l) {
             return l.startsWith(QLatin1String("msg ")) && l.contains(QLatin1String(" copied to "));
         }},
        {QStringLiteral("dry"),
         [](const QString &l) {
             return l.startsWith(QLatin1String("msg ")) &&
                    l.contains(QLatin1String(" copying to "));
         }},
        {QStringLiteral("eta"), starts("ETA:")},
        {QStringLiteral("folder"), starts("Folder ")},
        {QStringLiteral("fsize"),
         [](const QString &l) {
             static const QRegularExpression hostFolder(QStringLiteral("^Host[12] folder "));
             return l.contains(hostFolder);
         }},
        {QStringLiteral("totmsgs"), hostAnd(" Nb messages:")},
        {QStringLiteral("totbytes"), hostAnd(" Total size:")},
        {QStringLiteral("login_ok"), hostAnd(": success login on")},
        {QStringLiteral("login_ko"), hostAnd(" failure: Error login")},
        {QStringLiteral("conn_ko"), hostAnd(" failure: can not open imap connection")},
        {QStringLiteral("append_ko"),
         [](const QString &l) {
             return l.startsWith(QLatin1String("- msg ")) &&
                    l.contains(QLatin1String("could not append"));
         }},
        {QStringLiteral("signal"), starts("Got a signal")},
        {QStringLiteral("abortf"), starts("Asked to terminate by file")},
        {QStringLiteral("exiting"), starts("Exiting with return value")},
        {QStringLiteral("logfile"), starts("Log file is")},
        {QStringLiteral("version"), starts("Here is imapsync")},
        {QStringLiteral("pid"), starts("PID is ")},
        {QStringLiteral("detected"), starts("Detected ")},
        {QStringLiteral("errlist"),
         [](const QString &l) {
             return l.startsWith(QLatin1String("++++ Listing ")) &&
                    l.contains(QLatin1String(" errors "));
         }},
        {QStringLiteral("erritem"), starts("Err ")},
        {QStringLiteral("mostfreq"), starts("The most frequent error is")},
        {QStringLiteral("xferred"), starts("Messages transferred")},
        {QStringLiteral("bytes"), starts("Total bytes transferred")},
    };
}

bool endsStatistics(const QString &line)
{
    return line.startsWith(QLatin1String("The sync")) ||
           line.startsWith(QLatin1String("There is")) ||
           line.startsWith(QLatin1String("Detected")) ||
           line.startsWith(QLatin1String("Ended by")) ||
           line.startsWith(QLatin1String("You should"));
}

void learn(OutputCheck &check, const QString &kind, const QRegularExpressionMatch &match)
{
    if (kind == QLatin1String("copied")) {
        ++check.copiedLines;
        check.copiedBytes += match.captured(QStringLiteral("size")).toLongLong();
    } else if (kind == QLatin1String("dry")) {
        ++check.dryLines;
    } else if (kind == QLatin1String("eta")) {
        ++check.etaLines;
    } else if (kind == QLatin1String("folder")) {
        ++check.folderLines;
    } else if (kind == QLatin1String("fsize")) {
        ++check.folderSizeLines;
    } else if (kind == QLatin1String("append_ko")) {
        ++check.appendFailures;
        check.appendFailureFolders << match.captured(QStringLiteral("f1"));
    } else if (kind == QLatin1String("exiting")) {
        check.exitingCode = match.captured(QStringLiteral("code")).toInt();
    } else if (kind == QLatin1String("detected")) {
        check.detectedErrors = match.captured(QStringLiteral("n")).toInt();
    }
}

void checkStatisticsLine(OutputCheck &check, const QString &line)
{
    const auto match = section7(QStringLiteral("stats")).match(line);
    if (!match.hasMatch()) {
        check.mismatches << QStringLiteral("stats: ") + line;
        return;
    }
    check.statistics.insert(match.captured(QStringLiteral("label")),
                            match.captured(QStringLiteral("value")));
}

} // namespace

const QRegularExpression &section7(const QString &name)
{
    static const QHash<QString, QRegularExpression> compiled = [] {
        QHash<QString, QRegularExpression> all;
        const QHash<QString, QString> sources = patterns();
        for (auto it = sources.cbegin(); it != sources.cend(); ++it)
            all.insert(it.key(), QRegularExpression(it.value()));
        return all;
    }();
    static const QRegularExpression none;
    const auto it = compiled.constFind(name);
    return it == compiled.cend() ? none : *it;
}

QStringList outputLines(const QByteArray &output)
{
    QString text = QString::fromUtf8(output);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

OutputCheck checkOutput(const QByteArray &output)
{
    OutputCheck check;
    check.lines = outputLines(output);
    static const auto kinds = classifiers();
    bool inStatistics = false;
    for (const QString &line : std::as_const(check.lines)) {
        if (line == QLatin1String("++++ Statistics")) {
            inStatistics = true;
            continue;
        }
        inStatistics = inStatistics && !endsStatistics(line);
        if (inStatistics)
            checkStatisticsLine(check, line);
        for (const auto &[kind, applies] : kinds) {
            if (!applies(line))
                continue;
            const auto match = section7(kind).match(line);
            if (match.hasMatch())
                learn(check, kind, match);
            else
                check.mismatches << kind + QStringLiteral(": ") + line;
        }
    }
    return check;
}

qint64 OutputCheck::transferred() const
{
    const auto match = section7(QStringLiteral("xferred"))
                           .match(QStringLiteral("Messages transferred : ") +
                                  statistics.value(QStringLiteral("Messages transferred")));
    return statistics.contains(QStringLiteral("Messages transferred")) && match.hasMatch()
               ? match.captured(QStringLiteral("n")).toLongLong()
               : -1;
}

qint64 OutputCheck::couldBe() const
{
    const auto match = section7(QStringLiteral("xferred"))
                           .match(QStringLiteral("Messages transferred : ") +
                                  statistics.value(QStringLiteral("Messages transferred")));
    return match.hasMatch() && match.hasCaptured(QStringLiteral("could"))
               ? match.captured(QStringLiteral("could")).toLongLong()
               : -1;
}

qint64 OutputCheck::bytesTransferred() const
{
    const QString value = statistics.value(QStringLiteral("Total bytes transferred"));
    return value.isEmpty() ? -1 : value.section(QLatin1Char(' '), 0, 0).toLongLong();
}

int OutputCheck::count(const QString &prefix) const
{
    int n = 0;
    for (const QString &line : lines)
        n += line.startsWith(prefix) ? 1 : 0;
    return n;
}

} // namespace ImapDeskTest
