#include "accounts/accountlistparser.h"
#include "models/accountpreviewmodel.h"
#include "models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

using imapdesk::AccountPreviewModel;
using imapdesk::CheckLevel;
using imapdesk::PreflightSide;
using imapdesk::ProbeOutcome;
using imapdesk::ProbeResult;

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

ProbeResult result(ProbeOutcome outcome, const QString &serverText = QString())
{
    ProbeResult probe;
    probe.outcome = outcome;
    probe.serverText = serverText;
    probe.message = QStringLiteral("message of %1").arg(imapdesk::probeOutcomeName(outcome));
    return probe;
}

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
    void checkCellsShowTheResult();
    void checksSurviveTheSameAccounts();
    void stoppedCheckClearsPendingCells();
    void checkIconsComeFromTheView();
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

// The accounts' rows (0 and 2 of MixedList) carry the cells, the others stay empty.
void TestAccountPreviewModel::checkCellsShowTheResult()
{
    AccountPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccountList(parse(MixedList));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setChecking(1, PreflightSide::Source);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(),
             model.index(2, AccountPreviewModel::SourceCheckColumn));
    QCOMPARE(model.index(2, AccountPreviewModel::SourceCheckColumn).data().toString(),
             QStringLiteral("Checking…"));
    QVERIFY(
        model.index(2, AccountPreviewModel::DestinationCheckColumn).data().toString().isEmpty());

    model.setCheckResult(1, PreflightSide::Source,
                         result(ProbeOutcome::AuthFailed,
                                QStringLiteral("[AUTHENTICATIONFAILED] Authentication failed.")));
    const QModelIndex failed = model.index(2, AccountPreviewModel::SourceCheckColumn);
    QCOMPARE(failed.data().toString(),
             QStringLiteral("Login failed: [AUTHENTICATIONFAILED] Authentication failed."));
    QVERIFY(failed.data(Qt::ToolTipRole).toString().contains(QStringLiteral("message of")));
    QVERIFY(failed.data(Qt::ForegroundRole).isValid());
    QCOMPARE(imapdesk::checkLevel(model.check(1, PreflightSide::Source)), CheckLevel::Failed);

    ProbeResult tls = result(ProbeOutcome::TlsProblem);
    tls.tls.problems = {imapdesk::CertificateProblem::SelfSigned,
                        imapdesk::CertificateProblem::NameMismatch};
    model.setCheckResult(0, PreflightSide::Destination, tls);
    QCOMPARE(model.index(0, AccountPreviewModel::DestinationCheckColumn).data().toString(),
             QStringLiteral("Certificate problem: self-signed, name mismatch"));
    model.setCheckResult(0, PreflightSide::Source, result(ProbeOutcome::Unreachable));
    QCOMPARE(model.index(0, AccountPreviewModel::SourceCheckColumn).data().toString(),
             QStringLiteral("Unreachable"));
    model.setCheckResult(0, PreflightSide::Source, result(ProbeOutcome::InsecureRefused));
    QCOMPARE(imapdesk::checkLevel(model.check(0, PreflightSide::Source)), CheckLevel::Warning);
    model.setCheckResult(0, PreflightSide::Source, result(ProbeOutcome::Ok));
    QCOMPARE(model.index(0, AccountPreviewModel::SourceCheckColumn).data().toString(),
             QStringLiteral("OK"));
    QVERIFY(
        !model.index(0, AccountPreviewModel::SourceCheckColumn).data(Qt::ForegroundRole).isValid());
    // Rejected and duplicate lines have no check.
    for (const int row : {1, 3}) {
        QVERIFY(
            model.index(row, AccountPreviewModel::SourceCheckColumn).data().toString().isEmpty());
    }
    QCOMPARE(
        model.headerData(AccountPreviewModel::DestinationCheckColumn, Qt::Horizontal).toString(),
        QStringLiteral("Destination check"));
}

// Re-parsing the same text keeps the results; another account (or password) drops them.
void TestAccountPreviewModel::checksSurviveTheSameAccounts()
{
    AccountPreviewModel model;
    model.setAccountList(parse(MixedList));
    QSignalSpy cleared(&model, &AccountPreviewModel::checksCleared);
    model.setCheckResult(0, PreflightSide::Source, result(ProbeOutcome::Ok));
    model.setAccountList(parse(MixedList + "\n"));
    QCOMPARE(cleared.size(), 0);
    QCOMPARE(model.index(0, AccountPreviewModel::SourceCheckColumn).data().toString(),
             QStringLiteral("OK"));
    QByteArray otherPassword = MixedList;
    otherPassword.replace("Alpha-Secret-1", "Alpha-Secret-9");
    model.setAccountList(parse(otherPassword));
    QCOMPARE(cleared.size(), 1);
    QVERIFY(model.index(0, AccountPreviewModel::SourceCheckColumn).data().toString().isEmpty());
}

void TestAccountPreviewModel::stoppedCheckClearsPendingCells()
{
    AccountPreviewModel model;
    model.setAccountList(parse(MixedList));
    model.setCheckResult(0, PreflightSide::Source, result(ProbeOutcome::Ok));
    model.setChecking(0, PreflightSide::Destination);
    model.setChecking(1, PreflightSide::Source);
    model.clearPendingChecks();
    QCOMPARE(imapdesk::checkLevel(model.check(0, PreflightSide::Source)), CheckLevel::Ok);
    QCOMPARE(imapdesk::checkLevel(model.check(0, PreflightSide::Destination)), CheckLevel::None);
    QCOMPARE(imapdesk::checkLevel(model.check(1, PreflightSide::Source)), CheckLevel::None);
    model.clearChecks();
    QCOMPARE(imapdesk::checkLevel(model.check(0, PreflightSide::Source)), CheckLevel::None);
}

void TestAccountPreviewModel::checkIconsComeFromTheView()
{
    AccountPreviewModel model;
    model.setAccountList(parse(MixedList));
    model.setCheckResult(0, PreflightSide::Source, result(ProbeOutcome::Ok));
    const QModelIndex cell = model.index(0, AccountPreviewModel::SourceCheckColumn);
    QVERIFY(!cell.data(Qt::DecorationRole).isValid());
    QList<CheckLevel> asked;
    model.setCheckIcons([&asked](CheckLevel level) {
        asked << level;
        return QIcon();
    });
    cell.data(Qt::DecorationRole);
    model.index(0, AccountPreviewModel::DestinationCheckColumn).data(Qt::DecorationRole);
    QCOMPARE(asked, QList<CheckLevel>{CheckLevel::Ok}); // nothing for an unchecked cell
}

QTEST_GUILESS_MAIN(TestAccountPreviewModel)
#include "tst_accountpreviewmodel.moc"
