#pragma once

#include "storage/databaselocation.h"

#include <QWidget>

#include <functional>

class QLineEdit;
class QPushButton;
class QTimer;

namespace imapdesk {

class DatabasePasswordStore;
class SettingsStatus;
struct DatabasePasswordResult;

// The PostgreSQL password on the storage page: a hidden field, whether the
// system keyring holds one for the location, and "Forget". What is typed
// stays in this widget until save(): the keyring, or when it cannot keep it
// this session's memory, never the settings file.
class DatabasePasswordField final : public QWidget
{
    Q_OBJECT

public:
    explicit DatabasePasswordField(QWidget *parent = nullptr);
    ~DatabasePasswordField() override;

    // The database the field speaks of (SQLite: none); looked up in the
    // keyring shortly after the last change.
    void setLocation(const DatabaseLocation &location);

    // The password "Test connection" uses: the typed one, else the one
    // saved (none after "Forget"). done runs later, only while this lives.
    void passwordFor(const DatabaseLocation &location, std::function<void(const QString &)> done);

    // Saves the typed password for location, or removes the saved one after
    // "Forget". False when there is nothing to do; otherwise done runs later
    // with a message for the user, empty when all went well.
    bool save(const DatabaseLocation &location, std::function<void(const QString &)> done);

signals:
    void edited();

private:
    void lookUp();
    void showLookup(const DatabasePasswordResult &result);
    void forget();
    void typed();

    QLineEdit *m_edit = nullptr;
    QPushButton *m_forget = nullptr;
    SettingsStatus *m_state = nullptr;
    DatabasePasswordStore *m_store = nullptr;
    QTimer *m_lookupDelay = nullptr;
    DatabaseLocation m_location;
    QString m_lookedUpKey; // what m_state speaks of
    int m_lookupRun = 0;
    bool m_forgetting = false; // "Forget" was clicked; OK removes the entry
};

} // namespace imapdesk
