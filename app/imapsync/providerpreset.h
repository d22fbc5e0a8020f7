#pragma once

#include <QString>

namespace imapdesk {

// imapsync's provider presets (--gmail1, --office2, ...), proposed when a host
// is recognised (recognizeProvider) and passed by the command builder.
enum class ProviderPreset { None, Gmail, Office365, Exchange, Domino };

// The option for one side (1 = source, 2 = destination), e.g. "--office2";
// empty for ProviderPreset::None.
QString presetOption(ProviderPreset preset, int side);

// "Gmail", "Microsoft 365", "Microsoft Exchange (on-premises)", "HCL Domino", "Other".
QString providerDisplayName(ProviderPreset preset);

} // namespace imapdesk
