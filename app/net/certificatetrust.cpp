#include "net/certificatetrust.h"

#include "net/tlscertificate.h"

namespace imapdesk {

QStringList imapsyncCertificatePinArguments(ImapsyncSide side, const QByteArray &fingerprint)
{
    constexpr int kSha256Size = 32;
    if (fingerprint.size() != kSha256Size)
        return {};
    const QString option = QStringLiteral("--sslargs%1").arg(int(side));
    // One argument each: no shell is involved, so "$" needs no quoting.
    return {option, QStringLiteral("SSL_verify_mode=1"), option,
            QStringLiteral("SSL_fingerprint=sha256$") + fingerprintHex(fingerprint)};
}

} // namespace imapdesk
