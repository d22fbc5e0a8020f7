#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace imapdesk {

// Why a store call failed: a message for the user that includes the driver's
// text and names the database (never a password).
struct StoreError
{
    QString message;
};

// The outcome of a store call: a value, or an error. Converts implicitly from
// both so that `return value;` and `return StoreError{...};` read naturally.
template<typename T>
class StoreResult final
{
public:
    StoreResult(T value)
        : m_value(std::move(value))
    {}
    StoreResult(StoreError error)
        : m_error(std::move(error.message))
    {}

    bool ok() const { return m_value.has_value(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // By value from a temporary: `for (x : store.jobs(id).value())` stays valid.
    T value() && { return std::move(*m_value); }
    const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

} // namespace imapdesk
