#pragma once

namespace imapdesk {

// Creates the QApplication, reads the global options and shows the main
// window. Returns the exit code of the event loop.
int runDesktopApplication(int &argc, char **argv);

} // namespace imapdesk
