#pragma once

#include "accounts/account.h"

#include <functional>

class QIODevice;

namespace imapdesk {

enum class AccountListEncoding {
    Utf8,       // the default: anything else is a fatal error with a hint
    Windows1252 // only after the user agreed to read a legacy file this way
};

struct AccountListOptions
{
    QString defaultDomain; // appended as "@domain" to users without '@'
    AccountListEncoding encoding = AccountListEncoding::Utf8;
};

// Streams an account list (product.md §2) from a device in linear time and
// constant memory: each record is handed to a sink as soon as it is complete.
//
// Accepted shapes, one account per line:
//   user1 password1                      (same login and password on both sides)
//   user1 password1 user2 password2
// separated by runs of spaces, tabs, ',', ';' or '|', or a CSV/TSV file whose
// first record is a header (user1,password1,user2,password2 or Exchange
// Online's EmailAddress,UserName,Password; names matched case-insensitively).
// RFC 4180 quoting, UTF-8 with or without BOM, CRLF or LF, blank lines and
// '#' comment lines skipped.
class AccountListParser final
{
public:
    // Declared outside the class: a nested struct with member initialisers
    // cannot serve as a default argument inside its own class (GCC).
    using Encoding = AccountListEncoding;
    using Options = AccountListOptions;

    using AccountSink = std::function<void(const Account &)>;
    using RejectSink = std::function<void(const RejectedLine &)>;

    explicit AccountListParser(Options options = {});

    // Reads the whole device. Returns false when the input is unusable as a
    // whole; errorString()/errorLine() then say why and where.
    bool parse(QIODevice &device, const AccountSink &onAccount, const RejectSink &onRejected);

    QString errorString() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    AccountListProblem problem() const { return m_problem; }

private:
    Options m_options;
    QString m_error;
    int m_errorLine = 0;
    AccountListProblem m_problem = AccountListProblem::None;
};

// Convenience for callers that want the whole list: collects accounts and
// rejected lines and flags duplicate user1 -> user2 pairs (compared
// case-insensitively; the first occurrence is kept).
AccountList parseAccountList(QIODevice &device, const AccountListParser::Options &options = {});

} // namespace imapdesk
