#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <deque>
#include <optional>

namespace imapdesk {

// Tasks waiting for a connection: at most perKey running per key (a host name), at most
// overall in all. Keys take turns, so one big host does not hold every slot while the
// others wait.
class PreflightQueue
{
public:
    PreflightQueue(int perKey, int overall);

    void setLimits(int perKey, int overall); // each at least 1
    void push(const QString &key, int task);
    // The next task allowed to start now, counted as running; nullopt when none is.
    std::optional<int> take(QString *key = nullptr);
    // A running task of key ended.
    void release(const QString &key);
    void clear();

    int running() const { return m_running; }
    int running(const QString &key) const { return m_perKey.value(key).running; }
    bool hasWaiting() const { return m_waiting > 0; }

private:
    struct Key
    {
        std::deque<int> tasks;
        int running = 0;
    };

    QHash<QString, Key> m_perKey;
    QList<QString> m_keys; // in order of first push: the turn order
    qsizetype m_turn = 0;
    int m_limitPerKey = 1;
    int m_limit = 1;
    int m_running = 0;
    int m_waiting = 0;
};

} // namespace imapdesk
