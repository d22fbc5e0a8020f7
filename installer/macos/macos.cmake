# macOS: a DragNDrop .dmg holding imapdesk.app, with a link to /Applications
# (CPack adds it). Not built here: there is no macOS toolchain (README, Install).
set(macos ${CMAKE_CURRENT_SOURCE_DIR}/macos)

set_target_properties(imapdesk PROPERTIES
  MACOSX_BUNDLE_INFO_PLIST ${macos}/Info.plist.in
  MACOSX_BUNDLE_BUNDLE_NAME ImapDesk
  MACOSX_BUNDLE_ICON_FILE imapdesk.icns
  MACOSX_BUNDLE_COPYRIGHT "ImapDesk developers, ${IMAPDESK_LICENSE}")
target_sources(imapdesk PRIVATE ${macos}/imapdesk.icns)
set_source_files_properties(${macos}/imapdesk.icns TARGET_DIRECTORY imapdesk
                            PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

# Qt's frameworks and plugins, QtKeychain and spdlog into the bundle (macdeployqt).
qt_generate_deploy_app_script(TARGET imapdesk FILENAME_VARIABLE deploy_script
                              NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${deploy_script})
install(FILES ${PROJECT_SOURCE_DIR}/resources/samples/accounts-sample.txt
        DESTINATION imapdesk.app/Contents/Resources/samples)

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "ImapDesk")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON ${macos}/imapdesk.icns) # the volume's icon
set(CPACK_SYSTEM_NAME macOS)
