#pragma once

namespace imapdesk {

// On Windows the executable is a GUI-subsystem program with no console; a
// headless verb started from a terminal attaches to that terminal so its
// output is visible. Elsewhere this does nothing.
void attachParentConsole();

} // namespace imapdesk
