#pragma once

#include <Qt>

namespace imapdesk {

// Raw values for sorting and filtering live under this role; DisplayRole
// holds the text shown to the user.
inline constexpr int UnderlyingDataRole = Qt::UserRole + 1;

} // namespace imapdesk
