#pragma once

#include <QString>
#include <QVector>

namespace imapdesk {

// One mailbox pair read from an account list. Passwords live here only until
// they are handed to the credential store; nothing in this struct is ever
// printed or logged as a whole.
struct Account
{
    int line = 0; // 1-based line number in the source list
    QString user1;
    QString password1;
    QString user2;
    QString password2;
};

// A line that could not be turned into an account. The reason never contains
// any password text.
struct RejectedLine
{
    int line = 0;
    QString reason;
};

// A line naming the same user1 -> user2 pair as an earlier line.
struct DuplicateAccount
{
    int line = 0;
    int firstLine = 0;
};

// Why a whole list was unusable. The GUI offers to read a NotUtf8 file as
// Windows-1252 (after asking); the other problems have no such way out.
enum class AccountListProblem { None, Unreadable, Binary, Utf16, NotUtf8, TooLarge };

// Everything an account list produced. `fatalError` is set when the input as
// a whole is unusable (binary, not UTF-8, unreadable); the other lists then
// hold only what was read before the problem and must not be imported.
struct AccountList
{
    QVector<Account> accounts; // accepted, duplicates excluded
    QVector<RejectedLine> errors;
    QVector<DuplicateAccount> duplicates;
    QString fatalError;
    int fatalLine = 0; // line of the fatal problem, 0 when not tied to a line
    AccountListProblem fatalProblem = AccountListProblem::None;

    bool isUsable() const { return fatalError.isEmpty(); }
    bool allAccepted() const { return isUsable() && errors.isEmpty() && duplicates.isEmpty(); }
};

} // namespace imapdesk
