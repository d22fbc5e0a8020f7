#include "util/domainname.h"

#include <QStringList>

namespace imapdesk {

namespace {

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// RFC 1035 label rules, relaxed to allow internationalised (non-ASCII) labels.
bool isValidLabel(const QString &label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    for (const QChar c : label) {
        const bool allowed =
            c.unicode() < 0x80 ? (isAsciiAlnum(c) || c == u'-') : c.isLetterOrNumber();
        if (!allowed)
            return false;
    }
    return true;
}

} // namespace

QString normalizedDomainName(const QString &text)
{
    QString domain = text.trimmed().toLower();
    if (domain.startsWith(u'@'))
        domain.remove(0, 1);
    if (domain.endsWith(u'.'))
        domain.chop(1);
    if (domain.isEmpty() || domain.size() > 253)
        return {};
    const QStringList labels = domain.split(u'.');
    for (const QString &label : labels) {
        if (!isValidLabel(label))
            return {};
    }
    return domain;
}

} // namespace imapdesk
