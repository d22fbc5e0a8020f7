#include "presentation/listfilters.h"

namespace imapdesk {

bool BatchSearch::operator==(const BatchSearch &other) const
{
    return text == other.text && mineOnly == other.mineOnly && showArchived == other.showArchived;
}

BatchFilter batchFilterFor(const BatchSearch &search, const QString &currentUser)
{
    BatchFilter filter;
    filter.archived =
        search.showArchived ? BatchFilter::Archived::Include : BatchFilter::Archived::Exclude;
    if (search.mineOnly)
        filter.owner = currentUser;
    QString text = search.text.trimmed();
    // "#12" is how ids are written in tickets and summaries.
    bool isNumber = false;
    if (text.startsWith(u'#'))
        text.mid(1).toLongLong(&isNumber);
    filter.text = isNumber ? text.mid(1) : text;
    return filter;
}

bool jobMatchesText(const QString &user1, const QString &user2, const QString &text)
{
    const QString needle = text.trimmed();
    return needle.isEmpty() || user1.contains(needle, Qt::CaseInsensitive) ||
           user2.contains(needle, Qt::CaseInsensitive);
}

} // namespace imapdesk
