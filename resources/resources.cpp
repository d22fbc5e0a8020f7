// imapdesk_resources holds the files embedded by qt_add_resources() in
// CMakeLists.txt; CMake needs one source of its own to make a static library.
