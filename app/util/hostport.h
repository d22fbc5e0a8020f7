#pragma once

#include <QString>

namespace imapdesk {

struct HostPort
{
    QString host;
    quint16 port = 0; // 0: not given
};

// Parses "host", "host:993", "[2001:db8::1]:993" or a bare IPv6 address.
// On failure returns false with a message for the user in *error.
bool parseHostPort(const QString &text, HostPort *result, QString *error);

// The OS user running ImapDesk (owner of the batches it creates).
QString currentUserName();

} // namespace imapdesk
