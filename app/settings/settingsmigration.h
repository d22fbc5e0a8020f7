#pragma once

#include <QVector>

#include <functional>

class QSettings;

namespace imapdesk {

// One step of the settings file's format: turns a file of version
// `version - 1` into `version` (renames keys, converts values). A step must
// tolerate a file it already half converted: a crash between the step and the
// version bump runs it again.
struct SettingsMigration
{
    int version = 0;
    std::function<void(QSettings &)> apply;
};

// Every step this ImapDesk knows, in increasing version order.
QVector<SettingsMigration> builtInSettingsMigrations();

// The version the steps lead to (0 for none).
int latestSettingsVersion(const QVector<SettingsMigration> &steps);

// The version recorded in the file: 0 when absent or unreadable.
int storedSettingsVersion(const QSettings &store);

// Applies the steps newer than the file's version, in order, recording the
// version after each. A file written by a newer ImapDesk is left as it is.
// Returns the file's version afterwards.
int migrateSettings(QSettings &store, const QVector<SettingsMigration> &steps);

} // namespace imapdesk
