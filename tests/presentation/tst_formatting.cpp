#include "presentation/formatting.h"

#include <QDateTime>
#include <QTest>

using namespace imapdesk;
using namespace Qt::StringLiterals;

namespace {

const QLocale English(QLocale::English, QLocale::UnitedStates);
const QLocale German(QLocale::German, QLocale::Germany);

} // namespace

class TestFormatting final : public QObject
{
    Q_OBJECT

private slots:
    void bytes_data();
    void bytes();
    void speed_data();
    void speed();
    void messageRate();
    void duration_data();
    void duration();
    void eta_data();
    void eta();
    void percent_data();
    void percent();
    void countsAndRatios_data();
    void countsAndRatios();
    void dateTime();
};

void TestFormatting::bytes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << English << "0 B";
    QTest::newRow("bytes") << qint64(1023) << English << "1023 B";
    QTest::newRow("1 KiB") << qint64(1024) << English << "1.00 KiB";
    QTest::newRow("1.5 KiB") << qint64(1536) << English << "1.50 KiB";
    QTest::newRow("tens") << qint64(12'600) << English << "12.3 KiB";
    QTest::newRow("hundreds") << qint64(500 * 1024) << English << "500 KiB";
    // 1023.999 KiB would round to "1024 KiB": the next unit instead.
    QTest::newRow("rounds up a unit") << qint64(1024 * 1024 - 1) << English << "1.00 MiB";
    QTest::newRow("MiB") << qint64(5 * 1024 * 1024) << English << "5.00 MiB";
    QTest::newRow("GiB") << qint64(1'300'000'000) << English << "1.21 GiB";
    QTest::newRow("TiB") << qint64(3) * 1024 * 1024 * 1024 * 1024 << English << "3.00 TiB";
    QTest::newRow("German decimals") << qint64(1536) << German << "1,50 KiB";
    QTest::newRow("unknown") << qint64(-1) << English << "";
}

void TestFormatting::bytes()
{
    QFETCH(qint64, bytes);
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QCOMPARE(formatBytes(bytes, locale), text);
}

void TestFormatting::speed_data()
{
    QTest::addColumn<double>("bytesPerSecond");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::newRow("stalled") << 0.0 << English << "0 B/s";
    QTest::newRow("bytes") << 512.4 << English << "512 B/s";
    QTest::newRow("MiB/s") << 1.5 * 1024 * 1024 << English << "1.50 MiB/s";
    QTest::newRow("German") << 1.5 * 1024 * 1024 << German << "1,50 MiB/s";
    QTest::newRow("unknown") << -1.0 << English << "";
}

void TestFormatting::speed()
{
    QFETCH(double, bytesPerSecond);
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QCOMPARE(formatSpeed(bytesPerSecond, locale), text);
}

void TestFormatting::messageRate()
{
    QCOMPARE(formatMessageRate(12.46, English), u"12.5 msg/s"_s);
    QCOMPARE(formatMessageRate(250, English), u"250 msg/s"_s);
    QCOMPARE(formatMessageRate(2.5, German), u"2,5 msg/s"_s);
    QCOMPARE(formatMessageRate(-1, English), QString());
}

void TestFormatting::duration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << "0 s";
    QTest::newRow("below a second") << qint64(999) << "0 s";
    QTest::newRow("seconds") << qint64(45'000) << "45 s";
    QTest::newRow("minutes") << qint64(185'000) << "3 min 05 s";
    QTest::newRow("hours") << qint64((2 * 3600 + 7 * 60 + 59) * 1000LL) << "2 h 07 min";
    QTest::newRow("days") << qint64((3 * 86400 + 4 * 3600 + 120) * 1000LL) << "3 d 4 h";
    QTest::newRow("negative") << qint64(-5000) << "0 s";
}

void TestFormatting::duration()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(formatDuration(ms), text);
}

void TestFormatting::eta_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown") << qint64(-1) << "";
    QTest::newRow("now") << qint64(0) << "0 s";
    QTest::newRow("minutes") << qint64(600) << "10 min 00 s";
}

void TestFormatting::eta()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(formatEta(seconds), text);
}

void TestFormatting::percent_data()
{
    QTest::addColumn<double>("fraction");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0.0 << "0%";
    QTest::newRow("half") << 0.5 << "50%";
    QTest::newRow("not quite done") << 0.999 << "99%";
    QTest::newRow("done") << 1.0 << "100%";
    QTest::newRow("over") << 1.2 << "100%";
    QTest::newRow("unknown") << -1.0 << "";
}

void TestFormatting::percent()
{
    QFETCH(double, fraction);
    QFETCH(QString, text);
    QCOMPARE(formatPercent(fraction, English), text);
}

void TestFormatting::countsAndRatios_data()
{
    QTest::addColumn<qint64>("done");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("count");
    QTest::addColumn<QString>("ratio");
    QTest::newRow("small") << qint64(3) << qint64(50) << English << "3"
                           << "3/50";
    QTest::newRow("grouped") << qint64(12'345) << qint64(100'000) << English << "12,345"
                             << "12,345/100,000";
    QTest::newRow("German") << qint64(12'345) << qint64(100'000) << German << "12.345"
                            << "12.345/100.000";
    QTest::newRow("total unknown") << qint64(7) << qint64(-1) << English << "7"
                                   << "7";
}

void TestFormatting::countsAndRatios()
{
    QFETCH(qint64, done);
    QFETCH(qint64, total);
    QFETCH(QLocale, locale);
    QFETCH(QString, count);
    QFETCH(QString, ratio);
    QCOMPARE(formatCount(done, locale), count);
    QCOMPARE(formatRatio(done, total, locale), ratio);
}

void TestFormatting::dateTime()
{
    QCOMPARE(formatDateTime(0, English), QString());
    const qint64 ms = QDateTime(QDate(2024, 3, 9), QTime(14, 5)).toMSecsSinceEpoch(); // local
    const QString english = formatDateTime(ms, English);
    QVERIFY2(english.contains(u"3/9/24"_s) && english.contains(u"2:05"_s), qPrintable(english));
    const QString german = formatDateTime(ms, German);
    QVERIFY2(german.contains(u"09.03.24"_s) && german.contains(u"14:05"_s), qPrintable(german));
}

QTEST_GUILESS_MAIN(TestFormatting)
#include "tst_formatting.moc"
