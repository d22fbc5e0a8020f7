#include "net/tlscertificate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslCertificate>

namespace imapdesk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TlsCertificate)
};

} // namespace

CertificateProblem certificateProblem(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
        return CertificateProblem::SelfSigned;
    case QSslError::HostNameMismatch:
        return CertificateProblem::NameMismatch;
    case QSslError::CertificateExpired:
        return CertificateProblem::Expired;
    case QSslError::CertificateNotYetValid:
        return CertificateProblem::NotYetValid;
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::InvalidCaCertificate:
        return CertificateProblem::UntrustedIssuer;
    case QSslError::CertificateRevoked:
    case QSslError::CertificateBlacklisted:
        return CertificateProblem::Revoked;
    default:
        return CertificateProblem::Invalid;
    }
}

QString certificateProblemText(CertificateProblem problem)
{
    switch (problem) {
    case CertificateProblem::SelfSigned:
        return Tr::tr("The certificate is self-signed: no certificate authority vouches for it.");
    case CertificateProblem::NameMismatch:
        return Tr::tr("The certificate was issued for another name than this server's.");
    case CertificateProblem::Expired:
        return Tr::tr("The certificate has expired.");
    case CertificateProblem::NotYetValid:
        return Tr::tr("The certificate is not valid yet (is this computer's clock right?).");
    case CertificateProblem::UntrustedIssuer:
        return Tr::tr("The certificate was issued by an authority this computer does not trust.");
    case CertificateProblem::Revoked:
        return Tr::tr("The certificate has been revoked.");
    case CertificateProblem::Invalid:
        break;
    }
    return Tr::tr("The certificate is invalid.");
}

QList<CertificateProblem> certificateProblems(const QList<QSslError> &errors)
{
    QList<CertificateProblem> problems;
    for (const QSslError &error : errors) {
        const CertificateProblem problem = certificateProblem(error.error());
        if (!problems.contains(problem))
            problems.append(problem);
    }
    return problems;
}

QString TlsDetails::fingerprintHex() const
{
    return imapdesk::fingerprintHex(fingerprint);
}

QByteArray certificateFingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
}

QString fingerprintHex(const QByteArray &fingerprint)
{
    return QString::fromLatin1(fingerprint.toHex());
}

QByteArray parseFingerprint(const QString &text)
{
    QByteArray hex;
    for (const QChar c : text) {
        if (c == QLatin1Char(':') || c.isSpace())
            continue;
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F')))
            return {};
        hex.append(char(c.unicode()));
    }
    constexpr int kSha256Size = 32;
    return hex.size() == 2 * kSha256Size ? QByteArray::fromHex(hex) : QByteArray();
}

void describeCertificate(const QSslCertificate &certificate, TlsDetails *details)
{
    if (certificate.isNull())
        return;
    details->fingerprint = certificateFingerprint(certificate);
    details->subjectName = certificate.subjectInfo(QSslCertificate::CommonName).value(0);
    details->issuerName = certificate.issuerInfo(QSslCertificate::CommonName).value(0);
    details->expiry = certificate.expiryDate();
}

} // namespace imapdesk
