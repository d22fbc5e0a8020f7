#pragma once

#include <QStringView>

namespace imapdesk {

// Whether one line of imapsync output reports an error, for highlighting in
// the log view. Recognises what imapsync 2.x prints when something fails:
//   Err 3/16: ...                          (the error listing at the end)
//   - msg INBOX/34 {2266} could not append ...
//   Host1 failure: ... / Host2 failure: ...
//   Host1: failed login on ...
//   Failure: file from parameter --passfile1 ...
//   The most frequent error is ERR_OVERQUOTA. ...
//   Exiting with return value 161 (...)    (not with 0)
//   Detected 16 errors                     (not "Detected 0 errors")
//   Unknown option: hots1
// and any other line with the word "error" ("fatal SSL error: ..."), but not
// "errors", "--noerrorsdump" or "nb_errors". Pure and allocation-free: it
// runs for every line painted.
bool isImapsyncErrorLine(QStringView line);

} // namespace imapdesk
