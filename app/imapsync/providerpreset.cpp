#include "imapsync/providerpreset.h"

#include <QCoreApplication>

namespace imapdesk {

namespace {

QString presetStem(ProviderPreset preset)
{
    switch (preset) {
    case ProviderPreset::Gmail:
        return QStringLiteral("--gmail");
    case ProviderPreset::Office365:
        return QStringLiteral("--office");
    case ProviderPreset::Exchange:
        return QStringLiteral("--exchange");
    case ProviderPreset::Domino:
        return QStringLiteral("--domino");
    case ProviderPreset::None:
        break;
    }
    return {};
}

} // namespace

QString presetOption(ProviderPreset preset, int side)
{
    const QString stem = presetStem(preset);
    return stem.isEmpty() ? stem : stem + QString::number(side);
}

QString providerDisplayName(ProviderPreset preset)
{
    switch (preset) {
    case ProviderPreset::Gmail:
        return QCoreApplication::translate("ProviderPreset", "Gmail");
    case ProviderPreset::Office365:
        return QCoreApplication::translate("ProviderPreset", "Microsoft 365");
    case ProviderPreset::Exchange:
        return QCoreApplication::translate("ProviderPreset", "Microsoft Exchange (on-premises)");
    case ProviderPreset::Domino:
        return QCoreApplication::translate("ProviderPreset", "HCL Domino");
    case ProviderPreset::None:
        break;
    }
    return QCoreApplication::translate("ProviderPreset", "Other");
}

} // namespace imapdesk
