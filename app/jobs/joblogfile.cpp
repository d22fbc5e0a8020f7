#include "jobs/joblogfile.h"

#include <QDir>
#include <QFileInfo>

namespace imapdesk {

namespace {

bool endsWithLineBreak(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0) {
        return true;
    }
    char last = '\n';
    return !file.seek(file.size() - 1) || !file.getChar(&last) || last == '\n';
}

} // namespace

bool JobLogFile::open(const QString &path, QString *error)
{
    if (path.isEmpty() || !QDir::isAbsolutePath(path)) {
        *error = tr("The log file must be given as an absolute path: \"%1\".").arg(path);
        return false;
    }
    // When this fails, open() below fails too and says why.
    QDir().mkpath(QFileInfo(path).absolutePath());
    const bool needsLineBreak = !endsWithLineBreak(path);
    m_file.setFileName(path);
    m_failure.clear();
    // Append mode seeks, which a device or a FIFO cannot do (Qt warns); they need no seek.
    const QFileInfo info(path);
    const QIODevice::OpenMode append =
        !info.exists() || info.isFile() ? QIODevice::Append : QIODevice::NotOpen;
    if (!m_file.open(QIODevice::WriteOnly | append | QIODevice::Unbuffered)) {
        *error = tr("The log file %1 cannot be opened for writing: %2")
                     .arg(QDir::toNativeSeparators(path), m_file.errorString());
        return false;
    }
    if (needsLineBreak) {
        write(QByteArrayLiteral("\n")); // a previous attempt's last line had none
    }
    return true;
}

void JobLogFile::write(const QByteArray &output)
{
    if (!m_file.isOpen() || output.isEmpty() || m_file.write(output) == output.size()) {
        return;
    }
    m_failure = tr("The log file %1 could not be written (%2): the output after that point is "
                   "missing from it.")
                    .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
    m_file.close();
}

void JobLogFile::writeLine(const QString &line)
{
    write(line.toUtf8() + '\n');
}

void JobLogFile::close()
{
    m_file.close();
}

} // namespace imapdesk
