#pragma once

#include "accounts/accountlistparser.h"

class QTextStream;

namespace imapdesk {

struct CliContext;

// How the verbs that take an account list FILE read it and report its lines.

// Opens and parses FILE, or standard input for "-". When the list cannot be
// used at all (unreadable, a folder, not an account list) prints why to
// context.err and returns false: the verb exits with ExitUsage.
bool readAccountList(CliContext &context, const QString &path,
                     const AccountListParser::Options &options, AccountList *list);

// One line for each rejected and each duplicate line of the list.
void printSkippedLines(QTextStream &out, const AccountList &list);

} // namespace imapdesk
