#include "accounts/accountlistparser.h"

#include "accounts/accountlistreader.h"

#include <QHash>

#include <utility>

namespace imapdesk {

namespace {

QChar foldedChar(QChar c)
{
    const char16_t unit = c.unicode();
    if (unit < 0x80) // most logins: skip the Unicode tables
        return QChar(unit >= u'A' && unit <= u'Z' ? char16_t(unit + 0x20) : unit);
    return c.toCaseFolded();
}

// Appends `text` case-folded. Per UTF-16 unit, which is exact outside
// surrogate pairs; returns false when it meets one.
bool appendFolded(QString *key, const QString &text)
{
    for (const QChar c : text) {
        if (c.isSurrogate())
            return false;
        key->append(foldedChar(c));
    }
    return true;
}

// user1 and user2 cannot contain control characters, so '\n' separates
// them. Built in one allocation: this runs once per account of a list.
QString duplicateKey(const Account &account)
{
    QString key;
    key.reserve(account.user1.size() + 1 + account.user2.size());
    const bool folded = appendFolded(&key, account.user1);
    key.append(u'\n');
    if (folded && appendFolded(&key, account.user2))
        return key;
    return account.user1.toCaseFolded() + QLatin1Char('\n') + account.user2.toCaseFolded();
}

} // namespace

AccountListParser::AccountListParser(Options options)
    : m_options(std::move(options))
{}

bool AccountListParser::parse(QIODevice &device, const AccountSink &onAccount,
                              const RejectSink &onRejected)
{
    AccountListReader reader(m_options, onAccount, onRejected);
    const bool ok = reader.read(device);
    m_error = reader.errorString();
    m_errorLine = reader.errorLine();
    m_problem = reader.problem();
    return ok;
}

AccountList parseAccountList(QIODevice &device, const AccountListParser::Options &options)
{
    AccountList list;
    QHash<QString, int> firstLines;
    const auto addAccount = [&list, &firstLines](const Account &account) {
        const QString key = duplicateKey(account);
        const auto first = firstLines.constFind(key);
        if (first != firstLines.cend()) {
            list.duplicates.append(DuplicateAccount{account.line, *first});
            return;
        }
        firstLines.insert(key, account.line);
        list.accounts.append(account);
    };
    const auto addError = [&list](const RejectedLine &rejected) {
        list.errors.append(rejected);
    };
    AccountListParser parser(options);
    if (!parser.parse(device, addAccount, addError)) {
        list.fatalError = parser.errorString();
        list.fatalLine = parser.errorLine();
        list.fatalProblem = parser.problem();
    }
    return list;
}

} // namespace imapdesk
