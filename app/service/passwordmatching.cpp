#include "service/passwordmatching.h"

#include <QHash>

namespace imapdesk {

namespace {

QString pairKey(const QString &user1, const QString &user2)
{
    return user1.toCaseFolded() + u'\n' + user2.toCaseFolded();
}

} // namespace

PasswordMatches matchPasswords(const QList<JobRecord> &jobs, const QList<Account> &accounts,
                               PasswordScope scope)
{
    QHash<QString, const Account *> byPair;
    for (const Account &account : accounts)
        byPair.insert(pairKey(account.user1, account.user2), &account);
    PasswordMatches result;
    QHash<int, bool> lineUsed; // line -> named a job in scope
    for (const JobRecord &job : jobs) {
        const bool waiting = job.state == JobState::NeedsPassword;
        const Account *account = byPair.value(pairKey(job.user1, job.user2));
        if (!account) {
            result.stillNeedPassword += waiting ? 1 : 0;
            continue;
        }
        const bool inScope = waiting || scope == PasswordScope::All;
        lineUsed[account->line] |= inScope;
        if (inScope)
            result.matches << PasswordMatch{job.id, job.state, job.credentialRef,
                                            JobCredentials{account->password1, account->password2},
                                            account->line};
    }
    for (const Account &account : accounts) {
        const auto used = lineUsed.constFind(account.line);
        if (used == lineUsed.cend())
            result.unmatchedLines << account.line;
        else if (!used.value())
            ++result.linesOutOfScope;
    }
    return result;
}

} // namespace imapdesk
