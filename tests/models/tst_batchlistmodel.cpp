// BatchListModel on a real SQLite history: columns and roles, sorting on raw
// values through the proxy, the search, and re-reads applied as row diffs.
#include "models/batchlistmodel.h"
#include "models/sortproxymodel.h"
#include "models/tableroles.h"
#include "servicefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace imapdesk;
using namespace imapdesk::test;
using namespace Qt::StringLiterals;

using Model = BatchListModel;

class TestBatchListModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rowsAndColumns();
    void rawAndDisplayRoles();
    void progressAndState();
    void sortsOnRawValues_data();
    void sortsOnRawValues();
    void search_data();
    void search();
    void addedBatchIsOneInsert();
    void removedBatchIsOneRemove();
    void changedBatchIsOneRow();
    void unchangedReloadIsSilent();
    void burstIsCoalesced();
    void runningBatchIsReRead();

private:
    std::unique_ptr<Model> newModel();
    QString cell(const Model &model, qint64 batchId, int column, int role = Qt::DisplayRole);

    std::unique_ptr<ServiceFixture> m_f;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestBatchListModel::initTestCase()
{
    // Texts below are English with "," grouping and "." decimals.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestBatchListModel::init()
{
    m_f = std::make_unique<ServiceFixture>();
    QString error;
    QVERIFY2(m_f->open(&error), qPrintable(error));
}

void TestBatchListModel::cleanup()
{
    m_tester.reset();
    m_f.reset();
}

std::unique_ptr<Model> TestBatchListModel::newModel()
{
    auto model = std::make_unique<Model>(&m_f->service());
    model->setCurrentUser(u"alice"_s);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    return model;
}

QString TestBatchListModel::cell(const Model &model, qint64 batchId, int column, int role)
{
    return model.index(model.rowOf(batchId), column).data(role).toString();
}

void TestBatchListModel::rowsAndColumns()
{
    const qint64 first = m_f->addBatch(u"first"_s, 3);
    const qint64 second = m_f->addBatch(u"second"_s, 2, u"bob"_s);
    auto model = newModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->columnCount(), int(Model::ColumnCount));
    QCOMPARE(model->batchId(0), first);
    QCOMPARE(model->batchId(1), second);
    QCOMPARE(model->rowOf(second), 1);
    QCOMPARE(model->rowOf(999), -1);
    QCOMPARE(model->batch(1).spec.owner, u"bob"_s);
    QCOMPARE(cell(*model, first, Model::LabelColumn), u"first"_s);
    QCOMPARE(cell(*model, first, Model::ServersColumn), u"imap.old.example → imap.new.example"_s);
    QCOMPARE(cell(*model, second, Model::OwnerColumn), u"bob"_s);
    QCOMPARE(model->headerData(Model::CreatedColumn, Qt::Horizontal).toString(), u"Created"_s);
}

