// The list filters: the batch search as the store filter that runs it, and
// the job search predicate. The SQL side is exercised end to end by
// tst_batchlistmodel (search) and tst_batchcommands (batch list filters).
#include "presentation/listfilters.h"

#include <QTest>

using namespace imapdesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(imapdesk::BatchFilter::Archived)

class TestBatchFilter final : public QObject
{
    Q_OBJECT

private slots:
    void batchFilter_data();
    void batchFilter();
    void searchEquality();
    void jobText_data();
    void jobText();
};

void TestBatchFilter::batchFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("mineOnly");
    QTest::addColumn<bool>("showArchived");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("filterText");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<BatchFilter::Archived>("archived");
    using A = BatchFilter::Archived;
    QTest::newRow("everything") << "" << false << false << "alice"
                                << ""
                                << "" << A::Exclude;
    QTest::newRow("archived too") << "" << false << true << "alice"
                                  << ""
                                  << "" << A::Include;
    QTest::newRow("mine") << "" << true << false << "alice"
                          << ""
                          << "alice" << A::Exclude;
    QTest::newRow("mine, user unknown") << "" << true << false << ""
                                        << ""
                                        << "" << A::Exclude;
    QTest::newRow("text trimmed") << "  Sales " << false << false << "alice"
                                  << "Sales"
                                  << "" << A::Exclude;
    QTest::newRow("id") << "12" << false << false << "alice"
                        << "12"
                        << "" << A::Exclude;
    QTest::newRow("#id") << " #12" << false << false << "alice"
                         << "12"
                         << "" << A::Exclude;
    QTest::newRow("# in a label") << "#sales" << false << false << "alice"
                                  << "#sales"
                                  << "" << A::Exclude;
    QTest::newRow("all at once") << "bob@" << true << true << "carol"
                                 << "bob@"
                                 << "carol" << A::Include;
}

void TestBatchFilter::batchFilter()
{
    QFETCH(QString, text);
    QFETCH(bool, mineOnly);
    QFETCH(bool, showArchived);
    QFETCH(QString, user);
    QFETCH(QString, filterText);
    QFETCH(QString, owner);
    QFETCH(BatchFilter::Archived, archived);
    const BatchFilter filter = batchFilterFor({text, mineOnly, showArchived}, user);
    QCOMPARE(filter.text, filterText);
    QCOMPARE(filter.owner, owner);
    QCOMPARE(filter.archived, archived);
    QVERIFY(!filter.createdBefore);
}

void TestBatchFilter::searchEquality()
{
    const BatchSearch search{u"a"_s, true, false};
    QVERIFY(search == (BatchSearch{u"a"_s, true, false}));
    QVERIFY(search != (BatchSearch{u"b"_s, true, false}));
    QVERIFY(search != (BatchSearch{u"a"_s, false, false}));
    QVERIFY(search != (BatchSearch{u"a"_s, true, true}));
}

void TestBatchFilter::jobText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    // user1 alice@old.example, user2 a.smith@new.example
    QTest::newRow("empty") << "" << true;
    QTest::newRow("blank") << "   " << true;
    QTest::newRow("source") << "alice" << true;
    QTest::newRow("destination") << "smith" << true;
    QTest::newRow("case") << "ALICE@OLD" << true;
    QTest::newRow("trimmed") << " new.example " << true;
    QTest::newRow("domain of either") << "example" << true;
    QTest::newRow("no match") << "bob" << false;
    QTest::newRow("across both users") << "example a.smith" << false;
}

void TestBatchFilter::jobText()
{
    QFETCH(QString, text);
    QFETCH(bool, matches);
    QCOMPARE(jobMatchesText(u"alice@old.example"_s, u"a.smith@new.example"_s, text), matches);
}

QTEST_GUILESS_MAIN(TestBatchFilter)
#include "tst_batchfilter.moc"
