#include "cli/accountscheckcommand.h"

#include "accounts/accountlistparser.h"
#include "cli/clicontext.h"
#include "util/domainname.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace imapdesk {

namespace {

const QString JsonOption = QStringLiteral("json");
const QString DefaultDomainOption = QStringLiteral("default-domain");

// lupdate finds the context of Tr::tr() calls; a free tr() would land in "imapdesk".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AccountsCheckCommand)
};

// Opens FILE, or standard input for "-". Returns an error message on failure.
QString openInput(const QString &path, QFile &file)
{
    if (path == QLatin1String("-")) {
        if (file.open(stdin, QIODevice::ReadOnly))
            return {};
        return Tr::tr("Cannot read standard input: %1").arg(file.errorString());
    }
    if (QFileInfo(path).isDir())
        return Tr::tr("%1 is a folder, not an account list.").arg(path);
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return Tr::tr("Cannot read %1: %2").arg(path, file.errorString());
    return {};
}

QJsonDocument toJson(const AccountList &list)
{
    QJsonArray accounts;
    for (const Account &account : list.accounts) {
        accounts.append(QJsonObject{{QStringLiteral("line"), account.line},
                                    {QStringLiteral("user1"), account.user1},
                                    {QStringLiteral("user2"), account.user2}});
    }
    QJsonArray errors;
    for (const RejectedLine &rejected : list.errors) {
        errors.append(QJsonObject{{QStringLiteral("line"), rejected.line},
                                  {QStringLiteral("reason"), rejected.reason}});
    }
    QJsonArray duplicates;
    for (const DuplicateAccount &duplicate : list.duplicates) {
        duplicates.append(QJsonObject{{QStringLiteral("line"), duplicate.line},
                                      {QStringLiteral("first_line"), duplicate.firstLine}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("accounts"), accounts},
                                     {QStringLiteral("errors"), errors},
                                     {QStringLiteral("duplicates"), duplicates}});
}

void printText(QTextStream &out, const AccountList &list)
{
    for (const Account &account : list.accounts)
        out << Tr::tr("line %1: %2 -> %3").arg(account.line).arg(account.user1, account.user2)
            << '\n';
    for (const RejectedLine &rejected : list.errors)
        out << Tr::tr("line %1: rejected: %2").arg(rejected.line).arg(rejected.reason) << '\n';
    for (const DuplicateAccount &duplicate : list.duplicates) {
        out << Tr::tr("line %1: duplicate of line %2, skipped")
                   .arg(duplicate.line)
                   .arg(duplicate.firstLine)
            << '\n';
    }
    out << Tr::tr("accounts: %1, rejected lines: %2, duplicates: %3")
               .arg(list.accounts.size())
               .arg(list.errors.size())
               .arg(list.duplicates.size())
        << '\n';
}

} // namespace

namespace AccountsCheckCommand {

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({JsonOption, Tr::tr("Print one JSON object instead of text.")});
    parser.addOption({DefaultDomainOption, Tr::tr("Domain added to users written without @domain."),
                      Tr::tr("DOMAIN")});
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        Tr::tr("Account list (.txt, .csv, .tsv), or - for standard input."));
}

int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands)
{
    if (operands.size() != 1) {
        context.err
            << Tr::tr("accounts check needs exactly one FILE (got %1).").arg(operands.size())
            << '\n';
        return ExitUsage;
    }
    AccountListParser::Options options;
    if (parser.isSet(DefaultDomainOption)) {
        options.defaultDomain = normalizedDomainName(parser.value(DefaultDomainOption));
        if (options.defaultDomain.isEmpty()) {
            context.err << Tr::tr("--default-domain %1 is not a domain name such as example.com.")
                               .arg(parser.value(DefaultDomainOption))
                        << '\n';
            return ExitUsage;
        }
    }
    const QString path = operands.first();
    QFile file;
    if (const QString problem = openInput(path, file); !problem.isEmpty()) {
        context.err << problem << '\n';
        return ExitUsage;
    }
    const AccountList list = parseAccountList(file, options);
    if (!list.isUsable()) {
        const QString where =
            list.fatalLine > 0 ? Tr::tr("%1, line %2").arg(path).arg(list.fatalLine) : path;
        context.err << Tr::tr("%1: %2").arg(where, list.fatalError) << '\n';
        return ExitUsage;
    }
    if (parser.isSet(JsonOption))
        context.out << toJson(list).toJson(QJsonDocument::Compact) << '\n';
    else
        printText(context.out, list);
    return list.allAccepted() ? ExitOk : ExitRejected;
}

} // namespace AccountsCheckCommand

} // namespace imapdesk