void TestBatchListModel::rawAndDisplayRoles()
{
    m_f->setNow(1'700'000'000'000);
    const qint64 id = m_f->addBatch(u"roles"_s, 12);
    const ClaimedJob job = m_f->start(id);
    m_f->setNow(1'700'000'065'000); // 65 s later
    m_f->finish(job, 0, progressStats(50));
    auto model = newModel();
    const QModelIndex created = model->index(0, Model::CreatedColumn);
    QCOMPARE(created.data(UnderlyingDataRole), QVariant(qint64(1'700'000'000'000)));
    QVERIFY(!created.data().toString().isEmpty());
    QVERIFY(created.data().toString() != created.data(UnderlyingDataRole).toString());
    const QModelIndex duration = model->index(0, Model::DurationColumn);
    QCOMPARE(duration.data(UnderlyingDataRole), QVariant(qint64(65'000)));
    QCOMPARE(duration.data().toString(), u"1 min 05 s"_s);
    QCOMPARE(model->index(0, Model::AccountsColumn).data(UnderlyingDataRole), QVariant(12));
    QCOMPARE(model->index(0, Model::IdColumn).data(UnderlyingDataRole), QVariant(id));
    QCOMPARE(model->index(0, Model::LabelColumn).data(IdRole), QVariant(id));
    QCOMPARE(model->index(0, Model::IdColumn).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

void TestBatchListModel::progressAndState()
{
    const qint64 id = m_f->addBatch(u"progress"_s, 4);
    m_f->finish(m_f->start(id), 0, progressStats(50, 50));
    const ClaimedJob running = m_f->start(id);
    m_f->store().updateAttemptStats(running.attemptId, progressStats(10, 50));
    auto model = newModel();
    const QVariant value = model->index(0, Model::ProgressColumn).data(ProgressRole);
    QVERIFY(value.canConvert<ProgressValue>());
    const ProgressValue progress = value.value<ProgressValue>();
    // Two of four jobs started, 60 of 100 messages copied: 0.3; one ended: 0.25.
    QCOMPARE(progress.fraction, 0.3);
    QCOMPARE(progress.text, u"1/4 jobs, 60/100 messages"_s);
    QCOMPARE(model->index(0, Model::ProgressColumn).data(UnderlyingDataRole).toDouble(), 0.3);
    QCOMPARE(model->index(0, Model::ProgressColumn).data().toString(), progress.text);
    QVERIFY(!model->index(0, Model::StateColumn).data(ProgressRole).isValid());
    const QModelIndex state = model->index(0, Model::StateColumn);
    QCOMPARE(state.data(StateRole), QVariant(int(JobState::Running)));
    QCOMPARE(model->index(0, Model::OwnerColumn).data(StateRole), QVariant(int(JobState::Running)));
    QCOMPARE(state.data(StateIconRole), QVariant(u"state-running"_s));
    QCOMPARE(state.data().toString(), u"Running"_s);
    QCOMPARE(state.data(Qt::ToolTipRole).toString(), u"1 Running, 2 Queued, 1 Succeeded"_s);
}

void TestBatchListModel::sortsOnRawValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QList<int>>("labelsInOrder"); // batch i has label "b<i>", i + 1 jobs
    // Ids 1..11: 2 before 10 (text would put "10" and "11" before "2").
    QTest::newRow("id") << int(Model::IdColumn) << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    QTest::newRow("accounts") << int(Model::AccountsColumn)
                              << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    // Created later for smaller numbers: time, not text order.
    QTest::newRow("created") << int(Model::CreatedColumn)
                             << QList<int>{11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
}

void TestBatchListModel::sortsOnRawValues()
{
    QFETCH(int, column);
    QFETCH(QList<int>, labelsInOrder);
    for (int i = 1; i <= 11; ++i) {
        // Creation times fall as ids grow.
        m_f->setNow(1'700'000'000'000 + (12 - i) * 60'000);
        m_f->addBatch(u"b%1"_s.arg(i), i);
    }
    auto model = newModel();
    SortProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(model.get());
    proxy.sort(column, Qt::AscendingOrder);
    QList<int> labels;
    for (int row = 0; row < proxy.rowCount(); ++row)
        labels << proxy.index(row, Model::LabelColumn).data().toString().mid(1).toInt();
    QCOMPARE(labels, labelsInOrder);
}

void TestBatchListModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("mineOnly");
    QTest::addColumn<bool>("showArchived");
    QTest::addColumn<QStringList>("labels");
    // alpha (alice, users a*), beta (bob, users b*, domain corp.example),
    // gamma (alice, to mail.other.example, archived).
    QTest::newRow("all") << "" << false << false << QStringList{u"alpha"_s, u"beta"_s};
    QTest::newRow("archived too") << "" << false << true
                                  << QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s};
    QTest::newRow("mine") << "" << true << false << QStringList{u"alpha"_s};
    QTest::newRow("mine, archived") << "" << true << true << QStringList{u"alpha"_s, u"gamma"_s};
    QTest::newRow("label") << "ALP" << false << false << QStringList{u"alpha"_s};
    QTest::newRow("user") << "BUB@" << false << false << QStringList{u"beta"_s};
    QTest::newRow("domain") << "corp.example" << false << false << QStringList{u"beta"_s};
    QTest::newRow("host") << "other" << false << true << QStringList{u"gamma"_s};
    QTest::newRow("host, archived hidden") << "other" << false << false << QStringList{};
    QTest::newRow("id") << "2" << false << false << QStringList{u"beta"_s};
    QTest::newRow("#id") << " #1 " << false << false << QStringList{u"alpha"_s};
    QTest::newRow("nothing") << "zzz" << false << true << QStringList{};
}

void TestBatchListModel::search()
{
    QFETCH(QString, text);
    QFETCH(bool, mineOnly);
    QFETCH(bool, showArchived);
    QFETCH(QStringList, labels);
    m_f->addBatch(u"alpha"_s, 2, u"alice"_s, {}, u"au"_s);
    m_f->addBatch(
        u"beta"_s, 2, u"bob"_s, [](NewBatch &b) { b.defaultDomain = u"corp.example"_s; }, u"bu"_s);
    const qint64 gamma = m_f->addBatch(
        u"gamma"_s, 1, u"alice"_s,
        [](NewBatch &b) { b.destination.host = u"mail.other.example"_s; }, u"gu"_s);
    QVERIFY(m_f->store().setArchived(gamma, true).ok());
    auto model = newModel();
    model->setSearch({text, mineOnly, showArchived});
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown << model->index(row, Model::LabelColumn).data().toString();
    QCOMPARE(shown, labels);
    // Clearing the search brings the rest back as insertions, not a reset.
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
    model->setSearch({});
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(resets.count(), 0);
}

void TestBatchListModel::addedBatchIsOneInsert()
{
    m_f->addBatch(u"one"_s, 1);
    m_f->addBatch(u"two"_s, 1);
    auto model = newModel();
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
    const qint64 third = m_f->addBatch(u"three"_s, 4);
    emit m_f->service().batchesChanged(); // what the service does after its own addBatch
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model->rowOf(third), 2);
    QCOMPARE(cell(*model, third, Model::AccountsColumn), u"4"_s);
}

void TestBatchListModel::removedBatchIsOneRemove()
{
    const qint64 first = m_f->addBatch(u"one"_s, 1);
    const qint64 second = m_f->addBatch(u"two"_s, 1);
    const qint64 third = m_f->addBatch(u"three"_s, 1);
    auto model = newModel();
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_f->store().deleteBatch(second).ok());
    model->reload();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model->rowOf(first), 0);
    QCOMPARE(model->rowOf(second), -1);
    QCOMPARE(model->rowOf(third), 1); // the index follows the rows
}

void TestBatchListModel::changedBatchIsOneRow()
{
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << m_f->addBatch(u"b%1"_s.arg(i), 2);
    auto model = newModel();
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    m_f->finish(m_f->start(ids[3]), 0, progressStats(50));
    model->reload();
    QCOMPARE(changed.count(), 1);
    const QModelIndex top = changed.at(0).at(0).toModelIndex();
    const QModelIndex bottom = changed.at(0).at(1).toModelIndex();
    QCOMPARE(top.row(), 3);
    QCOMPARE(bottom.row(), 3);
    QCOMPARE(top.column(), 0);
    QCOMPARE(bottom.column(), int(Model::ColumnCount) - 1);
    QCOMPARE(inserted.count() + removed.count(), 0);
    QCOMPARE(cell(*model, ids[3], Model::ProgressColumn), u"1/2 jobs, 50/50 messages"_s);
}

void TestBatchListModel::unchangedReloadIsSilent()
{
    m_f->addBatch(u"quiet"_s, 2);
    auto model = newModel();
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    model->reload();
    model->reload();
    QCOMPARE(changed.count(), 0);
    QCOMPARE(inserted.count(), 0);
}

// Many changes reach the model as one batchesChanged() (the service coalesces)
// and, as most rows changed, as one dataChanged over the whole table.
void TestBatchListModel::burstIsCoalesced()
{
    QList<qint64> ids;
    for (int i = 0; i < 10; ++i)
        ids << m_f->addBatch(u"b%1"_s.arg(i), 1);
    auto model = newModel();
    model->setSearch({QString(), false, true});
    QSignalSpy announced(&m_f->service(), &MigrationService::batchesChanged);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QString error;
    for (int i = 0; i < 8; ++i)
        QVERIFY2(m_f->service().setArchived(ids[i], true, &error), qPrintable(error));
    QVERIFY(announced.wait(2000));
    QTest::qWait(300); // nothing else follows
    QCOMPARE(announced.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 9);
    QCOMPARE(cell(*model, ids[0], Model::StateColumn), u"Queued, archived"_s);
}

// While a batch runs, the list re-reads the store by itself: progress written
// by any runner shows, and the duration moves.
void TestBatchListModel::runningBatchIsReRead()
{
    const qint64 id = m_f->addBatch(u"live"_s, 2);
    const ClaimedJob job = m_f->start(id);
    auto model = newModel();
    model->setRunningRefreshInterval(50);
    qint64 now = m_f->now();
    model->setClock([&now] { return now; });
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    m_f->store().updateAttemptStats(job.attemptId, progressStats(25));
    now += 3000;
    QVERIFY(changed.wait(1000));
    QTRY_COMPARE(cell(*model, id, Model::ProgressColumn), u"0/2 jobs, 25/50 messages"_s);
    QCOMPARE(model->index(0, Model::DurationColumn).data(UnderlyingDataRole),
             QVariant(qint64(3000)));
    // Once nothing runs, the re-reads stop.
    m_f->finish(job, 0, progressStats(50));
    QTRY_COMPARE(model->index(0, Model::StateColumn).data(StateRole),
                 QVariant(int(JobState::Queued)));
    changed.clear();
    now += 5000;
    QTest::qWait(200);
    QCOMPARE(changed.count(), 0);
}

QTEST_GUILESS_MAIN(TestBatchListModel)
#include "tst_batchlistmodel.moc"
