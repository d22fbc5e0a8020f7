#include "imapsync/exitcodes.h"

#include <QTest>

#include <csignal>

using namespace imapdesk;

Q_DECLARE_METATYPE(imapdesk::ProcessEnd)

class TestExitCodes final : public QObject
{
    Q_OBJECT

private slots:
    void documentedCodes();
    void catalogue_data();
    void catalogue();
    void explanationsHelp();
    void undocumentedCodes_data();
    void undocumentedCodes();
    void verdicts_data();
    void verdicts();
    void cancelByTerminateSignal();
    void cancelByAbortFile();
    void killedWithoutRequest();
    void spamOnly();
    void spamAndInboxFails();
    void spamFolders_data();
    void spamFolders();
};

void TestExitCodes::documentedCodes()
{
    // imapsync-interface.md §8, in order.
    const QList<int> expected = {0,   1,   6,   7,   8,   10,  12,  16,  21,  64,
                                 66,  69,  70,  101, 102, 111, 112, 113, 114, 115,
                                 116, 117, 118, 119, 120, 161, 162, 254};
    QCOMPARE(documentedExitCodes(), expected);
}

void TestExitCodes::catalogue_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("category");

    const struct
    {
        int code;
        const char *name;
        ExitCategory category;
    } rows[] = {
        {0, "EX_OK", ExitCategory::Success},
        {1, "EXIT_CATCH_ALL", ExitCategory::InternalError},
        {6, "EXIT_BY_SIGNAL", ExitCategory::Cancelled},
        {7, "EXIT_BY_FILE", ExitCategory::Cancelled},
        {8, "EXIT_PID_FILE_ERROR", ExitCategory::ConfigurationProblem},
        {10, "EXIT_CONNECTION_FAILURE", ExitCategory::ConnectionProblem},
        {12, "EXIT_TLS_FAILURE", ExitCategory::ConnectionProblem},
        {16, "EXIT_AUTHENTICATION_FAILURE", ExitCategory::CredentialsProblem},
        {21, "EXIT_SUBFOLDER1_NO_EXISTS", ExitCategory::ConfigurationProblem},
        {64, "EX_USAGE", ExitCategory::ConfigurationProblem},
        {66, "EX_NOINPUT", ExitCategory::LocalProblem},
        {69, "EX_UNAVAILABLE", ExitCategory::LocalProblem},
        {70, "EX_SOFTWARE", ExitCategory::InternalError},
        {101, "EXIT_CONNECTION_FAILURE_HOST1", ExitCategory::ConnectionProblem},
        {102, "EXIT_CONNECTION_FAILURE_HOST2", ExitCategory::ConnectionProblem},
        {111, "EXIT_WITH_ERRORS", ExitCategory::TransferErrors},
        {112, "EXIT_WITH_ERRORS_MAX", ExitCategory::TransferErrors},
        {113, "EXIT_OVERQUOTA", ExitCategory::QuotaProblem},
        {114, "EXIT_ERR_APPEND", ExitCategory::TransferErrors},
        {115, "EXIT_ERR_FETCH", ExitCategory::TransferErrors},
        {116, "EXIT_ERR_CREATE", ExitCategory::TransferErrors},
        {117, "EXIT_ERR_SELECT", ExitCategory::TransferErrors},
        {118, "EXIT_TRANSFER_EXCEEDED", ExitCategory::Incomplete},
        {119, "EXIT_ERR_APPEND_VIRUS", ExitCategory::TransferErrors},
        {120, "EXIT_ERR_FLAGS", ExitCategory::TransferErrors},
        {161, "EXIT_AUTHENTICATION_FAILURE_USER1", ExitCategory::CredentialsProblem},
        {162, "EXIT_AUTHENTICATION_FAILURE_USER2", ExitCategory::CredentialsProblem},
        {254, "EXIT_TESTS_FAILED", ExitCategory::InternalError},
    };
    for (const auto &row : rows) {
        QTest::newRow(row.name) << row.code << QString::fromLatin1(row.name) << int(row.category);
    }
}

void TestExitCodes::catalogue()
{
    QFETCH(int, code);
    QFETCH(QString, name);
    QFETCH(int, category);

    QVERIFY(documentedExitCodes().contains(code));
    const ExitCodeInfo info = describeExitCode(code);
    QVERIFY(info.documented);
    QCOMPARE(info.code, code);
    QCOMPARE(info.name, name);
    QCOMPARE(int(info.category), category);
    QVERIFY(!info.title.isEmpty());
    QVERIFY2(info.title.size() <= 32, qPrintable(info.title)); // fits a table column
    QVERIFY2(info.explanation.size() >= 60, qPrintable(info.explanation));
    QVERIFY(info.explanation.endsWith(QLatin1Char('.')) || info.explanation.endsWith(u')'));
}

