#pragma once

#include "imapsync/imapsynclogparser.h"
#include "jobs/jobstats.h"

#include <QObject>

#include <functional>
#include <memory>

class QThread;
class QTimer;

namespace imapdesk {

class JobLogFile;
class OutputPipe;

// What one imapsync writes, on its way to the log file and the parser. Where
// OutputPipe exists (Unix) it reads the child's pipe itself, on the job output
// thread all jobs share, so that however fast fifty jobs print, the owner's
// (GUI) thread gets a few snapshots a second and nothing per line or per read.
// Elsewhere the owner feeds it QProcess's output on the owner's thread. Either
// way the statistics come back as snapshots, progressed() at most every
// kSnapshotMs, and once, final, with ended().
class JobOutput final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSnapshotMs = 100;

    // Started on first use, stopped when the application object goes.
    static QThread *outputThread();

    JobOutput();
    ~JobOutput() override;

    // --- On the creating thread, around QProcess::start()
    // Creates the pipe where the platform has one; false only when that failed.
    bool openPipe(QString *error);
    bool hasPipe() const { return m_pipe != nullptr; }
    // For QProcess::setChildProcessModifier(); empty without a pipe.
    std::function<void()> childRedirection() const;
    // After QProcess::start(): with a pipe, moves to outputThread(); then
    // appends to logFile (none if empty) and reads the pipe, on its thread.
    void begin(const QString &logFile);

    // --- On its own thread
    void feed(const QByteArray &chunk); // without a pipe: the owner's reads
    // The child has ended: what the pipe still holds, the last line, ended().
    void end();

signals:
    void progressed(const imapdesk::JobStats &stats);
    void ended(const imapdesk::JobStats &stats, const QString &logFailure);

private:
    void start(const QString &logFile);
    void sendSnapshot();

    OutputPipe *m_pipe = nullptr; // a child, moved along
    QTimer *m_snapshot;           // a child: the snapshot pace
    std::unique_ptr<JobLogFile> m_log;
    QString m_logFailure;
    ImapsyncLogParser m_parser;
    bool m_snapshotDue = false; // changes not sent yet
    bool m_ended = false;
};

} // namespace imapdesk

Q_DECLARE_METATYPE(imapdesk::JobStats)
