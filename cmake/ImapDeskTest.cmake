# imapdesk_add_test(NAME SOURCES... [LIBRARIES ...] [ENVIRONMENT ...] [LABELS ...])
# Declares one Qt Test executable per unit and registers it with CTest.
# Every test gets a private HOME/XDG tree (set by the test runner script) and
# the offscreen platform, so no test can touch the user's desktop or keyring.
function(imapdesk_add_test name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBRARIES;ENVIRONMENT;LABELS" ${ARGN})
  qt_add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE imapdesk_core Qt6::Test ${ARG_LIBRARIES})
  target_compile_definitions(${name} PRIVATE
    IMAPDESK_TEST_FIXTURES="${PROJECT_SOURCE_DIR}/tests/fixtures"
    IMAPDESK_BINARY="$<TARGET_FILE:imapdesk>")
  add_test(NAME ${name} COMMAND ${name})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  set_tests_properties(${name} PROPERTIES
    TIMEOUT ${ARG_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;${ARG_ENVIRONMENT}"
    LABELS "${ARG_LABELS}")
endfunction()
