#include "logs/logfilename.h"

#include <QTest>
#include <QTextBoundaryFinder>

using namespace imapdesk;

namespace {

LogFileNameParts aliceParts()
{
    LogFileNameParts parts;
    parts.jobId = 42;
    parts.attempt = 3;
    parts.started = QDateTime(QDate(2026, 11, 29), QTime(23, 55, 22), Qt::UTC);
    parts.host1 = QStringLiteral("imap.old.example");
    parts.user1 = QStringLiteral("alice@old.example");
    parts.host2 = QStringLiteral("imap.new.example");
    parts.user2 = QStringLiteral("alice@new.example");
    return parts;
}

// No character a supported file system refuses, and within the length limit.
void verifyPortable(const QString &name, int maxBytes = kMaxLogFileNameBytes)
{
    QVERIFY2(name.toUtf8().size() <= maxBytes, qPrintable(name));
    QVERIFY(!name.isEmpty());
    for (const QChar c : name) {
        QVERIFY2(!QStringLiteral("/\\:*?\"<>|").contains(c), qPrintable(name));
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(name));
    }
    QVERIFY(!name.endsWith(QLatin1Char('.')) && !name.endsWith(QLatin1Char(' ')));
    QVERIFY(!name.startsWith(QLatin1Char('.')) && !name.startsWith(QLatin1Char(' ')));
    QVERIFY(!name.contains(QChar(QChar::ReplacementCharacter)));
}

} // namespace

class TestLogFileName final : public QObject
{
    Q_OBJECT

private slots:
    void sanitizePart_data();
    void sanitizePart();
    void sanitizeName_data();
    void sanitizeName();
    void longNamesKeepWholeCharacters();
    void attemptName();
    void nameParts_data();
    void nameParts();
    void longPartsShareTheLimit();
    void stableAndDistinct();
    void paths();
};

void TestLogFileName::sanitizePart_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const QString &text, const QString &expected) {
        QTest::newRow(name) << text << expected;
    };
    row("address", QStringLiteral("alice+tag@example.com"),
        QStringLiteral("alice+tag@example.com"));
    row("forbidden", QStringLiteral("a/b\\c:d*e?f\"g<h>i|j"),
        QStringLiteral("a_b_c_d_e_f_g_h_i_j"));
    row("host and port", QStringLiteral("imap.example.com:993"),
        QStringLiteral("imap.example.com_993"));
    row("tab", QStringLiteral("tab\there"), QStringLiteral("tab_here"));
    row("control", QStringLiteral("\u0001ctl\u007f"), QStringLiteral("_ctl_"));
    row("newline", QStringLiteral("a\r\nb"), QStringLiteral("a__b"));
    row("dots and spaces", QStringLiteral("  .hidden. . "), QStringLiteral("hidden"));
    row("only dots", QStringLiteral("..."), QString());
    row("empty", QString(), QString());
    row("inner spaces kept", QStringLiteral("Jean Dupont"), QStringLiteral("Jean Dupont"));
    row("umlaut", QStringLiteral("J\u00fcrgen"), QStringLiteral("J\u00fcrgen"));
    row("decomposed to NFC", QStringLiteral("Jo\u0308rg"), QStringLiteral("J\u00f6rg"));
    row("right-to-left override", QStringLiteral("\u202Egnp.exe"), QStringLiteral("_gnp.exe"));
    row("emoji", QStringLiteral("mail\U0001F600"), QStringLiteral("mail\U0001F600"));
    row("lone surrogate", QString(QChar(0xD800)) + QStringLiteral("x"), QStringLiteral("_x"));
    row("line separator", QStringLiteral("a\u2028b"), QStringLiteral("a_b"));
    row("byte order mark", QStringLiteral("\uFEFFbob"), QStringLiteral("_bob"));
    row("joiner kept", QStringLiteral("\u0645\u200C\u0627"), QStringLiteral("\u0645\u200C\u0627"));
}

void TestLogFileName::sanitizePart()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(sanitizeFileNamePart(text), expected);
}

