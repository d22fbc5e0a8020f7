#include "cli/accountscheckcommand.h"

#include "cli/accountlistinput.h"
#include "cli/clicontext.h"
#include "util/domainname.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
    printSkippedLines(out, list);
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
    AccountList list;
    if (!readAccountList(context, operands.first(), options, &list))
        return ExitUsage;
    if (parser.isSet(JsonOption))
        context.out << toJson(list).toJson(QJsonDocument::Compact) << '\n';
    else
        printText(context.out, list);
    return list.allAccepted() ? ExitOk : ExitRejected;
}

} // namespace AccountsCheckCommand

} // namespace imapdesk
