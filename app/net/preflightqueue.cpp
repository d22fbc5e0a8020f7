#include "net/preflightqueue.h"

#include <algorithm>

namespace imapdesk {

PreflightQueue::PreflightQueue(int perKey, int overall)
{
    setLimits(perKey, overall);
}

void PreflightQueue::setLimits(int perKey, int overall)
{
    m_limitPerKey = std::max(1, perKey);
    m_limit = std::max(1, overall);
}

void PreflightQueue::push(const QString &key, int task)
{
    auto it = m_perKey.find(key);
    if (it == m_perKey.end()) {
        it = m_perKey.insert(key, Key());
        m_keys.append(key);
    }
    it->tasks.push_back(task);
    ++m_waiting;
}

std::optional<int> PreflightQueue::take(QString *key)
{
    if (m_running >= m_limit || m_waiting == 0)
        return std::nullopt;
    const qsizetype count = m_keys.size();
    for (qsizetype i = 0; i < count; ++i) {
        const qsizetype index = (m_turn + i) % count;
        Key &candidate = m_perKey[m_keys.at(index)];
        if (candidate.tasks.empty() || candidate.running >= m_limitPerKey)
            continue;
        const int task = candidate.tasks.front();
        candidate.tasks.pop_front();
        ++candidate.running;
        ++m_running;
        --m_waiting;
        m_turn = (index + 1) % count;
        if (key)
            *key = m_keys.at(index);
        return task;
    }
    return std::nullopt;
}

void PreflightQueue::release(const QString &key)
{
    auto it = m_perKey.find(key);
    if (it == m_perKey.end() || it->running == 0)
        return;
    --it->running;
    --m_running;
}

void PreflightQueue::clear()
{
    m_perKey.clear();
    m_keys.clear();
    m_turn = 0;
    m_running = 0;
    m_waiting = 0;
}

} // namespace imapdesk
