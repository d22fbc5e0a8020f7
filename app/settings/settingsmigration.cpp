#include "settings/settingsmigration.h"

#include <QSettings>

#include <algorithm>

namespace imapdesk {

namespace {

const QString kVersionKey = QStringLiteral("settingsVersion");

// Version 0 is a file without a version: no ImapDesk release wrote one with
// other keys than today's, so there is nothing to rename; the step exists so
// that every later step has a place in the chain.
void toVersion1(QSettings &) {}

} // namespace

QVector<SettingsMigration> builtInSettingsMigrations()
{
    return {{1, toVersion1}};
}

int latestSettingsVersion(const QVector<SettingsMigration> &steps)
{
    int latest = 0;
    for (const SettingsMigration &step : steps)
        latest = std::max(latest, step.version);
    return latest;
}

int storedSettingsVersion(const QSettings &store)
{
    bool ok = false;
    const int version = store.value(kVersionKey).toInt(&ok);
    return ok && version > 0 ? version : 0; // a hand-edited "abc" or "-3" is no version
}

int migrateSettings(QSettings &store, const QVector<SettingsMigration> &steps)
{
    int version = storedSettingsVersion(store);
    for (const SettingsMigration &step : steps) {
        if (step.version <= version)
            continue;
        if (step.apply)
            step.apply(store);
        version = step.version;
        store.setValue(kVersionKey, version);
    }
    return version;
}

} // namespace imapdesk