void TestExitCodes::explanationsHelp()
{
    const ExitCodeInfo user1 = describeExitCode(161);
    QVERIFY(user1.explanation.contains(QStringLiteral("source server refused the login of user1")));
    QVERIFY(user1.explanation.contains(QStringLiteral("password")));
    QVERIFY(user1.explanation.contains(QStringLiteral("IMAP is enabled")));
    QVERIFY(describeExitCode(162).explanation.contains(QStringLiteral("user2")));
    QVERIFY(describeExitCode(113).explanation.contains(QStringLiteral("quota")));
    QVERIFY(describeExitCode(101).title.contains(QStringLiteral("Source")));
    QVERIFY(describeExitCode(102).title.contains(QStringLiteral("Destination")));
}

void TestExitCodes::undocumentedCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("titleFragment");

    QTest::newRow("perl die") << 255 << QStringLiteral("Perl error");
    QTest::newRow("errno from die") << 2 << QStringLiteral("2");
    QTest::newRow("unknown") << 42 << QStringLiteral("42");
}

void TestExitCodes::undocumentedCodes()
{
    QFETCH(int, code);
    QFETCH(QString, titleFragment);

    const ExitCodeInfo info = describeExitCode(code);
    QVERIFY(!info.documented);
    QVERIFY(info.name.isEmpty());
    QCOMPARE(info.category, ExitCategory::InternalError);
    QVERIFY2(info.title.contains(titleFragment), qPrintable(info.title));
    QVERIFY(!info.explanation.isEmpty());
    const ExitVerdict verdict = judgeImapsyncExit(ProcessEnd::exited(code), false, {});
    QCOMPARE(verdict.state, JobVerdictState::Failed);
    QCOMPARE(verdict.code, code);
}

void TestExitCodes::verdicts_data()
{
    QTest::addColumn<ProcessEnd>("end");
    QTest::addColumn<bool>("stopRequested");
    QTest::addColumn<QStringList>("errorFolders");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("category");
    QTest::addColumn<int>("code");

    const int ok = int(JobVerdictState::Succeeded);
    const int failed = int(JobVerdictState::Failed);
    const int cancelled = int(JobVerdictState::Cancelled);
    const QStringList none;

    QTest::newRow("success") << ProcessEnd::exited(0) << false << none << ok
                             << int(ExitCategory::Success) << 0;
    QTest::newRow("success although stop requested")
        << ProcessEnd::exited(0) << true << none << ok << int(ExitCategory::Success) << 0;
    QTest::newRow("SIGTERM after cancel") << ProcessEnd::killed(SIGTERM) << true << none
                                          << cancelled << int(ExitCategory::Cancelled) << -1;
    QTest::newRow("SIGKILL after cancel timeout")
        << ProcessEnd::killed(SIGKILL) << true << none << cancelled << int(ExitCategory::Cancelled)
        << -1;
    QTest::newRow("signal unknown after cancel")
        << ProcessEnd::killed() << true << none << cancelled << int(ExitCategory::Cancelled) << -1;
    QTest::newRow("SIGTERM from elsewhere") << ProcessEnd::killed(SIGTERM) << false << none
                                            << failed << int(ExitCategory::Killed) << -1;
    QTest::newRow("SIGKILL from elsewhere") << ProcessEnd::killed(SIGKILL) << false << none
                                            << failed << int(ExitCategory::Killed) << -1;
    QTest::newRow("abort file after cancel")
        << ProcessEnd::exited(7) << true << none << cancelled << int(ExitCategory::Cancelled) << 7;
    QTest::newRow("abort file from elsewhere")
        << ProcessEnd::exited(7) << false << none << cancelled << int(ExitCategory::Cancelled) << 7;
    QTest::newRow("exit 6 after cancel")
        << ProcessEnd::exited(6) << true << none << cancelled << int(ExitCategory::Cancelled) << 6;
    QTest::newRow("exit 6 from elsewhere")
        << ProcessEnd::exited(6) << false << none << failed << int(ExitCategory::Killed) << 6;
    QTest::newRow("login refused") << ProcessEnd::exited(161) << false << none << failed
                                   << int(ExitCategory::CredentialsProblem) << 161;
    QTest::newRow("login refused during a cancel")
        << ProcessEnd::exited(162) << true << none << failed
        << int(ExitCategory::CredentialsProblem) << 162;
    QTest::newRow("source unreachable") << ProcessEnd::exited(101) << false << none << failed
                                        << int(ExitCategory::ConnectionProblem) << 101;
    QTest::newRow("over quota") << ProcessEnd::exited(113) << false << none << failed
                                << int(ExitCategory::QuotaProblem) << 113;
    QTest::newRow("over quota in junk only is still a quota problem")
        << ProcessEnd::exited(113) << false << QStringList{"Junk"} << failed
        << int(ExitCategory::QuotaProblem) << 113;
    QTest::newRow("errors in spam only")
        << ProcessEnd::exited(111) << false << QStringList{"Junk", "Junk"} << ok
        << int(ExitCategory::TransferErrors) << 111;
    QTest::newRow("append errors in gmail spam")
        << ProcessEnd::exited(114) << false << QStringList{"[Gmail]/Spam"} << ok
        << int(ExitCategory::TransferErrors) << 114;
    QTest::newRow("spam and inbox")
        << ProcessEnd::exited(111) << false << QStringList{"Junk", "INBOX"} << failed
        << int(ExitCategory::TransferErrors) << 111;
    QTest::newRow("errors without folder") << ProcessEnd::exited(111) << false << none << failed
                                           << int(ExitCategory::TransferErrors) << 111;
    QTest::newRow("error outside folders and spam")
        << ProcessEnd::exited(115) << false << QStringList{"Spam", ""} << failed
        << int(ExitCategory::TransferErrors) << 115;
    QTest::newRow("inbox only") << ProcessEnd::exited(114) << false << QStringList{"INBOX"}
                                << failed << int(ExitCategory::TransferErrors) << 114;
    QTest::newRow("junk-only login failure is a failure")
        << ProcessEnd::exited(161) << false << QStringList{"Junk"} << failed
        << int(ExitCategory::CredentialsProblem) << 161;
    QTest::newRow("transfer limit") << ProcessEnd::exited(118) << false << none << failed
                                    << int(ExitCategory::Incomplete) << 118;
    QTest::newRow("usage error") << ProcessEnd::exited(64) << false << none << failed
                                 << int(ExitCategory::ConfigurationProblem) << 64;
    QTest::newRow("perl die") << ProcessEnd::exited(255) << false << none << failed
                              << int(ExitCategory::InternalError) << 255;
}

