#include "accounts/hostshortcuts.h"

#include <QTest>

using namespace imapdesk;

namespace {

using Rules = QVector<HostShortcutRule>;

const Rules PymapRules = {
    {QStringLiteral("^(VPS|SV)[0-9]+$"), QStringLiteral("example.com")},
    {QStringLiteral("^mx[0-9]+$"), QStringLiteral(".mail.example.net")},
    {QStringLiteral("^[a-z]+[0-9]*$"), QStringLiteral("fallback.example.org")},
};

} // namespace

class TestHostShortcuts final : public QObject
{
    Q_OBJECT

private slots:
    void expand_data();
    void expand();
    void noRulesChangesNothing();
    void invalidRules_data();
    void invalidRules();
    void previousRulesKeptOnError();
    void validateDoesNotApply();
    void recognizeProvider_data();
    void recognizeProvider();
    void presetOptions_data();
    void presetOptions();
    void displayNames();
};

void TestHostShortcuts::expand_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expected");

    QTest::newRow("Pymap's example")
        << QStringLiteral("SV01") << QStringLiteral("SV01.example.com");
    QTest::newRow("other alternative")
        << QStringLiteral("VPS7") << QStringLiteral("VPS7.example.com");
    QTest::newRow("case-insensitive, case kept")
        << QStringLiteral("sv01") << QStringLiteral("sv01.example.com");
    QTest::newRow("surrounding spaces trimmed")
        << QStringLiteral("  SV01 \t") << QStringLiteral("SV01.example.com");
    QTest::newRow("suffix given with a dot")
        << QStringLiteral("mx2") << QStringLiteral("mx2.mail.example.net");
    // "sv01" would also match the third rule: the first match wins.
    QTest::newRow("first match wins")
        << QStringLiteral("SV99") << QStringLiteral("SV99.example.com");
    QTest::newRow("later rule") << QStringLiteral("imap")
                                << QStringLiteral("imap.fallback.example.org");
    QTest::newRow("no match") << QStringLiteral("imap.example.com")
                              << QStringLiteral("imap.example.com");
    QTest::newRow("no match, trimmed")
        << QStringLiteral(" mail.example.com ") << QStringLiteral("mail.example.com");
    QTest::newRow("anchored pattern does not match longer names")
        << QStringLiteral("SV01x") << QStringLiteral("SV01x");
    QTest::newRow("empty host") << QString() << QString();
}

void TestHostShortcuts::expand()
{
    QFETCH(QString, host);
    QFETCH(QString, expected);
    HostShortcuts shortcuts;
    QStringList errors;
    QVERIFY2(shortcuts.setRules(PymapRules, &errors), qPrintable(errors.join(u'\n')));
    QVERIFY(errors.isEmpty());
    QCOMPARE(shortcuts.expand(host), expected);
}

void TestHostShortcuts::noRulesChangesNothing()
{
    HostShortcuts shortcuts;
    QCOMPARE(shortcuts.expand(QStringLiteral(" SV01 ")), QStringLiteral("SV01"));
    // An unanchored rule never appends its suffix twice.
    QVERIFY(shortcuts.setRules({{QStringLiteral("sv[0-9]+"), QStringLiteral("example.com")}}));
    QCOMPARE(shortcuts.expand(QStringLiteral("SV01")), QStringLiteral("SV01.example.com"));
    QCOMPARE(shortcuts.expand(QStringLiteral("SV01.Example.com")),
             QStringLiteral("SV01.Example.com"));
}

void TestHostShortcuts::invalidRules_data()
{
    QTest::addColumn<Rules>("rules");
    QTest::addColumn<QStringList>("messageParts");

    QTest::newRow("unbalanced parenthesis")
        << Rules{{QStringLiteral("^(VPS|SV[0-9]+$"), QStringLiteral("example.com")}}
        << QStringList{QStringLiteral("Rule 1"), QStringLiteral("\"^(VPS|SV[0-9]+$\""),
                       QStringLiteral("missing closing parenthesis"), QStringLiteral("offset 15")};
    QTest::newRow("nothing to repeat, second rule")
        << Rules{{QStringLiteral("^mx$"), QStringLiteral("example.net")},
                 {QStringLiteral("*sv"), QStringLiteral("example.com")}}
        << QStringList{QStringLiteral("Rule 2"), QStringLiteral("\"*sv\""),
                       QStringLiteral("quantifier does not follow a repeatable item"),
                       QStringLiteral("offset 0")};
    QTest::newRow("empty suffix") << Rules{{QStringLiteral("^sv$"), QStringLiteral(" . ")}}
                                  << QStringList{QStringLiteral("Rule 1"),
                                                 QStringLiteral("\"^sv$\""),
                                                 QStringLiteral("suffix is empty")};
    QTest::newRow("suffix with spaces")
        << Rules{{QStringLiteral("^sv$"), QStringLiteral("example .com")}}
        << QStringList{QStringLiteral("Rule 1"), QStringLiteral("contains spaces")};
    QTest::newRow("empty pattern")
        << Rules{{QString(), QStringLiteral("example.com")}}
        << QStringList{QStringLiteral("Rule 1"), QStringLiteral("pattern is empty")};
}

void TestHostShortcuts::invalidRules()
{
    QFETCH(Rules, rules);
    QFETCH(QStringList, messageParts);
    HostShortcuts shortcuts;
    QStringList errors;
    QVERIFY(!shortcuts.setRules(rules, &errors));
    QCOMPARE(errors.size(), 1);
    for (const QString &part : messageParts)
        QVERIFY2(errors.first().contains(part), qPrintable(errors.first()));
}

