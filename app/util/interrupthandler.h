#pragma once

#include <QObject>

namespace imapdesk {

// Turns Ctrl-C (SIGINT, and SIGTERM on Unix; the console control handler on
// Windows) into a Qt signal delivered in the event loop, so a headless run
// can stop its imapsync processes gracefully instead of dying at once. One
// instance per process.
class InterruptHandler final : public QObject
{
    Q_OBJECT

public:
    explicit InterruptHandler(QObject *parent = nullptr);
    ~InterruptHandler() override;

signals:
    void interrupted(int count); // 1 for the first Ctrl-C, 2 for the second, ...

private:
    Q_INVOKABLE void deliver(); // invoked from the Windows console handler thread

    int m_count = 0;
};

} // namespace imapdesk
