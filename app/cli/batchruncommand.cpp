#include "cli/batchruncommand.h"

#include "cli/batchrunner.h"
#include "cli/clicontext.h"
#include "cli/clisession.h"
#include "imapsync/imapsynclocator.h"
#include "secrets/keychaincredentialstore.h"
#include "storage/jobstore.h"
#include "util/applicationpaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QProcess>

namespace imapdesk {

namespace {

// lupdate finds the context of Tr::tr() calls; a free tr() would land in "imapdesk".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BatchRunCommand)
};

bool readLimit(CliContext &context, const QCommandLineParser &parser, const QString &option,
               int minimum, int *value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int number = parser.value(option).toInt(&ok);
    if (!ok || number < minimum || number > 256) {
        context.err << Tr::tr("--%1 must be a number from %2 to 256.").arg(option).arg(minimum)
                    << '\n';
        return false;
    }
    *value = number;
    return true;
}

// Without --wait: the same command with --wait, detached, its output in a
// file of the application log folder.
int runInBackground(CliContext &context, const CliSession &session)
{
    QStringList arguments = QCoreApplication::arguments().mid(1);
    arguments << QStringLiteral("--wait");
    const QString folder = applicationLogDirectory(session.options().dataDirectory);
    QDir().mkpath(folder);
    const QString output = QDir(folder).filePath(
        QStringLiteral("batch-run-%1.log")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(output);
    process.setStandardErrorFile(output, QIODevice::Append);
    qint64 pid = 0;
    if (!process.startDetached(&pid)) {
        context.err << Tr::tr("Cannot start the background run: %1").arg(process.errorString())
                    << '\n';
        return ExitFailure;
    }
    context.out << Tr::tr("Running in the background (process %1); its output goes to %2. Follow "
                          "with 'imapdesk batch list' or 'imapdesk batch show ID'.")
                       .arg(pid)
                       .arg(QDir::toNativeSeparators(output))
                << '\n';
    return ExitOk;
}

} // namespace

namespace BatchRunCommand {

void addRunOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("concurrency"), Tr::tr("imapsync processes at once (default 4)."),
         Tr::tr("N")},
        {QStringLiteral("per-host"), Tr::tr("At most N processes per source or destination host."),
         Tr::tr("N")},
    });
}

void addOptions(QCommandLineParser &parser)
{
    addRunOptions(parser);
    parser.addOption({QStringLiteral("wait"),
                      Tr::tr("Stay in the foreground until the jobs have ended; exit status 0 only "
                             "if every job succeeded.")});
    parser.addPositionalArgument(QStringLiteral("ID"), Tr::tr("Only this batch (default: all)."),
                                 Tr::tr("[ID]"));
}

int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands)
{
    std::optional<qint64> batchId;
    if (!operands.isEmpty()) {
        const qint64 id = parseIdOperand(context, operands, Tr::tr("batch id"));
        if (id == 0)
            return ExitUsage;
        batchId = id;
    }
    int openCode = ExitOk;
    auto session = CliSession::open(context, parser, &openCode);
    if (!session)
        return openCode;
    if (batchId && !session->store().batch(*batchId).ok()) {
        context.err << Tr::tr("No batch %1.").arg(*batchId) << '\n';
        return ExitRejected;
    }
    if (!parser.isSet(QStringLiteral("wait")))
        return runInBackground(context, *session);
    return runAndWait(context, parser, *session, batchId);
}

int runAndWait(CliContext &context, const QCommandLineParser &parser, CliSession &session,
               std::optional<qint64> batchId, CredentialStore *credentials)
{
    SchedulerSettings settings;
    settings.batchId = batchId;
    settings.dataDirectory = session.options().dataDirectory;
    if (!readLimit(context, parser, QStringLiteral("concurrency"), 1, &settings.concurrency) ||
        !readLimit(context, parser, QStringLiteral("per-host"), 0, &settings.perHostLimit))
        return ExitUsage;
    const ImapsyncLocation imapsync =
        locateImapsync(session.options().imapsyncPath, QCoreApplication::applicationDirPath(),
                       systemPathDirectories());
    if (!imapsync.found()) {
        context.err << imapsync.error << '\n';
        return ExitFailure;
    }
    settings.imapsyncProgram = imapsync.program;
    KeychainCredentialStore keychain;
    BatchRunner runner(context, session.store(), credentials ? *credentials : keychain, settings);
    QEventLoop loop;
    QObject::connect(&runner, &BatchRunner::done, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    runner.start();
    loop.exec();
    return runner.exitCode();
}

} // namespace BatchRunCommand

} // namespace imapdesk
