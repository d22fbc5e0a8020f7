#pragma once

#include <QString>

namespace imapdesk {

// Normalises a default domain typed by a user ("@Example.COM " -> "example.com").
// Returns an empty string when the text is not a plausible DNS domain name.
QString normalizedDomainName(const QString &text);

} // namespace imapdesk
