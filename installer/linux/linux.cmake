# Linux: DEB and TGZ by default, RPM with `cpack -G RPM` (needs rpmbuild).
# Desktop entry, AppStream metadata, man page, sample account list and
# copyright notice are installed here; the icons by resources/.
set(resources ${PROJECT_SOURCE_DIR}/resources)
set(linux ${CMAKE_CURRENT_SOURCE_DIR}/linux)
set(docdir ${CMAKE_INSTALL_DATADIR}/doc/imapdesk) # named after the package, as Debian wants

install(FILES ${resources}/org.imapdesk.ImapDesk.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(${resources}/org.imapdesk.ImapDesk.metainfo.xml.in
               org.imapdesk.ImapDesk.metainfo.xml @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/org.imapdesk.ImapDesk.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# The man page: hand-written, with its COMMANDS section made from the built
# program's --help, so it cannot miss a command or an option.
if(NOT CMAKE_CROSSCOMPILING)
  set(manpage ${CMAKE_CURRENT_BINARY_DIR}/imapdesk.1.gz)
  add_custom_command(OUTPUT ${manpage}
    COMMAND sh ${linux}/make-manpage.sh $<TARGET_FILE:imapdesk> ${linux}/imapdesk.1.in
            ${manpage} ${PROJECT_VERSION} ${IMAPDESK_RELEASE_DATE} ${PROJECT_HOMEPAGE_URL}
    DEPENDS imapdesk ${linux}/imapdesk.1.in ${linux}/make-manpage.sh
    COMMENT "Generating the man page imapdesk.1"
    VERBATIM)
  add_custom_target(imapdesk_manpage ALL DEPENDS ${manpage})
  install(FILES ${manpage} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

install(FILES ${resources}/samples/accounts-sample.txt DESTINATION ${docdir}/examples)
configure_file(${linux}/copyright.in copyright @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/copyright DESTINATION ${docdir})

# qt_standard_project_setup() gives installed executables RUNPATH $ORIGIN and
# $ORIGIN/../lib; the packages use the system's libraries only (Debian policy).
set_target_properties(imapdesk PROPERTIES INSTALL_RPATH "")

set(CPACK_GENERATOR DEB TGZ)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION mail)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # needs dpkg-dev and file
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Plugins loaded at run time, which shlibdeps cannot see: the SQL drivers and
# the SVG icon engine (the xcb platform plugin comes with libqt6gui6).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6")
# A Secret Service provider (or KWallet) keeps the passwords; QtKeychain
# dlopens libsecret. Without them ImapDesk offers session-only passwords.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | libkf5wallet-bin | keepassxc, libsecret-1-0")

# Fedora's package names; rpmbuild finds the shared libraries by itself, not
# the plugins. (CPack 3.25 drops Suggests/Recommends with Debian's rpmbuild.)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "${IMAPDESK_LICENSE}")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-gui, qt6-qtbase-postgresql, qt6-qtsvg")
# Folders the system owns, not this package (RPM installs under /usr).
set(share /usr/${CMAKE_INSTALL_DATADIR})
set(rpm_system_dirs ${share}/applications ${share}/metainfo /usr/${CMAKE_INSTALL_MANDIR}
    /usr/${CMAKE_INSTALL_MANDIR}/man1 /usr/${CMAKE_INSTALL_LIBEXECDIR} ${share}/icons
    ${share}/icons/hicolor ${share}/icons/hicolor/scalable ${share}/icons/hicolor/scalable/apps)
foreach(size 16 32 48 64 128 256)
  list(APPEND rpm_system_dirs ${share}/icons/hicolor/${size}x${size}
       ${share}/icons/hicolor/${size}x${size}/apps)
endforeach()
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${rpm_system_dirs})
