#include "secrets/passwordfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace imapdesk {

namespace {

QLatin1String namePrefix()
{
    return QLatin1String("imapdesk-pass-");
}

QString translated(const char *text)
{
    return QCoreApplication::translate("Credentials", text);
}

// Best effort: on copy-on-write or flash storage the old blocks may survive,
// which is why the file is private and short-lived in the first place.
void overwriteAndDelete(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadWrite)) {
        const qint64 size = file.size();
        file.write(QByteArray(int(qMin<qint64>(size, 1 << 20)), '\0'));
        file.flush();
        file.close();
    }
    QFile::remove(path);
}

} // namespace

PasswordFile::PasswordFile() = default;

PasswordFile::~PasswordFile()
{
    remove();
}

bool PasswordFile::create(const QString &directory, const QString &password)
{
    remove();
    m_error.clear();
    if (password.contains(u'\n') || password.contains(u'\r')) {
        m_error = translated("a password with a line break cannot be passed in a file");
        return false;
    }
    if (!QFileInfo(directory).isDir()) {
        m_error = translated("the folder for password files does not exist: %1").arg(directory);
        return false;
    }
    auto file = std::make_unique<QTemporaryFile>(
        QDir(directory).absoluteFilePath(namePrefix() + QLatin1String("XXXXXX")));
    // QTemporaryFile opens with O_EXCL and mode 0600 on Unix.
    if (!file->open()) {
        m_error = translated("cannot create a password file in %1: %2")
                      .arg(directory, file->errorString());
        return false;
    }
    file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_file = std::move(file);
    const QByteArray line = password.toUtf8() + '\n';
    if (m_file->fileName().isEmpty() || m_file->write(line) != line.size() || !m_file->flush()) {
        m_error = translated("cannot write the password file: %1").arg(m_file->errorString());
        remove();
        return false;
    }
    m_file->close();
    return true;
}

QString PasswordFile::fileName() const
{
    return m_file ? QFileInfo(m_file->fileName()).absoluteFilePath() : QString();
}

void PasswordFile::remove()
{
    if (!m_file) {
        return;
    }
    const QString path = m_file->fileName();
    m_file->close();
    overwriteAndDelete(path);
    m_file.reset();
}

int PasswordFile::removeLeftovers(const QString &directory)
{
    const QStringList names = QDir(directory).entryList({namePrefix() + QLatin1Char('*')},
                                                        QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        overwriteAndDelete(QDir(directory).filePath(name));
    }
    return int(names.size());
}

bool PasswordFile::makePrivateDirectory(const QString &directory, QString *error)
{
    const bool made =
        QDir().mkpath(directory) &&
        QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner);
    if (!made && error) {
        *error = translated("cannot create the private folder %1").arg(directory);
    }
    return made;
}

} // namespace imapdesk
