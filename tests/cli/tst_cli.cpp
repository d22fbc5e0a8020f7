// Runs the real `imapdesk` executable as a user would from a terminal.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Fixtures = QStringLiteral(IMAPDESK_TEST_FIXTURES "/cli/");

// Every password in the CLI fixtures: none may ever be printed.
const QStringList FixturePasswords = {
    QStringLiteral("Alpha-Secret-1"), QStringLiteral("Bravo#Secret2"),
    QStringLiteral("Bravo-Dest-3"),   QStringLiteral("Charlie Secret 4"),
    QStringLiteral("Echo-Secret-5"),  QStringLiteral("Foxtrot-Secret-6"),
    QStringLiteral("Other-Secret-7"), QStringLiteral("Golf, Secret \"8\""),
    QStringLiteral("Secret")};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runImapdesk(const QStringList &arguments, const QByteArray &stdinData = {})
{
    QProcess process;
    process.start(QStringLiteral(IMAPDESK_BINARY), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(stdinData);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QJsonObject parseJson(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("invalid JSON (%s): %s", qPrintable(error.errorString()), text.constData());
    return document.object();
}

QList<int> lines(const QJsonArray &array)
{
    QList<int> result;
    for (const QJsonValue &value : array)
        result << value.toObject().value(QStringLiteral("line")).toInt();
    return result;
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void version();
    void help_data();
    void help();
    void jsonAcceptedList();
    void jsonDefaultDomain();
    void jsonRejectedAndDuplicates();
    void jsonHeaderCsv();
    void textOutput();
    void standardInput();
    void usageErrors_data();
    void usageErrors();
    void unusableFiles_data();
    void unusableFiles();
    void environmentDoesNotBreakChecks();
};

void TestCli::version()
{
    const Run run = runImapdesk({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("imapdesk 0."), run.out.constData());
    QVERIFY(run.err.isEmpty());
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mustMention");
    QTest::newRow("general") << QStringList{QStringLiteral("--help")}
                             << QStringList{QStringLiteral("accounts check"),
                                            QStringLiteral("--data-dir"), QStringLiteral("--db"),
                                            QStringLiteral("--imapsync")};
    QTest::newRow("verb") << QStringList{QStringLiteral("accounts"), QStringLiteral("check"),
                                         QStringLiteral("--help")}
                          << QStringList{QStringLiteral("--json"),
                                         QStringLiteral("--default-domain"),
                                         QStringLiteral("FILE")};
}

void TestCli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mustMention);
    const Run run = runImapdesk(arguments);
    QCOMPARE(run.exitCode, 0);
    for (const QString &word : mustMention)
        QVERIFY2(QString::fromUtf8(run.out).contains(word), qPrintable(word));
}

void TestCli::jsonAcceptedList()
{
    const Run run = runImapdesk({QStringLiteral("accounts"), QStringLiteral("check"),
                                 Fixtures + QStringLiteral("good.txt"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = parseJson(run.out);
    const QJsonArray accounts = json.value(QStringLiteral("accounts")).toArray();
    QCOMPARE(lines(accounts), (QList<int>{2, 4, 5}));
    QCOMPARE(accounts.at(1).toObject().value(QStringLiteral("user1")).toString(),
             QStringLiteral("bob@example.com"));
    QCOMPARE(accounts.at(1).toObject().value(QStringLiteral("user2")).toString(),
             QStringLiteral("robert@example.org"));
    QCOMPARE(accounts.at(0).toObject().value(QStringLiteral("user2")).toString(),
             QStringLiteral("alice@example.com"));
    QVERIFY(json.value(QStringLiteral("errors")).toArray().isEmpty());
    QVERIFY(json.value(QStringLiteral("duplicates")).toArray().isEmpty());
    // Only the three documented keys per account: no password field at all.
    QCOMPARE(
        accounts.at(0).toObject().keys(),
        (QStringList{QStringLiteral("line"), QStringLiteral("user1"), QStringLiteral("user2")}));
    for (const QString &password : FixturePasswords)
        QVERIFY2(!run.out.contains(password.toUtf8()), qPrintable(password));
}

void TestCli::jsonDefaultDomain()
{
    const Run run =
        runImapdesk({QStringLiteral("accounts"), QStringLiteral("check"), QStringLiteral("--json"),
                     QStringLiteral("--default-domain"), QStringLiteral("@Example.NET"),
                     Fixtures + QStringLiteral("good.txt")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray accounts = parseJson(run.out).value(QStringLiteral("accounts")).toArray();
    QCOMPARE(accounts.size(), 3);
    const QJsonObject carol = accounts.at(2).toObject();
    QCOMPARE(carol.value(QStringLiteral("user1")).toString(), QStringLiteral("carol@example.net"));
    QCOMPARE(carol.value(QStringLiteral("user2")).toString(), QStringLiteral("carol@example.net"));
    // Users that already have a domain keep it.
    QCOMPARE(accounts.at(0).toObject().value(QStringLiteral("user1")).toString(),
             QStringLiteral("alice@example.com"));
}

void TestCli::jsonRejectedAndDuplicates()
{
    const Run run = runImapdesk({QStringLiteral("accounts"), QStringLiteral("check"),
                                 QStringLiteral("--json"), Fixtures + QStringLiteral("mixed.txt")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = parseJson(run.out);
    QCOMPARE(lines(json.value(QStringLiteral("accounts")).toArray()), QList<int>{1});
    const QJsonArray errors = json.value(QStringLiteral("errors")).toArray();
    QCOMPARE(lines(errors), (QList<int>{2, 3, 4}));
    const auto reason = [&](int i) {
        return errors.at(i).toObject().value(QStringLiteral("reason")).toString();
    };
    QVERIFY2(reason(0).contains(QStringLiteral("missing password")), qPrintable(reason(0)));
    QVERIFY2(reason(1).contains(QStringLiteral("without password2")), qPrintable(reason(1)));
    QVERIFY2(reason(2).contains(QStringLiteral("unterminated quote")), qPrintable(reason(2)));
    const QJsonArray duplicates = json.value(QStringLiteral("duplicates")).toArray();
    QCOMPARE(duplicates.size(), 1);
    QCOMPARE(duplicates.at(0).toObject().value(QStringLiteral("line")).toInt(), 5);
    QCOMPARE(duplicates.at(0).toObject().value(QStringLiteral("first_line")).toInt(), 1);
    for (const QString &password : FixturePasswords) {
        QVERIFY2(!run.out.contains(password.toUtf8()), qPrintable(password));
        QVERIFY2(!run.err.contains(password.toUtf8()), qPrintable(password));
    }
}

void TestCli::jsonHeaderCsv()
{
    const Run run =
        runImapdesk({QStringLiteral("accounts"), QStringLiteral("check"), QStringLiteral("--json"),
                     Fixtures + QStringLiteral("exchange.csv")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray accounts = parseJson(run.out).value(QStringLiteral("accounts")).toArray();
    QCOMPARE(accounts.size(), 1);
    const QJsonObject gina = accounts.at(0).toObject();
    QCOMPARE(gina.value(QStringLiteral("line")).toInt(), 2);
    QCOMPARE(gina.value(QStringLiteral("user1")).toString(), QStringLiteral("gina@old.example"));
    QCOMPARE(gina.value(QStringLiteral("user2")).toString(), QStringLiteral("gina@new.example"));
    QVERIFY(!run.out.contains("Golf"));
}

void TestCli::textOutput()
{
    const Run run = runImapdesk({QStringLiteral("accounts"), QStringLiteral("check"),
                                 Fixtures + QStringLiteral("mixed.txt")});
    QCOMPARE(run.exitCode, 1);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("alice@example.com -> alice@example.com")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("line 2: rejected: ")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("line 5: duplicate of line 1")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("accounts: 1, rejected lines: 3, duplicates: 1")),
             qPrintable(out));
    for (const QString &password : FixturePasswords)
        QVERIFY2(!out.contains(password), qPrintable(password));
}

void TestCli::standardInput()
{
    const Run run = runImapdesk({QStringLiteral("accounts"), QStringLiteral("check"),
                                 QStringLiteral("--json"), QStringLiteral("-")},
                                "zoe@example.com Zulu-Secret-9\n");
    QCOMPARE(run.exitCode, 0);
    const QJsonArray accounts = parseJson(run.out).value(QStringLiteral("accounts")).toArray();
    QCOMPARE(accounts.size(), 1);
    QVERIFY(!run.out.contains("Zulu"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    const QString good = Fixtures + QStringLiteral("good.txt");
    const QString accounts = QStringLiteral("accounts");
    const QString check = QStringLiteral("check");
    QTest::newRow("no file") << QStringList{accounts, check} << QStringLiteral("exactly one FILE");
    QTest::newRow("two files") << QStringList{accounts, check, good, good}
                               << QStringLiteral("exactly one FILE");
    QTest::newRow("missing file") << QStringList{accounts, check, Fixtures + QStringLiteral("nope")}
                                  << QStringLiteral("Cannot read");
    QTest::newRow("folder") << QStringList{accounts, check, Fixtures} << QStringLiteral("folder");
    QTest::newRow("bad domain") << QStringList{accounts, check, QStringLiteral("--default-domain"),
                                               QStringLiteral("not a domain"), good}
                                << QStringLiteral("not a domain name");
    QTest::newRow("unknown option")
        << QStringList{accounts, check, QStringLiteral("--jsno"), good} << QStringLiteral("jsno");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("Unknown command: frobnicate");
    QTest::newRow("incomplete command")
        << QStringList{accounts} << QStringLiteral("accounts check");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    const Run run = runImapdesk(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(messagePart), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCli::unusableFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("binary") << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                          16)
                            << QStringLiteral("binary");
    QTest::newRow("latin-1") << QByteArray("ok@example.com pw1\nj\xf6rg@example.com p\xe4ss\n")
                             << QStringLiteral("UTF-8");
    QTest::newRow("utf-16") << QByteArray("\xff\xfe"
                                          "a\0 \0b\0\n\0",
                                          10)
                            << QStringLiteral("UTF-16");
}

void TestCli::unusableFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, messagePart);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("list.csv"), content);
    const Run run = runImapdesk(
        {QStringLiteral("accounts"), QStringLiteral("check"), QStringLiteral("--json"), path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(messagePart), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.contains("p\xe4ss"));
}

// Later verbs read these; a bad value must not break a verb that does not use it.
void TestCli::environmentDoesNotBreakChecks()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("IMAPDESK_DB"), QStringLiteral("mysql://nope"));
    environment.insert(QStringLiteral("IMAPDESK_DATA_DIR"), QStringLiteral("/nonexistent/x"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(IMAPDESK_BINARY),
                  {QStringLiteral("accounts"), QStringLiteral("check"),
                   Fixtures + QStringLiteral("good.txt")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
