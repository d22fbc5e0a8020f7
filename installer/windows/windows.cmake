# Windows: an NSIS installer (the default generator) with a Start-menu entry,
# an uninstaller and an entry in "Apps & features"; `cpack -G WIX` makes an
# .msi instead. Not built here: Debian has no Qt for Windows (README, Install).
set(windows ${CMAKE_CURRENT_SOURCE_DIR}/windows)

# The executable's icon and version information.
configure_file(${windows}/imapdesk.rc.in imapdesk.rc @ONLY)
target_sources(imapdesk PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/imapdesk.rc)

# Qt's DLLs and plugins (windeployqt), then the libraries Qt does not know.
qt_generate_deploy_app_script(TARGET imapdesk FILENAME_VARIABLE deploy_script
                              NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${deploy_script})
foreach(library qt6keychain spdlog::spdlog fmt::fmt)
  if(TARGET ${library})
    get_target_property(type ${library} TYPE)
    if(type STREQUAL "SHARED_LIBRARY")
      install(IMPORTED_RUNTIME_ARTIFACTS ${library} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
  endif()
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/resources/samples/accounts-sample.txt DESTINATION samples)

set(CPACK_GENERATOR NSIS)

set(CPACK_NSIS_PACKAGE_NAME "ImapDesk")
set(CPACK_NSIS_DISPLAY_NAME "ImapDesk ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON ${windows}/imapdesk.ico)
set(CPACK_NSIS_MUI_UNIICON ${windows}/imapdesk.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\imapdesk.exe)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY ${CMAKE_INSTALL_BINDIR})
set(CPACK_NSIS_MUI_FINISHPAGE_RUN imapdesk.exe)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${IMAPDESK_MAINTAINER}")
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall ImapDesk")
# An upgrade first removes the installed version (found by its registry key).
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")

# WiX: this GUID ties every version together so that a new .msi replaces the
# old one. Never change it.
set(CPACK_WIX_UPGRADE_GUID "F966570B-052F-4B22-A569-54D0CD349CAE")
set(CPACK_WIX_PRODUCT_ICON ${windows}/imapdesk.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER "ImapDesk")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}")
