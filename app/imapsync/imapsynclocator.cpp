#include "imapsync/imapsynclocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

// Set from installer/imapsyncbundle.cmake by app/imapsync/CMakeLists.txt.
#ifndef IMAPDESK_IMAPSYNC_BUNDLE_DIR
#define IMAPDESK_IMAPSYNC_BUNDLE_DIR "."
#endif

namespace imapdesk {

namespace {

// lupdate finds the context of Tr::tr() calls; a free tr() would land in "imapdesk".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImapsyncLocator)
};

QString installHint()
{
    return Tr::tr(
        "Install imapsync (https://imapsync.lamiral.info/#install): on Debian or Ubuntu "
        "follow INSTALL.Debian.txt there, on macOS run 'brew install imapsync', on Windows "
        "put imapsync.exe next to imapdesk.exe. Or give its full path with --imapsync, "
        "the IMAPDESK_IMAPSYNC variable or the settings.");
}

QString configuredProblem(const QFileInfo &file)
{
    if (!file.exists())
        return Tr::tr("%1 does not exist.").arg(QDir::toNativeSeparators(file.absoluteFilePath()));
    if (file.isDir())
        return Tr::tr("%1 is a folder, not the imapsync program.")
            .arg(QDir::toNativeSeparators(file.absoluteFilePath()));
    if (!file.isExecutable())
        return Tr::tr("%1 is not executable (on Linux and macOS: chmod +x).")
            .arg(QDir::toNativeSeparators(file.absoluteFilePath()));
    return {};
}

// Next to ImapDesk, then where an installer bundle puts it (the same folder
// except on Linux).
QStringList bundleDirectories(const QString &applicationDirectory)
{
    QStringList directories{QDir::cleanPath(applicationDirectory)};
    const QString bundled = bundledImapsyncDirectory(applicationDirectory);
    if (bundled != directories.constFirst())
        directories << bundled;
    return directories;
}

} // namespace

ImapsyncLocation locateImapsync(const QString &configuredPath, const QString &applicationDirectory,
                                const QStringList &pathDirectories)
{
    ImapsyncLocation location;
    if (!configuredPath.isEmpty()) {
        // A wrong configured path is an error, not a reason to run another imapsync.
        const QFileInfo file(configuredPath);
        location.searched << QDir::toNativeSeparators(file.absoluteFilePath());
        location.error = configuredProblem(file);
        if (location.error.isEmpty())
            location.program = file.absoluteFilePath();
        else
            location.error += u' ' + installHint();
        return location;
    }
    const QString name = QStringLiteral("imapsync");
    for (const QString &directory : bundleDirectories(applicationDirectory)) {
        location.searched << QDir::toNativeSeparators(directory);
        location.program = QStandardPaths::findExecutable(name, {directory});
        if (location.found())
            return location;
    }
    location.searched << Tr::tr("PATH (%1)").arg(pathDirectories.join(QDir::listSeparator()));
    location.program = QStandardPaths::findExecutable(name, pathDirectories);
    if (!location.found()) {
        location.error = Tr::tr("imapsync was not found. ImapDesk looked in: %1. %2")
                             .arg(location.searched.join(QStringLiteral("; ")), installHint());
    }
    return location;
}

QString bundledImapsyncDirectory(const QString &applicationDirectory)
{
    return QDir::cleanPath(applicationDirectory + u'/' +
                           QStringLiteral(IMAPDESK_IMAPSYNC_BUNDLE_DIR));
}

QStringList systemPathDirectories()
{
    return qEnvironmentVariable("PATH").split(QDir::listSeparator(), Qt::SkipEmptyParts);
}

} // namespace imapdesk