void TestHostShortcuts::previousRulesKeptOnError()
{
    HostShortcuts shortcuts;
    QVERIFY(shortcuts.setRules(PymapRules));
    const Rules bad = {{QStringLiteral("^new[0-9]+$"), QStringLiteral("new.example")},
                       {QStringLiteral("(("), QStringLiteral("x.example")},
                       {QStringLiteral("[z-a]"), QStringLiteral("y.example")}};
    QStringList errors;
    QVERIFY(!shortcuts.setRules(bad, &errors));
    QCOMPARE(errors.size(), 2); // every bad rule is reported, not only the first
    QVERIFY2(errors.at(0).startsWith(QStringLiteral("Rule 2")), qPrintable(errors.at(0)));
    QVERIFY2(errors.at(1).startsWith(QStringLiteral("Rule 3")), qPrintable(errors.at(1)));
    QCOMPARE(shortcuts.rules(), PymapRules);
    QCOMPARE(shortcuts.expand(QStringLiteral("SV01")), QStringLiteral("SV01.example.com"));
    QCOMPARE(shortcuts.expand(QStringLiteral("new1")), QStringLiteral("new1.fallback.example.org"));
}

void TestHostShortcuts::validateDoesNotApply()
{
    HostShortcuts shortcuts;
    QVERIFY(HostShortcuts::validate(PymapRules).isEmpty());
    QCOMPARE(HostShortcuts::validate({{QStringLiteral("a["), QStringLiteral("x")}}).size(), 1);
    QVERIFY(shortcuts.rules().isEmpty());
}

void TestHostShortcuts::recognizeProvider_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<ProviderPreset>("provider");

    const auto row = [](const char *host, ProviderPreset provider) {
        QTest::newRow(*host ? host : "(empty)") << QString::fromLatin1(host) << provider;
    };
    row("imap.gmail.com", ProviderPreset::Gmail);
    row("IMAP.GMAIL.COM", ProviderPreset::Gmail);
    row("imap.gmail.com.", ProviderPreset::Gmail);
    row(" imap.googlemail.com ", ProviderPreset::Gmail);
    row("gmail.com", ProviderPreset::None);
    row("imap.gmail.com.evil.example", ProviderPreset::None);
    row("outlook.office365.com", ProviderPreset::Office365);
    row("Outlook.Office365.com", ProviderPreset::Office365);
    row("eu.imap.office365.com", ProviderPreset::Office365);
    row("outlook.office.com", ProviderPreset::Office365);
    row("imap-mail.outlook.com", ProviderPreset::Office365);
    row("evil-office365.com", ProviderPreset::None);
    row("outlook.com.evil.example", ProviderPreset::None);
    row("exchange.corp.example", ProviderPreset::Exchange);
    row("EXCH01.corp.example", ProviderPreset::Exchange);
    row("exchange-2019.corp.example", ProviderPreset::Exchange);
    row("exch-srv1.corp.example", ProviderPreset::Exchange);
    row("owa.contoso.com", ProviderPreset::Exchange);
    row("exchange", ProviderPreset::Exchange);
    row("exchangerates.example.com", ProviderPreset::None);
    row("mail.exchange.example.com", ProviderPreset::None);
    row("imap.example.com", ProviderPreset::None);
    row("192.0.2.10", ProviderPreset::None);
    row("", ProviderPreset::None);
}

void TestHostShortcuts::recognizeProvider()
{
    QFETCH(QString, host);
    QFETCH(ProviderPreset, provider);
    QCOMPARE(imapdesk::recognizeProvider(host), provider);
}

void TestHostShortcuts::presetOptions_data()
{
    QTest::addColumn<ProviderPreset>("provider");
    QTest::addColumn<int>("side");
    QTest::addColumn<QString>("option");

    QTest::newRow("gmail source") << ProviderPreset::Gmail << 1 << QStringLiteral("--gmail1");
    QTest::newRow("gmail destination") << ProviderPreset::Gmail << 2 << QStringLiteral("--gmail2");
    QTest::newRow("office source") << ProviderPreset::Office365 << 1 << QStringLiteral("--office1");
    QTest::newRow("office destination")
        << ProviderPreset::Office365 << 2 << QStringLiteral("--office2");
    QTest::newRow("exchange source")
        << ProviderPreset::Exchange << 1 << QStringLiteral("--exchange1");
    QTest::newRow("exchange destination")
        << ProviderPreset::Exchange << 2 << QStringLiteral("--exchange2");
    QTest::newRow("unknown") << ProviderPreset::None << 1 << QString();
}

void TestHostShortcuts::presetOptions()
{
    QFETCH(ProviderPreset, provider);
    QFETCH(int, side);
    QFETCH(QString, option);
    QCOMPARE(presetOption(provider, side), option);
}

void TestHostShortcuts::displayNames()
{
    QCOMPARE(providerDisplayName(ProviderPreset::Gmail), QStringLiteral("Gmail"));
    QCOMPARE(providerDisplayName(ProviderPreset::Office365), QStringLiteral("Microsoft 365"));
    QVERIFY(providerDisplayName(ProviderPreset::Exchange).contains(QStringLiteral("Exchange")));
    QVERIFY(!providerDisplayName(ProviderPreset::None).isEmpty());
    QVERIFY(presetOption(ProviderPreset::None, 1).isEmpty());
}

QTEST_GUILESS_MAIN(TestHostShortcuts)
#include "tst_hostshortcuts.moc"
