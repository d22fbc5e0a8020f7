#include "util/domainname.h"

#include <QTest>

class TestDomainName final : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
};

void TestDomainName::normalize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("domain"); // empty: refused
    QTest::newRow("plain") << "example.com"
                           << "example.com";
    QTest::newRow("upper case and @") << " @Example.COM "
                                      << "example.com";
    QTest::newRow("trailing dot") << "example.com."
                                  << "example.com";
    QTest::newRow("single label") << "localdomain"
                                  << "localdomain";
    QTest::newRow("hyphen inside") << "mail-01.example.org"
                                   << "mail-01.example.org";
    QTest::newRow("idn") << "bücher.example"
                         << "bücher.example";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("space") << "exa mple.com"
                           << "";
    QTest::newRow("two @") << "@@example.com"
                           << "";
    QTest::newRow("user part") << "bob@example.com"
                               << "";
    QTest::newRow("empty label") << "example..com"
                                 << "";
    QTest::newRow("leading hyphen") << "-example.com"
                                    << "";
    QTest::newRow("underscore") << "ex_ample.com"
                                << "";
    QTest::newRow("label too long") << QString(QString(64, u'a') + ".com") << "";
}

void TestDomainName::normalize()
{
    QFETCH(QString, text);
    QTEST(imapdesk::normalizedDomainName(text), "domain");
}

QTEST_GUILESS_MAIN(TestDomainName)
#include "tst_domainname.moc"
