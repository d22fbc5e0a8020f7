#pragma once

#include <QString>

class QTextStream;

namespace imapdesk {

// Reads a password as one line of standard input, without its line break.
// When standard input is a terminal, prompt goes to promptStream first and
// the typing is not echoed (restored even on Ctrl-C); piped input is read as
// it is, UTF-8. False when the input ends before a line.
bool readPasswordLine(QTextStream &promptStream, const QString &prompt, QString *password);

} // namespace imapdesk
