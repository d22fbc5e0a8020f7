#pragma once

#include "net/probetypes.h"

#include <QString>

#include <optional>

namespace imapdesk {

// How a pre-flight check cell reads at a glance; the view turns it into an icon.
enum class CheckLevel {
    None,     // not checked
    Checking, // the check runs
    Ok,
    Warning, // logged in, but with a catch (in clear text), or the login was not tried
    Failed,
};

// One side of one account in the pre-flight check.
struct CheckCell
{
    bool checking = false;
    std::optional<ProbeResult> result; // none while checking
};

CheckLevel checkLevel(const CheckCell &cell);
// "Checking…", "OK", "Login failed: <server text>", "Certificate problem: self-signed"...
QString checkCellText(const CheckCell &cell);
// The whole story: what happened, the server's words, the warnings.
QString checkCellToolTip(const CheckCell &cell);
// "self-signed", "name mismatch": the short form for a table cell.
QString certificateProblemShortText(CertificateProblem problem);

} // namespace imapdesk