void TestExitCodes::verdicts()
{
    QFETCH(ProcessEnd, end);
    QFETCH(bool, stopRequested);
    QFETCH(QStringList, errorFolders);
    QFETCH(int, state);
    QFETCH(int, category);
    QFETCH(int, code);

    const ExitVerdict verdict = judgeImapsyncExit(end, stopRequested, errorFolders);
    QCOMPARE(int(verdict.state), state);
    QCOMPARE(int(verdict.category), category);
    QCOMPARE(verdict.code, code);
    QVERIFY(!verdict.title.isEmpty());
    QVERIFY(!verdict.explanation.isEmpty());
    if (end.killedBySignal) {
        QCOMPARE(verdict.signal, end.signal);
        QVERIFY(verdict.name.isEmpty());
    }
}

void TestExitCodes::cancelByTerminateSignal()
{
    // imapsync prints "Exiting with return value 6" and then dies by SIGTERM (§9).
    const ExitVerdict verdict = judgeImapsyncExit(ProcessEnd::killed(SIGTERM), true, {});
    QCOMPARE(verdict.state, JobVerdictState::Cancelled);
    QCOMPARE(verdict.title, QStringLiteral("Cancelled"));
    QVERIFY(verdict.explanation.contains(QStringLiteral("retry")));
    QCOMPARE(verdict.signal, SIGTERM);
    QVERIFY(!verdict.spamOnly);
}

void TestExitCodes::cancelByAbortFile()
{
    const ExitVerdict requested = judgeImapsyncExit(ProcessEnd::exited(7), true, {});
    QCOMPARE(requested.state, JobVerdictState::Cancelled);
    QCOMPARE(requested.name, QStringLiteral("EXIT_BY_FILE"));
    QCOMPARE(requested.title, QStringLiteral("Cancelled"));

    const ExitVerdict foreign = judgeImapsyncExit(ProcessEnd::exited(7), false, {});
    QCOMPARE(foreign.state, JobVerdictState::Cancelled);
    QVERIFY(foreign.explanation.contains(QStringLiteral("did not create")));
}

