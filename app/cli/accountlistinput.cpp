#include "cli/accountlistinput.h"

#include "cli/clicontext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace imapdesk {

namespace {

// The context of `accounts check`, which had these strings first: their
// translations apply to every verb.
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

} // namespace

bool readAccountList(CliContext &context, const QString &path,
                     const AccountListParser::Options &options, AccountList *list)
{
    QFile file;
    if (const QString problem = openInput(path, file); !problem.isEmpty()) {
        context.err << problem << '\n';
        return false;
    }
    *list = parseAccountList(file, options);
    if (!list->isUsable()) {
        const QString where =
            list->fatalLine > 0 ? Tr::tr("%1, line %2").arg(path).arg(list->fatalLine) : path;
        context.err << Tr::tr("%1: %2").arg(where, list->fatalError) << '\n';
        return false;
    }
    return true;
}

void printSkippedLines(QTextStream &out, const AccountList &list)
{
    for (const RejectedLine &rejected : list.errors)
        out << Tr::tr("line %1: rejected: %2").arg(rejected.line).arg(rejected.reason) << '\n';
    for (const DuplicateAccount &duplicate : list.duplicates) {
        out << Tr::tr("line %1: duplicate of line %2, skipped")
                   .arg(duplicate.line)
                   .arg(duplicate.firstLine)
            << '\n';
    }
}

} // namespace imapdesk