void TestLogFileName::sanitizeName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *tag, const QString &name, const QString &expected) {
        QTest::newRow(tag) << name << expected;
    };
    row("CON", QStringLiteral("CON"), QStringLiteral("_CON"));
    row("con.txt", QStringLiteral("con.txt"), QStringLiteral("_con.txt"));
    row("Nul.tar.gz", QStringLiteral("Nul.tar.gz"), QStringLiteral("_Nul.tar.gz"));
    row("PRN", QStringLiteral("prn"), QStringLiteral("_prn"));
    row("AUX before a space", QStringLiteral("aux .log"), QStringLiteral("_aux .log"));
    row("COM1", QStringLiteral("COM1"), QStringLiteral("_COM1"));
    row("lpt9.log", QStringLiteral("lpt9.log"), QStringLiteral("_lpt9.log"));
    row("COM superscript", QStringLiteral("COM\u00B9.log"), QStringLiteral("_COM\u00B9.log"));
    row("CONIN$", QStringLiteral("conin$"), QStringLiteral("_conin$"));
    row("host named nul", QStringLiteral("nul.example.com_alice.log"),
        QStringLiteral("_nul.example.com_alice.log"));
    row("CONSOLE is fine", QStringLiteral("CONSOLE"), QStringLiteral("CONSOLE"));
    row("COM10 is fine", QStringLiteral("COM10.log"), QStringLiteral("COM10.log"));
    row("empty", QString(), QStringLiteral("_"));
    row("dots only", QStringLiteral("..."), QStringLiteral("_"));
    row("hidden", QStringLiteral(".profile"), QStringLiteral("profile"));
    row("trailing dot", QStringLiteral("name."), QStringLiteral("name"));
    row("forbidden", QStringLiteral("a:b?.log"), QStringLiteral("a_b_.log"));
    row("too long", QString(300, QLatin1Char('a')) + QStringLiteral(".log"),
        QString(196, QLatin1Char('a')) + QStringLiteral(".log"));
    row("too long, two-byte characters", QString(150, QChar(0xE9)) + QStringLiteral(".log"),
        QString(98, QChar(0xE9)) + QStringLiteral(".log"));
}

void TestLogFileName::sanitizeName()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString safe = sanitizeFileName(name);
    QCOMPARE(safe, expected);
    verifyPortable(safe);
}

// A family emoji is one character made of 7 code points (25 bytes): never cut inside.
void TestLogFileName::longNamesKeepWholeCharacters()
{
    const QString family =
        QStringLiteral("\U0001F469\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466");
    QCOMPARE(family.toUtf8().size(), 25);
    QString name;
    for (int i = 0; i < 20; ++i)
        name += family;
    const QString cut = truncateUtf8(name, 200);
    QCOMPARE(cut, name.left(8 * family.size())); // 8 × 25 = 200 bytes
    QCOMPARE(truncateUtf8(name, 199), name.left(7 * family.size()));
    QCOMPARE(truncateUtf8(QStringLiteral("e\u0301t\u00e9"), 2), QString()); // é is 3 bytes here
    QCOMPARE(truncateUtf8(QStringLiteral("e\u0301t\u00e9"), 4), QStringLiteral("e\u0301t"));
    QCOMPARE(truncateUtf8(QStringLiteral("short"), 200), QStringLiteral("short"));
    const QString safe = sanitizeFileName(name + QStringLiteral(".log"), 100);
    QVERIFY(safe.endsWith(QStringLiteral(".log")));
    QCOMPARE(safe.toUtf8().size(), 3 * 25 + 4);
}

void TestLogFileName::attemptName()
{
    QCOMPARE(logFileName(aliceParts()),
             QStringLiteral("000042-03_20261129-235522_imap.old.example_alice@old.example__imap."
                            "new.example_alice@new.example.log"));
}

