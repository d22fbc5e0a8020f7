#pragma once

#include <QString>

class QCoreApplication;

namespace imapdesk {

// Loads ImapDesk's translation for the system language from the .qm files
// embedded under :/i18n (English included: it carries the plural forms of
// "%n job(s)"), and Qt's own. The GUI and the headless verbs both call it.
// language: "" follows the system, or "en", "de", "pt".
void installTranslators(QCoreApplication &app, const QString &language = {});

} // namespace imapdesk
