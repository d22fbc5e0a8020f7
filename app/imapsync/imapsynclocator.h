#pragma once

#include <QString>
#include <QStringList>

namespace imapdesk {

// Where the imapsync program is, or why it is not usable. Search order
// (product.md §4): the path the user configured (--imapsync, IMAPDESK_IMAPSYNC
// or the settings) with no fallback when that is wrong, then next to the
// ImapDesk executable, then the folder an installer bundle puts it in, then PATH.
struct ImapsyncLocation
{
    QString program;      // absolute path; empty when not found
    QStringList searched; // every place looked at, for the message
    QString error;        // for the user: where we looked and how to install

    bool found() const { return !program.isEmpty(); }
};

ImapsyncLocation locateImapsync(const QString &configuredPath, const QString &applicationDirectory,
                                const QStringList &pathDirectories);

// Where a package built with IMAPDESK_BUNDLE_IMAPSYNC installs imapsync
// (installer/imapsyncbundle.cmake): ../libexec/imapdesk on Linux, the
// executable's own folder on Windows and macOS (Contents/MacOS).
QString bundledImapsyncDirectory(const QString &applicationDirectory);

// The PATH directories of this process.
QStringList systemPathDirectories();

} // namespace imapdesk
