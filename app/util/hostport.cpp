#include "util/hostport.h"

#include <QCoreApplication>

namespace imapdesk {

namespace {

// lupdate finds the context of Tr::tr() calls; a free tr() would land in "imapdesk".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HostPort)
};

bool parsePort(const QString &text, quint16 *port)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value == 0 || value > 65535)
        return false;
    *port = quint16(value);
    return true;
}

bool isPlausibleHost(const QString &host)
{
    if (host.isEmpty())
        return false;
    for (const QChar c : host) {
        if (c.isSpace() || c == u'/' || c == u'@' || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

} // namespace

bool parseHostPort(const QString &text, HostPort *result, QString *error)
{
    const QString trimmed = text.trimmed();
    HostPort parsed;
    QString portText;
    if (trimmed.startsWith(u'[')) {
        const int close = trimmed.indexOf(u']');
        parsed.host = trimmed.mid(1, close - 1);
        const QString rest = close < 0 ? QString() : trimmed.mid(close + 1);
        if (close < 0 || (!rest.isEmpty() && !rest.startsWith(u':'))) {
            *error =
                Tr::tr("%1 is not a host: write an IPv6 address as [2001:db8::1]:993.").arg(text);
            return false;
        }
        portText = rest.mid(1);
    } else if (trimmed.count(u':') == 1) {
        parsed.host = trimmed.section(u':', 0, 0);
        portText = trimmed.section(u':', 1);
    } else {
        parsed.host = trimmed; // a name, or a bare IPv6 address
    }
    if (!isPlausibleHost(parsed.host)) {
        *error = Tr::tr("'%1' is not a host name or address.").arg(text);
        return false;
    }
    if (!portText.isNull() && !parsePort(portText, &parsed.port)) {
        *error = Tr::tr("'%1' is not a port number (1-65535) in %2.").arg(portText, text);
        return false;
    }
    *result = parsed;
    return true;
}

QString currentUserName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

} // namespace imapdesk
