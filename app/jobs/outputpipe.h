#pragma once

#include <QByteArray>
#include <QObject>

#include <functional>

class QSocketNotifier;
class QTimer;

namespace imapdesk {

// The pipe a child writes its stdout and stderr to, read in large chunks
// (Unix; elsewhere JobProcess reads QProcess's channels). QProcess's own pipe
// wakes the event loop at every write, and imapsync writes a line per
// message: fifty of them cost the GUI thread tens of thousands of wake-ups a
// second (a poll() over every pipe and process each time). This reader pauses
// after a read that did not find the pipe well filled, so a fast child's lines
// gather in the kernel meanwhile: a slow child's line is still read the
// moment it comes, a fast one's at most kPauseMs later, and a child that
// fills half the pipe is read again at once, so output is never held back
// more than that.
class OutputPipe final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPauseMs = 100;
    static constexpr int kCapacity = 256 * 1024; // asked of the kernel (Linux); else its default
    using Sink = std::function<void(const QByteArray &output)>;

    static bool isSupported();

    // sink gets each chunk read; it may delete this object. It may be moved
    // to another thread before startReading() and used there only.
    explicit OutputPipe(Sink sink, QObject *parent = nullptr);
    ~OutputPipe() override;

    bool open(QString *error);
    // For QProcess::setChildProcessModifier(): stdout and stderr become the
    // pipe. Async-signal-safe.
    std::function<void()> childRedirection() const;
    // After QProcess::start(), started or not: the child holds its copy.
    void closeWriteEnd();
    // Reading goes on until every writer is gone, or close().
    void startReading();
    // Hands on everything the pipe holds now, without waiting (the child ended).
    void drain();
    void close();

private:
    void onReadable();
    qsizetype readOnce(qsizetype limit);

    Sink m_sink;
    int m_read = -1;
    int m_write = -1;
    qsizetype m_capacity = 64 * 1024;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_pause; // a child: moveToThread() takes it along
};

} // namespace imapdesk
