#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslError>
#include <QString>
#include <QStringList>

class QSslCertificate;

namespace imapdesk {

// What certificate verification found, in the words a helpdesk understands.
enum class CertificateProblem {
    SelfSigned,
    NameMismatch,
    Expired,
    NotYetValid,
    UntrustedIssuer,
    Revoked,
    Invalid, // anything else: bad signature, wrong purpose, unreadable
};

CertificateProblem certificateProblem(QSslError::SslError error);
QString certificateProblemText(CertificateProblem problem);
// Each problem once, in the order of errors.
QList<CertificateProblem> certificateProblems(const QList<QSslError> &errors);

// The server certificate as a person sees it in a pre-flight result.
struct TlsDetails
{
    bool encrypted = false;
    QString protocol; // e.g. "TLS 1.3"
    QString cipher;
    QByteArray fingerprint; // SHA-256 of the certificate (DER), raw; empty before a handshake
    QString subjectName;    // common name
    QString issuerName;     // common name of the issuer
    QDateTime expiry;
    QList<CertificateProblem> problems; // what verification found, also when accepted
    QStringList problemTexts;           // the same, for people
    bool acceptedByFingerprint = false; // the problems were overridden by the user's choice

    QString fingerprintHex() const;
};

// SHA-256 of the DER encoding: what the user accepts and imapsync pins.
QByteArray certificateFingerprint(const QSslCertificate &certificate);
// Lower-case hex without separators.
QString fingerprintHex(const QByteArray &fingerprint);
// "AB:CD:..." or "abcd..." (64 hex digits, colons and spaces ignored) to raw bytes;
// empty when the text is no SHA-256 fingerprint.
QByteArray parseFingerprint(const QString &text);

// Subject, issuer, expiry and fingerprint of certificate into details.
void describeCertificate(const QSslCertificate &certificate, TlsDetails *details);

} // namespace imapdesk
