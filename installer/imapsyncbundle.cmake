# Where an imapsync shipped with ImapDesk goes (option IMAPDESK_BUNDLE_IMAPSYNC)
# and where the application looks for it. Included by installer/ (install())
# and by app/imapsync/ (imapsynclocator.cpp), so the two cannot drift apart.
#   IMAPDESK_IMAPSYNC_BUNDLE_DESTINATION  install destination, relative to the prefix
#   IMAPDESK_IMAPSYNC_BUNDLE_FROM_APP     the same folder, relative to the executable's
include(GNUInstallDirs)

if(APPLE)
  # Inside the bundle, next to the executable: imapdesk.app/Contents/MacOS.
  set(IMAPDESK_IMAPSYNC_BUNDLE_DESTINATION imapdesk.app/Contents/MacOS)
  set(IMAPDESK_IMAPSYNC_BUNDLE_FROM_APP .)
elseif(WIN32)
  # Next to imapdesk.exe, as imapsync's own Windows build expects to live.
  set(IMAPDESK_IMAPSYNC_BUNDLE_DESTINATION ${CMAKE_INSTALL_BINDIR})
  set(IMAPDESK_IMAPSYNC_BUNDLE_FROM_APP .)
else()
  # Not /usr/bin: dpkg would silently replace an imapsync installed there by hand.
  set(IMAPDESK_IMAPSYNC_BUNDLE_DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/imapdesk)
  file(RELATIVE_PATH IMAPDESK_IMAPSYNC_BUNDLE_FROM_APP /${CMAKE_INSTALL_BINDIR}
       /${IMAPDESK_IMAPSYNC_BUNDLE_DESTINATION})
endif()
