#include "accounts/accountlistparser.h"
#include "models/accountpreviewmodel.h"
#include "models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

using imapdesk::AccountPreviewModel;

namespace {

imapdesk::AccountList parse(QByteArray text)
{
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    return imapdesk::parseAccountList(buffer);
}

const QByteArray MixedList = "alice@example.com Alpha-Secret-1\n"
                             "dave@example.com\n"
                             "bob@example.com Bravo-Secret-2 robert@example.org Bravo-Dest-3\n"
                             "ALICE@example.com Other-Secret-4\n";

} // namespace

class TestAccountPreviewModel final : public QObject
{
    Q_OBJECT

private slots:
    void rowsFollowLineOrder();
    void passwordsAreNeverDisplayed();
    void statusNamesTheProblem_data();
    void statusNamesTheProblem();
    void resetIsSignalled();
};

void TestAccountPreviewModel::rowsFollowLineOrder()
{
    AccountPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccountList(parse(MixedList));
    QCOMPARE(model.rowCount(), 4);
    for (int row = 0; row < 4; ++row)
        QCOMPARE(model.index(row, AccountPreviewModel::LineColumn).data().toInt(), row + 1);
    QCOMPARE(model.rowKind(0), AccountPreviewModel::RowKind::Accepted);
    QCOMPARE(model.rowKind(1), AccountPreviewModel::RowKind::Rejected);
    QCOMPARE(model.rowKind(2), AccountPreviewModel::RowKind::Accepted);
    QCOMPARE(model.rowKind(3), AccountPreviewModel::RowKind::Duplicate);
    QCOMPARE(model.index(2, AccountPreviewModel::User2Column).data().toString(),
             QStringLiteral("robert@example.org"));
    // Sorting uses the raw line number, not its text ("10" < "9").
    QCOMPARE(model.index(0, AccountPreviewModel::LineColumn).data(imapdesk::UnderlyingDataRole),
             QVariant(1));
}

void TestAccountPreviewModel::passwordsAreNeverDisplayed()
{
    AccountPreviewModel model;
    model.setAccountList(parse(MixedList));
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QString text = model.index(row, column).data().toString();
            QVERIFY2(!text.contains(QStringLiteral("Secret")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("Bravo-Dest")), qPrintable(text));
        }
    }
    QVERIFY(!model.index(0, AccountPreviewModel::PasswordColumn).data().toString().isEmpty());
}

void TestAccountPreviewModel::statusNamesTheProblem_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("statusPart");
    QTest::newRow("accepted") << 0 << "OK";
    QTest::newRow("rejected") << 1 << "missing password";
    QTest::newRow("duplicate") << 3 << "Duplicate of line 1";
}

void TestAccountPreviewModel::statusNamesTheProblem()
{
    QFETCH(int, row);
    QFETCH(QString, statusPart);
    AccountPreviewModel model;
    model.setAccountList(parse(MixedList));
    const QString status = model.index(row, AccountPreviewModel::StatusColumn).data().toString();
    QVERIFY2(status.contains(statusPart), qPrintable(status));
}

void TestAccountPreviewModel::resetIsSignalled()
{
    AccountPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setAccountList(parse(MixedList));
    model.setAccountList(parse("zoe@example.com pw\n"));
    QCOMPARE(resets.count(), 2);
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestAccountPreviewModel)
#include "tst_accountpreviewmodel.moc"
