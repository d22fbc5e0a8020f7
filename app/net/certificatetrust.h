#pragma once

#include <QByteArray>
#include <QStringList>

namespace imapdesk {

enum class ImapsyncSide { Host1 = 1, Host2 = 2 };

// imapsync arguments that make it accept exactly the certificate the user accepted by
// fingerprint (SHA-256 of the DER certificate, raw bytes) on one side, and no other:
//   --sslargsN SSL_verify_mode=1 --sslargsN SSL_fingerprint=sha256$<hex>
// imapsync's default, SSL_verify_mode=0, would accept any certificate, so the pin needs
// verification on: IO::Socket::SSL then accepts a certificate whose fingerprint matches even
// when it is self-signed, expired or for another name, and refuses every other one.
// Empty when fingerprint is not a SHA-256 digest.
QStringList imapsyncCertificatePinArguments(ImapsyncSide side, const QByteArray &fingerprint);

} // namespace imapdesk
