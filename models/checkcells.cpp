#include "models/checkcells.h"

#include "models/accountpreviewmodel.h"

#include <QCoreApplication>

namespace imapdesk {

namespace {

// The preview's texts, in the model's translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(imapdesk::AccountPreviewModel)
};

QString withServerText(const QString &label, const ProbeResult &result)
{
    return result.serverText.isEmpty() ? label
                                       : Tr::tr("%1: %2").arg(label, result.serverText.trimmed());
}

QString resultText(const ProbeResult &result)
{
    switch (result.outcome) {
    case ProbeOutcome::Ok:
        return Tr::tr("OK");
    case ProbeOutcome::AuthFailed:
        return withServerText(Tr::tr("Login failed"), result);
    case ProbeOutcome::Unreachable:
        return Tr::tr("Unreachable");
    case ProbeOutcome::TlsProblem: {
        if (result.tls.problems.isEmpty())
            return Tr::tr("TLS problem");
        QStringList problems;
        for (const CertificateProblem problem : result.tls.problems)
            problems << certificateProblemShortText(problem);
        return Tr::tr("Certificate problem: %1").arg(problems.join(QStringLiteral(", ")));
    }
    case ProbeOutcome::InsecureRefused:
        return Tr::tr("Not encrypted: login not tried");
    case ProbeOutcome::ProtocolError:
        return withServerText(Tr::tr("Server error"), result);
    case ProbeOutcome::Timeout:
        return Tr::tr("No answer");
    }
    return Tr::tr("Server error");
}

} // namespace

CheckLevel checkLevel(const CheckCell &cell)
{
    if (cell.checking)
        return CheckLevel::Checking;
    if (!cell.result)
        return CheckLevel::None;
    switch (cell.result->outcome) {
    case ProbeOutcome::Ok:
        return cell.result->warnings.isEmpty() ? CheckLevel::Ok : CheckLevel::Warning;
    case ProbeOutcome::InsecureRefused:
        return CheckLevel::Warning; // nothing is wrong with the account, it was not tried
    default:
        return CheckLevel::Failed;
    }
}

QString checkCellText(const CheckCell &cell)
{
    if (cell.checking)
        return Tr::tr("Checking…");
    return cell.result ? resultText(*cell.result) : QString();
}

QString checkCellToolTip(const CheckCell &cell)
{
    if (cell.checking || !cell.result)
        return checkCellText(cell);
    const ProbeResult &result = *cell.result;
    QStringList lines{result.message.isEmpty() ? resultText(result) : result.message};
    if (!result.serverText.isEmpty() && !result.message.contains(result.serverText))
        lines << Tr::tr("The server said: %1").arg(result.serverText);
    if (!result.tls.problemTexts.isEmpty() && result.tls.acceptedByFingerprint)
        lines << Tr::tr("Certificate accepted by you in spite of: %1")
                     .arg(result.tls.problemTexts.join(u' '));
    lines << result.warnings;
    return lines.join(u'\n');
}

QString certificateProblemShortText(CertificateProblem problem)
{
    switch (problem) {
    case CertificateProblem::SelfSigned:
        return Tr::tr("self-signed");
    case CertificateProblem::NameMismatch:
        return Tr::tr("name mismatch");
    case CertificateProblem::Expired:
        return Tr::tr("expired");
    case CertificateProblem::NotYetValid:
        return Tr::tr("not yet valid");
    case CertificateProblem::UntrustedIssuer:
        return Tr::tr("untrusted issuer");
    case CertificateProblem::Revoked:
        return Tr::tr("revoked");
    case CertificateProblem::Invalid:
        break;
    }
    return Tr::tr("invalid");
}

} // namespace imapdesk
