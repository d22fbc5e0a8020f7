#pragma once

#include <QString>
#include <QStringList>

namespace imapdesk {

// Where the imapsync program is, or why it is not usable. Search order
// (product.md §4): the path the user configured (--imapsync, IMAPDESK_IMAPSYNC
// or the settings) with no fallback when that is wrong, then next to the
// ImapDesk executable (installer bundle), then PATH.
struct ImapsyncLocation
{
    QString program;      // absolute path; empty when not found
    QStringList searched; // every place looked at, for the message
    QString error;        // for the user: where we looked and how to install

    bool found() const { return !program.isEmpty(); }
};

ImapsyncLocation locateImapsync(const QString &configuredPath, const QString &applicationDirectory,
                                const QStringList &pathDirectories);

// The PATH directories of this process.
QStringList systemPathDirectories();

} // namespace imapdesk
