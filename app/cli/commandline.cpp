#include "cli/commandline.h"

#include "cli/accountscheckcommand.h"
#include "cli/batchaddcommand.h"
#include "cli/batchcheckcommand.h"
#include "cli/batchcontrolcommands.h"
#include "cli/batchpasswordscommand.h"
#include "cli/batchquerycommands.h"
#include "cli/batchruncommand.h"
#include "cli/clicontext.h"
#include "cli/dbpasswordcommand.h"
#include "cli/globaloptions.h"
#include "cli/logcommand.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <array>

namespace imapdesk {

namespace {

// lupdate finds the context of Tr::tr() calls; a free tr() would land in "imapdesk".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// One headless verb: the words that name it, and how to parse and run it.
struct Verb
{
    QStringList words;
    const char *summary;
    void (*addOptions)(QCommandLineParser &);
    int (*run)(CliContext &, const QCommandLineParser &, const QStringList &);
};

const std::array<Verb, 14> &verbs()
{
    static const std::array<Verb, 14> table{{
        {{QStringLiteral("accounts"), QStringLiteral("check")},
         QT_TRANSLATE_NOOP("CommandLine", "Parse an account list and show what would be imported."),
         AccountsCheckCommand::addOptions,
         AccountsCheckCommand::run},
        {{QStringLiteral("batch"), QStringLiteral("add")},
         QT_TRANSLATE_NOOP(
             "CommandLine",
             "Add a batch of accounts (passwords go to the keychain); prints its id."),
         BatchAddCommand::addOptions,
         BatchAddCommand::run},
        {{QStringLiteral("batch"), QStringLiteral("list")},
         QT_TRANSLATE_NOOP("CommandLine", "List batches."),
         BatchListCommand::addOptions,
         BatchListCommand::run},
        {{QStringLiteral("batch"), QStringLiteral("show")},
         QT_TRANSLATE_NOOP("CommandLine", "Show a batch and every job in it."),
         BatchShowCommand::addOptions,
         BatchShowCommand::run},
        {{QStringLiteral("batch"), QStringLiteral("run")},
         QT_TRANSLATE_NOOP("CommandLine", "Run queued jobs with imapsync until none is left."),
         BatchRunCommand::addOptions,
         BatchRunCommand::run},
        {{QStringLiteral("batch"), QStringLiteral("cancel")},
         QT_TRANSLATE_NOOP("CommandLine",
                           "Cancel a batch: queued jobs never start, running ones stop."),
         BatchCancelCommand::addOptions,
         BatchCancelCommand::run},
        {{QStringLiteral("batch"), QStringLiteral("retry")},
         QT_TRANSLATE_NOOP("CommandLine",
                           "Queue a batch again (a delta pass), or only its failed jobs."),
         BatchRetryCommand::addOptions,
         BatchRetryCommand::run},
        {{QStringLiteral("batch"), QStringLiteral("archive")},
         QT_TRANSLATE_NOOP("CommandLine", "Archive a batch (or bring it back with --undo)."),
         BatchArchiveCommand::addOptions,
         BatchArchiveCommand::run},
        {{QStringLiteral("batch"), QStringLiteral("delete")},
         QT_TRANSLATE_NOOP("CommandLine", "Delete a batch with its logs and saved passwords."),
         BatchDeleteCommand::addOptions,
         BatchDeleteCommand::run},
        {{QStringLiteral("batch"), QStringLiteral("passwords")},
         QT_TRANSLATE_NOOP("CommandLine",
                           "Save the passwords of jobs waiting for them, from an account list."),
         BatchPasswordsCommand::addOptions,
         BatchPasswordsCommand::run},
        {{QStringLiteral("batch"), QStringLiteral("check")},
         QT_TRANSLATE_NOOP("CommandLine",
                           "Check that every host answers and every account can log in."),
         BatchCheckCommand::addOptions,
         BatchCheckCommand::run},
        {{QStringLiteral("batch"), QStringLiteral("export")},
         QT_TRANSLATE_NOOP("CommandLine", "Write a batch report as CSV."),
         BatchExportCommand::addOptions,
         BatchExportCommand::run},
        {{QStringLiteral("log")},
         QT_TRANSLATE_NOOP("CommandLine", "Print the imapsync log of a job (its latest attempt)."),
         LogCommand::addOptions,
         LogCommand::run},
        {{QStringLiteral("db"), QStringLiteral("password")},
         QT_TRANSLATE_NOOP("CommandLine",
                           "Save the PostgreSQL password (from standard input) in the keychain."),
         DbPasswordCommand::addOptions,
         DbPasswordCommand::run},
    }};
    return table;
}

const Verb *findVerb(const QStringList &positional)
{
    for (const Verb &verb : verbs()) {
        if (positional.mid(0, verb.words.size()) == verb.words)
            return &verb;
    }
    return nullptr;
}

QStringList verbsStartingWith(const QString &word)
{
    QStringList names;
    for (const Verb &verb : verbs()) {
        if (verb.words.first() == word)
            names << verb.words.join(u' ');
    }
    return names;
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help.")});
    parser.addOption({{QStringLiteral("v"), QStringLiteral("version")},
                      Tr::tr("Show the version of ImapDesk.")});
    GlobalOptions::addTo(parser);
}

QString generalHelp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        Tr::tr("ImapDesk migrates mailboxes between IMAP servers with imapsync.\n"
               "Without a command, the desktop application starts."));
    parser.addPositionalArgument(QStringLiteral("command"),
                                 Tr::tr("A command from the list below."), Tr::tr("[command]"));
    QString help = parser.helpText() + u'\n' + Tr::tr("Commands:") + u'\n';
    for (const Verb &verb : verbs()) {
        help += QStringLiteral("  %1  %2\n")
                    .arg(verb.words.join(u' ').leftJustified(20),
                         QCoreApplication::translate("CommandLine", verb.summary));
    }
    help += Tr::tr("Run 'imapdesk COMMAND --help' for the options of a command.") + u'\n';
    return help;
}

