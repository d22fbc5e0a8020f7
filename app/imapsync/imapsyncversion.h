#pragma once

#include <QString>
#include <QVersionNumber>

namespace imapdesk {

// The version printed by `imapsync --version` ("2.229"); a null QVersionNumber
// when the output holds no version line (Perl warnings on other lines are skipped).
QVersionNumber parseImapsyncVersion(const QString &versionOutput);

// --nodockercontext is known to exist in 2.229 (interface doc §2); ImapDesk assumes
// it from 2.200 on. An older or unknown version does not get it: an unknown
// option makes imapsync exit 64 at once, which is worse than its Docker behaviour.
bool imapsyncSupportsNoDockerContext(const QVersionNumber &version);

// IMAPSYNC_PASSWORD1/2 are read since imapsync 1.782 (its ChangeLog, 2017-03-13).
// Older versions would ignore them and prompt for the passwords instead.
bool imapsyncReadsPasswordEnvironment(const QVersionNumber &version);

// 2.229 is the oldest imapsync ImapDesk was tested with (interface doc §1):
// older ones may work, or may differ in the output ImapDesk reads.
QVersionNumber oldestImapsyncKnownToWork();

// For the About dialog and the status bar: empty for a version known to work,
// else a sentence that says what to expect and to update imapsync.
QString imapsyncVersionWarning(const QVersionNumber &version);

} // namespace imapdesk
