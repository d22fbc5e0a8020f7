#pragma once

#include "imapsync/exitcodes.h"
#include "imapsync/imapsynccommand.h"

#include <QString>

namespace imapdesk {

// The names enumerations are stored under. They are part of the schema: never
// rename one, add new names only. Parsing an unknown name gives the fallback.
QString securityStorageName(Security security);        // "ssl", "starttls", "none"
Security securityFromStorageName(const QString &name); // fallback Ssl

QString presetStorageName(ProviderPreset preset);          // "none", "gmail", "office365", ...
ProviderPreset presetFromStorageName(const QString &name); // fallback None

QString exitCategoryStorageName(ExitCategory category);        // "success", "credentials", ...
ExitCategory exitCategoryFromStorageName(const QString &name); // fallback InternalError

QString verdictStateStorageName(JobVerdictState state); // "succeeded", "failed", "cancelled"
JobVerdictState verdictStateFromStorageName(const QString &name); // fallback Failed

} // namespace imapdesk