void TestLogFileName::nameParts_data()
{
    QTest::addColumn<qint64>("jobId");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<bool>("dated");
    QTest::addColumn<QString>("user1");
    QTest::addColumn<QString>("host2");
    QTest::addColumn<QString>("expected");
    const QString bob = QStringLiteral("bob");
    const QString host = QStringLiteral("imap.example");
    QTest::newRow("no date") << 7LL << 1 << false << bob << host
                             << QStringLiteral("000007-01_imap.old.example_bob__imap.example_"
                                               "alice@new.example.log");
    QTest::newRow("attempt only") << 0LL << 12 << false << bob << host
                                  << QStringLiteral("12_imap.old.example_bob__imap.example_"
                                                    "alice@new.example.log");
    QTest::newRow("no user1") << 7LL << 2 << true << QString() << host
                              << QStringLiteral("000007-02_20261129-235522_imap.old.example___"
                                                "imap.example_alice@new.example.log");
    QTest::newRow("odd characters")
        << 7LL << 1 << false << QStringLiteral("DOMAIN\\bob \"the\" <boss>") << host
        << QStringLiteral("000007-01_imap.old.example_DOMAIN_bob _the_ _boss___imap.example_"
                          "alice@new.example.log");
    QTest::newRow("host with port")
        << 7LL << 1 << false << bob << QStringLiteral("imap.example:993")
        << QStringLiteral("000007-01_imap.old.example_bob__imap.example_993_alice@new.example.log");
}

void TestLogFileName::nameParts()
{
    QFETCH(qint64, jobId);
    QFETCH(int, attempt);
    QFETCH(bool, dated);
    QFETCH(QString, user1);
    QFETCH(QString, host2);
    QFETCH(QString, expected);
    LogFileNameParts parts = aliceParts();
    parts.jobId = jobId;
    parts.attempt = attempt;
    parts.user1 = user1;
    parts.host2 = host2;
    if (!dated)
        parts.started = QDateTime();
    QCOMPARE(logFileName(parts), expected);
    verifyPortable(logFileName(parts));
}

void TestLogFileName::longPartsShareTheLimit()
{
    LogFileNameParts parts = aliceParts();
    parts.user1 = QString(150, QLatin1Char('u'));
    parts.host2 = QString(150, QChar(0x00FC)) + QStringLiteral(".example"); // ü: 2 bytes
    parts.user2 = QStringLiteral("x");
    const QString name = logFileName(parts);
    verifyPortable(name);
    QVERIFY(name.startsWith(QStringLiteral("000042-03_20261129-235522_imap.old.example_uuu")));
    QVERIFY(name.endsWith(QStringLiteral("_x.log")));
    QVERIFY(name.contains(QStringLiteral("u__\u00fc")));
    QVERIFY(name.toUtf8().size() >= kMaxLogFileNameBytes - 2);
    // Both long parts got about the same room.
    const qsizetype users = name.count(QLatin1Char('u'));
    const qsizetype umlauts = name.count(QChar(0x00FC));
    QVERIFY2(std::abs(users - 2 * umlauts) <= 2, qPrintable(name));
}

void TestLogFileName::stableAndDistinct()
{
    LogFileNameParts parts = aliceParts();
    const QString first = logFileName(parts);
    QCOMPARE(logFileName(parts), first);
    parts.attempt = 4;
    QVERIFY(logFileName(parts) != first);
    parts = aliceParts();
    parts.jobId = 43;
    QVERIFY(logFileName(parts) != first);
    parts = aliceParts();
    parts.started = parts.started.toOffsetFromUtc(3600); // the same instant elsewhere
    QCOMPARE(logFileName(parts), first);
}

void TestLogFileName::paths()
{
    QCOMPARE(batchLogDirectory(QStringLiteral("/data/imapdesk"), 7),
             QStringLiteral("/data/imapdesk/logs/7"));
    QCOMPARE(batchLogDirectory(QStringLiteral("/data/imapdesk/"), 7),
             QStringLiteral("/data/imapdesk/logs/7"));
    QCOMPARE(logFilePath(QStringLiteral("/data"), 12, aliceParts()),
             QStringLiteral("/data/logs/12/") + logFileName(aliceParts()));
}

QTEST_GUILESS_MAIN(TestLogFileName)
#include "tst_logfilename.moc"
