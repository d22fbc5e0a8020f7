#pragma once

#include <QWidget>

#include <functional>

class QLabel;

namespace imapdesk {

class Settings;

// One section of the settings dialog. It shows the values of a Settings,
// keeps the user's edits to itself until apply() (the dialog's OK), and says
// what stops it from being applied.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget *parent = nullptr);

    virtual QString title() const = 0;
    virtual void load(const Settings &settings) = 0;
    // Only called when problem() is empty.
    virtual void apply(Settings &settings) const = 0;
    // After apply(): work that cannot be done at once, such as saving a
    // password in the system keyring. False when there is none; otherwise
    // done runs later, from the event loop, with a message for the user or "".
    virtual bool applyLater(std::function<void(const QString &message)> done);
    // Empty when nothing stops OK; otherwise for the user.
    virtual QString problem() const { return {}; }

signals:
    void problemChanged();
};

// The answer of a "Test" button or a validation: an icon and a wrapped,
// selectable text that follow the system palette.
class SettingsStatus final : public QWidget
{
    Q_OBJECT

public:
    enum class State { None, Busy, Info, Success, Failure };

    explicit SettingsStatus(QWidget *parent = nullptr);

    void setStatus(State state, const QString &text);
    void clear() { setStatus(State::None, {}); }
    State state() const { return m_state; }
    QString text() const;

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    State m_state = State::None;
};

// A short explanation under a field: smaller is not needed, wrapped is.
QLabel *settingsNote(const QString &text, QWidget *parent);

} // namespace imapdesk