QString versionText()
{
    return QStringLiteral("imapdesk %1 (Qt %2)\n")
        .arg(QStringLiteral(IMAPDESK_VERSION), QString::fromLatin1(qVersion()));
}

int runVerb(const Verb &verb, const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.setApplicationDescription(QCoreApplication::translate("CommandLine", verb.summary));
    parser.addPositionalArgument(verb.words.join(u' '), QString(), verb.words.join(u' '));
    verb.addOptions(parser);
    if (!parser.parse(arguments)) {
        context.err
            << parser.errorText() << '\n'
            << Tr::tr("Run 'imapdesk %1 --help' for its options.").arg(verb.words.join(u' '))
            << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return ExitOk;
    }
    const QStringList operands = parser.positionalArguments().mid(verb.words.size());
    return verb.run(context, parser, operands);
}

} // namespace

bool isHeadlessInvocation(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.parse(arguments); // unknown options may belong to a verb: judged later
    return !parser.positionalArguments().isEmpty() || parser.isSet(QStringLiteral("help")) ||
           parser.isSet(QStringLiteral("version"));
}

int runCommandLine(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    const bool parsed = parser.parse(arguments);
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("version")) && positional.isEmpty()) {
        context.out << versionText();
        return ExitOk;
    }
    if (const Verb *verb = findVerb(positional))
        return runVerb(*verb, arguments, context);
    if (positional.isEmpty() && parser.isSet(QStringLiteral("help"))) {
        context.out << generalHelp(parser);
        return ExitOk;
    }
    if (!parsed)
        context.err << parser.errorText() << '\n';
    else if (const QStringList known = verbsStartingWith(positional.value(0)); !known.isEmpty())
        context.err
            << Tr::tr("Incomplete command; did you mean: %1?").arg(known.join(QStringLiteral(", ")))
            << '\n';
    else if (!positional.isEmpty())
        context.err << Tr::tr("Unknown command: %1").arg(positional.join(u' ')) << '\n';
    context.err << Tr::tr("Run 'imapdesk --help' for the list of commands.") << '\n';
    return ExitUsage;
}

} // namespace imapdesk
