// The CSV report of a batch: RFC 4180 quoting, and a report read from both databases.
#include "storage/batchreportcsv.h"
#include "storagetestdb.h"

#include <QBuffer>
#include <QTest>

using namespace imapdesk;
using namespace imapdesk::test;

namespace {

// A strict RFC 4180 reader for the checks: rows of fields, CRLF line ends.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

QString column(const QList<QStringList> &rows, int row, const QString &name)
{
    return rows[row].value(int(rows.first().indexOf(name)));
}

} // namespace

class TestBatchReportCsv final : public QObject
{
    Q_OBJECT

private slots:
    void quoting_data();
    void quoting();
    void reportOfBatch_data() { addBackendRows(); }
    void reportOfBatch();
    void writeFailure();
};

void TestBatchReportCsv::quoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << "user@example.com"
                           << "user@example.com";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("comma") << "Doe, John"
                           << "\"Doe, John\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "a\nb"
                             << "\"a\nb\"";
    QTest::newRow("carriage return") << "a\rb"
                                     << "\"a\rb\"";
    QTest::newRow("semicolon and spaces kept") << " a; b "
                                               << " a; b ";
    QTest::newRow("non-ASCII") << "jörg@müller.example"
                               << "jörg@müller.example";
}

void TestBatchReportCsv::quoting()
{
    QFETCH(QString, value);
    QTEST(csvField(value), "field");
}

void TestBatchReportCsv::reportOfBatch()
{
    QFETCH(QString, backend);
    StoreFixture f;
    QString error;
    QVERIFY2(f.setUp(backend, &error), qPrintable(error));
    const QList<NewJob> jobs{
        {QStringLiteral("jörg@old.example"), QStringLiteral("joerg@new.example"), QString()},
        {QStringLiteral("o\"neil,jr"), QStringLiteral("line\nbreak"), QString()},
        {QStringLiteral("waiting@old.example"), QStringLiteral("waiting@new.example"), QString()}};
    const qint64 batchId =
        f.store->addBatch(sampleBatch(QStringLiteral("Phase \"1\", ACME")), jobs).value();
    auto claimed = f.store->claimNextJob(testRunner(QStringLiteral("r"))).value();
    QVERIFY(
        f.store->startedProcess(claimed->attemptId, 1, QStringLiteral("/logs/a,b.log")).value());
    f.clock += 61500;
    JobStats stats;
    stats.messagesCopied = 1200;
    stats.messagesSkipped = 3;
    stats.messagesTotal = 1203;
    stats.bytesCopied = 5'000'000'000LL;
    stats.bytesTotal = 5'000'000'001LL;
    stats.errorCount = 0;
    QVERIFY(f.store->finishAttempt(claimed->attemptId, stats, succeeded()).value());
    claimed = f.store->claimNextJob(testRunner(QStringLiteral("r"))).value();
    QVERIFY(f.store->finishAttempt(claimed->attemptId, JobStats(), failedWith(162)).value());

    const auto report = f.store->batchReport(batchId);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY2(writeBatchReportCsv(buffer, report.value(), &error), qPrintable(error));
    const QString text = QString::fromUtf8(buffer.data());
    QVERIFY(text.endsWith(QLatin1String("\r\n")));

    const QList<QStringList> rows = parseCsv(text);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.first().first(), QStringLiteral("batch_id"));
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), rows.first().size());
    QCOMPARE(column(rows, 1, QStringLiteral("batch_label")), QStringLiteral("Phase \"1\", ACME"));
    QCOMPARE(column(rows, 1, QStringLiteral("user1")), QStringLiteral("jörg@old.example"));
    QCOMPARE(column(rows, 1, QStringLiteral("state")), QStringLiteral("succeeded"));
    QCOMPARE(column(rows, 1, QStringLiteral("exit_code")), QStringLiteral("0"));
    QCOMPARE(column(rows, 1, QStringLiteral("verdict")), succeeded().title);
    QCOMPARE(column(rows, 1, QStringLiteral("messages_copied")), QStringLiteral("1200"));
    QCOMPARE(column(rows, 1, QStringLiteral("bytes_total")), QStringLiteral("5000000001"));
    QCOMPARE(column(rows, 1, QStringLiteral("started_at")), QStringLiteral("2023-11-14T22:13:20Z"));
    QCOMPARE(column(rows, 1, QStringLiteral("duration_seconds")), QStringLiteral("61"));
    QCOMPARE(column(rows, 1, QStringLiteral("log_file")), QStringLiteral("/logs/a,b.log"));
    QCOMPARE(column(rows, 2, QStringLiteral("user1")), QStringLiteral("o\"neil,jr"));
    QCOMPARE(column(rows, 2, QStringLiteral("user2")), QStringLiteral("line\nbreak"));
    QCOMPARE(column(rows, 2, QStringLiteral("exit_code")), QStringLiteral("162"));
    QCOMPARE(column(rows, 2, QStringLiteral("verdict_category")), QStringLiteral("credentials"));
    QCOMPARE(column(rows, 2, QStringLiteral("messages_total")), QString()); // unknown
    QCOMPARE(column(rows, 3, QStringLiteral("state")), QStringLiteral("queued"));
    QCOMPARE(column(rows, 3, QStringLiteral("started_at")), QString());
}

void TestBatchReportCsv::writeFailure()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QString error;
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QVERIFY(!writeBatchReportCsv(buffer, BatchReport(), &error));
    QVERIFY2(error.contains(QStringLiteral("Could not write the report")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestBatchReportCsv)
#include "tst_batchreportcsv.moc"
