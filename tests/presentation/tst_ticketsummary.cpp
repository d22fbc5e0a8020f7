#include "presentation/ticketsummary.h"

#include <QTest>

using namespace imapdesk;

namespace {

JobRecord job(const QString &user, JobState state, std::optional<ExitVerdict> verdict = {})
{
    JobRecord record;
    record.user1 = user;
    record.user2 = user;
    record.state = state;
    if (verdict) {
        AttemptRecord attempt;
        attempt.verdict = verdict;
        record.latestAttempt = attempt;
    }
    return record;
}

BatchReport report()
{
    BatchReport r;
    r.batch.id = 42;
    r.batch.spec.label = QStringLiteral("ticket 4711");
    r.batch.spec.source = {
        QStringLiteral("imap.old.example"), 0, Security::Ssl, ProviderPreset::None, {}};
    r.batch.spec.destination = {
        QStringLiteral("imap.new.example"), 143, Security::StartTls, ProviderPreset::None, {}};
    r.batch.state = JobState::Failed;
    r.batch.counts.total = 3;
    r.batch.counts.succeeded = 1;
    r.batch.counts.failed = 1;
    r.batch.counts.cancelled = 1;
    r.batch.messagesCopied = 1234;
    r.batch.bytesCopied = 5 * 1024 * 1024;
    r.batch.firstStartedAt = 1000;
    r.batch.lastEndedAt = 1000 + 125000;
    r.jobs << job(QStringLiteral("alice@old.example"), JobState::Succeeded,
                  judgeImapsyncExit(ProcessEnd::exited(0), false, {}))
           << job(QStringLiteral("bob@old.example"), JobState::Failed,
                  judgeImapsyncExit(ProcessEnd::exited(161), false, {}))
           << job(QStringLiteral("carol@old.example"), JobState::Cancelled);
    return r;
}

} // namespace

class TestTicketSummary final : public QObject
{
    Q_OBJECT

private slots:
    void saysWhatAndWhere_data();
    void saysWhatAndWhere();
    void listsOnlyAccountsThatDidNotSucceed();
};

void TestTicketSummary::saysWhatAndWhere_data()
{
    QTest::addColumn<QString>("part");
    QTest::newRow("id and label") << "ImapDesk batch 42 \"ticket 4711\"";
    QTest::newRow("servers with ports") << "From imap.old.example:993 to imap.new.example:143";
    QTest::newRow("messages") << "1,234";
    QTest::newRow("duration") << "Duration: 2 min 05 s";
}

void TestTicketSummary::saysWhatAndWhere()
{
    QFETCH(QString, part);
    const QString text = ticketSummary(report(), 200000);
    QVERIFY2(text.contains(part), qPrintable(text));
}

void TestTicketSummary::listsOnlyAccountsThatDidNotSucceed()
{
    const QString text = ticketSummary(report(), 200000);
    QVERIFY2(!text.contains(QStringLiteral("alice@")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("- bob@old.example -> bob@old.example: ")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("(exit 161)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("- carol@old.example -> carol@old.example: Cancelled")),
             qPrintable(text));
}

QTEST_GUILESS_MAIN(TestTicketSummary)
#include "tst_ticketsummary.moc"
