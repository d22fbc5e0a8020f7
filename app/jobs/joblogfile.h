#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace imapdesk {

// The log file of one attempt: imapsync's output appended as it arrives, plus
// a few lines of ImapDesk's own. Unbuffered, so a LogTail following the file
// sees each chunk at once. A write failure (a full disk) never stops the job:
// it is kept in failure() and the log is closed, since a log with a hole in
// the middle would mislead more than one that stops.
class JobLogFile final
{
    Q_DECLARE_TR_FUNCTIONS(imapdesk::JobLogFile)

public:
    // Creates the folder and opens path for append; a file that does not end
    // with a line break gets one first. On failure error names path and the
    // system's reason.
    bool open(const QString &path, QString *error);
    void write(const QByteArray &output); // the child's bytes as they came
    void writeLine(const QString &line);  // a line of ImapDesk's own
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    QString failure() const { return m_failure; } // translated; empty while all went well

private:
    QFile m_file;
    QString m_failure;
};

} // namespace imapdesk