void TestExitCodes::killedWithoutRequest()
{
    const ExitVerdict verdict = judgeImapsyncExit(ProcessEnd::killed(SIGKILL), false, {});
    QCOMPARE(verdict.state, JobVerdictState::Failed);
    QVERIFY2(verdict.explanation.contains(QStringLiteral("SIGKILL")),
             qPrintable(verdict.explanation));
    QVERIFY(verdict.explanation.contains(QStringLiteral("memory")));

    const ExitVerdict unknown = judgeImapsyncExit(ProcessEnd::killed(), false, {});
    QVERIFY(unknown.explanation.contains(QStringLiteral("a signal")));
}

void TestExitCodes::spamOnly()
{
    const QStringList folders = {QStringLiteral("INBOX.Junk"), QStringLiteral("Junk E-mail")};
    const ExitVerdict verdict = judgeImapsyncExit(ProcessEnd::exited(114), false, folders);
    QCOMPARE(verdict.state, JobVerdictState::Succeeded);
    QVERIFY(verdict.spamOnly);
    QCOMPARE(verdict.title, QStringLiteral("Transfer OK, spam not synced"));
    QCOMPARE(verdict.code, 114);
    QCOMPARE(verdict.name, QStringLiteral("EXIT_ERR_APPEND"));
    QVERIFY2(verdict.explanation.contains(QStringLiteral("2 error")),
             qPrintable(verdict.explanation));
}

void TestExitCodes::spamAndInboxFails()
{
    const QStringList folders = {QStringLiteral("Junk"), QStringLiteral("INBOX")};
    const ExitVerdict verdict = judgeImapsyncExit(ProcessEnd::exited(111), false, folders);
    QCOMPARE(verdict.state, JobVerdictState::Failed);
    QVERIFY(!verdict.spamOnly);
    QCOMPARE(verdict.title, describeExitCode(111).title);
}

void TestExitCodes::spamFolders_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<bool>("spam");

    QTest::newRow("Junk") << QStringLiteral("Junk") << true;
    QTest::newRow("junk") << QStringLiteral("junk") << true;
    QTest::newRow("SPAM") << QStringLiteral("SPAM") << true;
    QTest::newRow("Junk E-mail") << QStringLiteral("Junk E-mail") << true;
    QTest::newRow("Junk Email") << QStringLiteral("Junk Email") << true;
    QTest::newRow("Junk-E-Mail") << QStringLiteral("Junk-E-Mail") << true;
    QTest::newRow("gmail") << QStringLiteral("[Gmail]/Spam") << true;
    QTest::newRow("google mail") << QStringLiteral("[Google Mail]/Spam") << true;
    QTest::newRow("dot separator") << QStringLiteral("INBOX.Junk") << true;
    QTest::newRow("slash separator") << QStringLiteral("INBOX/Spam") << true;
    QTest::newRow("backslash separator") << QStringLiteral("INBOX\\Junk") << true;
    QTest::newRow("below spam") << QStringLiteral("Spam/2019") << true;
    QTest::newRow("blanks around") << QStringLiteral(" Junk ") << true;
    QTest::newRow("french") << QStringLiteral("Courrier indésirable") << true;
    QTest::newRow("french upper") << QStringLiteral("COURRIER INDÉSIRABLE") << true;
    QTest::newRow("french mutf7") << QStringLiteral("Courrier ind&AOk-sirable") << true;
    QTest::newRow("german gmx") << QStringLiteral("Spamverdacht") << true;
    QTest::newRow("german web.de mutf7") << QStringLiteral("Unerw&APw-nscht") << true;
    QTest::newRow("spanish") << QStringLiteral("Correo no deseado") << true;
    QTest::newRow("yahoo") << QStringLiteral("Bulk Mail") << true;
    QTest::newRow("inbox") << QStringLiteral("INBOX") << false;
    QTest::newRow("sent") << QStringLiteral("Sent") << false;
    QTest::newRow("trash") << QStringLiteral("Trash") << false;
    QTest::newRow("junkyard") << QStringLiteral("Junkyard") << false;
    QTest::newRow("spammers") << QStringLiteral("Spammers") << false;
    QTest::newRow("junk food") << QStringLiteral("Projects/Junk food") << false;
    QTest::newRow("ampersand literal") << QStringLiteral("Client &- Co") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestExitCodes::spamFolders()
{
    QFETCH(QString, folder);
    QFETCH(bool, spam);

    QCOMPARE(isSpamFolder(folder), spam);
}

QTEST_GUILESS_MAIN(TestExitCodes)
#include "tst_exitcodes.moc"
