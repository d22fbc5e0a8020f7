// Accepting a certificate by fingerprint: the fingerprint helpers, the mapping of TLS
// errors to problems people understand, and the imapsync arguments that pin it.
#include "net/certificatetrust.h"
#include "net/tlscertificate.h"

#include <QTest>

using namespace imapdesk;

Q_DECLARE_METATYPE(imapdesk::ImapsyncSide)
Q_DECLARE_METATYPE(imapdesk::CertificateProblem)

namespace {

const QByteArray kFingerprint =
    QByteArray::fromHex("4b1f0e9a53c2d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f");

} // namespace

class TestCertificateTrust : public QObject
{
    Q_OBJECT

private slots:
    void pinArguments_data();
    void pinArguments();
    void parseFingerprint_data();
    void parseFingerprint();
    void problems_data();
    void problems();
    void problemsOncePerKind();
};

void TestCertificateTrust::pinArguments_data()
{
    QTest::addColumn<ImapsyncSide>("side");
    QTest::addColumn<QByteArray>("fingerprint");
    QTest::addColumn<QStringList>("arguments");
    const QString pin = QStringLiteral(
        "SSL_fingerprint=sha256$4b1f0e9a53c2d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f");
    QTest::newRow("host1") << ImapsyncSide::Host1 << kFingerprint
                           << QStringList{"--sslargs1", "SSL_verify_mode=1", "--sslargs1", pin};
    QTest::newRow("host2") << ImapsyncSide::Host2 << kFingerprint
                           << QStringList{"--sslargs2", "SSL_verify_mode=1", "--sslargs2", pin};
    QTest::newRow("no fingerprint") << ImapsyncSide::Host1 << QByteArray() << QStringList();
    QTest::newRow("SHA-1 size") << ImapsyncSide::Host2 << QByteArray(20, 'x') << QStringList();
    QTest::newRow("hex instead of raw")
        << ImapsyncSide::Host1 << kFingerprint.toHex() << QStringList();
}

void TestCertificateTrust::pinArguments()
{
    QFETCH(ImapsyncSide, side);
    QFETCH(QByteArray, fingerprint);
    QFETCH(QStringList, arguments);
    QCOMPARE(imapsyncCertificatePinArguments(side, fingerprint), arguments);
}

void TestCertificateTrust::parseFingerprint_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("fingerprint");
    const QString hex = QString::fromLatin1(kFingerprint.toHex());
    QTest::newRow("lower hex") << hex << kFingerprint;
    QTest::newRow("upper hex") << hex.toUpper() << kFingerprint;
    QTest::newRow("colons") << QString::fromLatin1(kFingerprint.toHex(':').toUpper())
                            << kFingerprint;
    QTest::newRow("spaces") << QString::fromLatin1(kFingerprint.toHex(' ')) << kFingerprint;
    QTest::newRow("too short") << hex.left(62) << QByteArray();
    QTest::newRow("not hex") << QString(hex).replace(0, 1, QLatin1Char('g')) << QByteArray();
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestCertificateTrust::parseFingerprint()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, fingerprint);
    QCOMPARE(imapdesk::parseFingerprint(text), fingerprint);
    if (!fingerprint.isEmpty())
        QCOMPARE(fingerprintHex(imapdesk::parseFingerprint(text)),
                 QString::fromLatin1(fingerprint.toHex()));
}

void TestCertificateTrust::problems_data()
{
    QTest::addColumn<QSslError::SslError>("error");
    QTest::addColumn<CertificateProblem>("problem");
    QTest::newRow("self-signed") << QSslError::SelfSignedCertificate
                                 << CertificateProblem::SelfSigned;
    QTest::newRow("name") << QSslError::HostNameMismatch << CertificateProblem::NameMismatch;
    QTest::newRow("expired") << QSslError::CertificateExpired << CertificateProblem::Expired;
    QTest::newRow("not yet valid")
        << QSslError::CertificateNotYetValid << CertificateProblem::NotYetValid;
    QTest::newRow("local issuer") << QSslError::UnableToGetLocalIssuerCertificate
                                  << CertificateProblem::UntrustedIssuer;
    QTest::newRow("self-signed in chain")
        << QSslError::SelfSignedCertificateInChain << CertificateProblem::UntrustedIssuer;
    QTest::newRow("untrusted") << QSslError::CertificateUntrusted
                               << CertificateProblem::UntrustedIssuer;
    QTest::newRow("revoked") << QSslError::CertificateRevoked << CertificateProblem::Revoked;
    QTest::newRow("signature") << QSslError::CertificateSignatureFailed
                               << CertificateProblem::Invalid;
}

void TestCertificateTrust::problems()
{
    QFETCH(QSslError::SslError, error);
    QFETCH(CertificateProblem, problem);
    QCOMPARE(certificateProblem(error), problem);
    QVERIFY(!certificateProblemText(problem).isEmpty());
}

void TestCertificateTrust::problemsOncePerKind()
{
    const QList<QSslError> errors{QSslError(QSslError::SelfSignedCertificate),
                                  QSslError(QSslError::UnableToGetLocalIssuerCertificate),
                                  QSslError(QSslError::CertificateUntrusted),
                                  QSslError(QSslError::HostNameMismatch)};
    QCOMPARE(certificateProblems(errors),
             (QList<CertificateProblem>{CertificateProblem::SelfSigned,
                                        CertificateProblem::UntrustedIssuer,
                                        CertificateProblem::NameMismatch}));
}

QTEST_GUILESS_MAIN(TestCertificateTrust)
#include "tst_certificatetrust.moc"
