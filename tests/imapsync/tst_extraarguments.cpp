#include "imapsync/extraarguments.h"
#include "imapsync/imapsyncoptions.h"

#include <QTest>

using namespace imapdesk;

namespace {

// One option ImapDesk controls, with the spellings Getopt::Long would accept for it.
struct Refused
{
    const char *name;
    bool takesValue;
    bool negatable;
    // A shorter spelling imapsync resolves to it (unique prefix), or an ambiguous
    // prefix (every candidate refused, or a mixed one that is an error anyway).
    const char *abbreviation;
};

const Refused kRefused[] = {
    {"password1", true, false, "passw"},
    {"password2", true, false, "password"},
    {"passfile1", true, false, "passfile"},
    {"passfile2", true, false, "passf"},
    {"showpasswords", false, true, "sh"},
    {"logfile", true, false, "logf"},
    {"logdir", true, false, "logd"},
    {"log", false, true, "lo"},
    {"pidfile", true, false, "pidfil"},
    {"pidfilelocking", false, true, "pidfilel"},
    {"host1", true, false, "host"},
    {"host2", true, false, "hos"},
    {"port1", true, false, "port"},
    {"port2", true, false, "por"},
    {"ssl1", false, true, "ssl"},
    {"ssl2", false, true, "ss"},
    {"tls1", false, true, "tls"},
    {"tls2", false, true, "tl"},
    {"user1", true, false, "user"},
    {"user2", true, false, "user"},
    {"gmail1", false, false, "gmail"},
    {"gmail2", false, false, "gm"},
    {"office1", false, false, "office"},
    {"office2", false, false, "off"},
    {"exchange1", false, false, "exch"},
    {"exchange2", false, false, "exchange"},
    {"domino1", false, false, "domino"},
    {"domino2", false, false, "domi"},
    {"dry", false, true, "dr"},
    {"justlogin", false, true, "justl"},
    {"abort", false, false, "abor"},
    {"abortbyfile", false, false, "abortb"},
    {"tests", false, true, "test"},
    {"testsdebug", false, true, "testsd"},
    {"testsunit", true, false, "testsu"},
    {"testslive", false, true, "testsliv"},
    {"testslive6", false, true, "testsliv"},
    {"version", false, false, "ve"},
    {"help", false, false, "he"},
    {"sigexit", true, false, "sige"},
    {"sigreconnect", true, false, "sigr"},
    {"sigignore", true, false, "sigi"},
    {"dockercontext", false, true, "doc"},
};

QString valueFor(const Refused &option)
{
    return QString::fromLatin1(option.name).startsWith(QLatin1String("port"))
               ? QStringLiteral("1993")
               : QStringLiteral("Zq8Vw3");
}

void addRefusedRow(const QString &tag, const QString &text, const QString &expected)
{
    QTest::newRow(qPrintable(tag)) << text << expected;
}

void addRefusedRows(const Refused &option)
{
    const QString name = QString::fromLatin1(option.name);
    const QString display = QStringLiteral("--") + name;
    const QString value = option.takesValue ? QLatin1Char(' ') + valueFor(option) : QString();
    addRefusedRow(name + QStringLiteral(" --x"), QStringLiteral("--") + name + value, display);
    addRefusedRow(name + QStringLiteral(" -x"), QStringLiteral("-") + name + value, display);
    addRefusedRow(name + QStringLiteral(" +x"), QStringLiteral("+") + name + value, display);
    addRefusedRow(name + QStringLiteral(" --X"), QStringLiteral("--") + name.toUpper() + value,
                  display);
    addRefusedRow(name + QStringLiteral(" --x=v"),
                  QStringLiteral("--") + name + QLatin1Char('=') + valueFor(option), display);
    addRefusedRow(name + QStringLiteral(" -x=v"),
                  QStringLiteral("-") + name + QLatin1Char('=') + valueFor(option), display);
    addRefusedRow(name + QStringLiteral(" abbreviation"),
                  QStringLiteral("--") + QString::fromLatin1(option.abbreviation) + value, display);
    if (option.negatable) {
        addRefusedRow(name + QStringLiteral(" --nox"), QStringLiteral("--no") + name,
                      QStringLiteral("--no") + name);
        addRefusedRow(name + QStringLiteral(" --no-x"), QStringLiteral("--no-") + name,
                      QStringLiteral("--no") + name);
    }
}

QStringList allMessages(const ExtraArgumentsResult &result)
{
    QStringList messages;
    for (const ArgumentIssue &issue : result.errors + result.warnings) {
        messages.append(issue.message);
    }
    return messages;
}

} // namespace

class TestExtraArguments final : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void splitPositions();
    void unterminatedQuote_data();
    void unterminatedQuote();
    void resolve_data();
    void resolve();
    void refused_data();
    void refused();
    void accepted_data();
    void accepted();
    void unknownOptions_data();
    void unknownOptions();
    void bareWords_data();
    void bareWords();
    void valueErrors_data();
    void valueErrors();
    void neverEchoesPasswords_data();
    void neverEchoesPasswords();
    void validateListHasNoPositions();
    void argumentsPassThroughUnchanged();
};

void TestExtraArguments::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("blanks only") << QStringLiteral(" \t\n ") << QStringList();
    QTest::newRow("one option") << QStringLiteral("--automap") << QStringList{"--automap"};
    QTest::newRow("blanks separate") << QStringLiteral("  --folder\tINBOX \n--folder  Sent ")
                                     << QStringList{"--folder", "INBOX", "--folder", "Sent"};
    QTest::newRow("single quotes")
        << QStringLiteral("--folder 'Sent Items'") << QStringList{"--folder", "Sent Items"};
    QTest::newRow("double quotes")
        << QStringLiteral("--folder \"Sent Items\"") << QStringList{"--folder", "Sent Items"};
    QTest::newRow("escaped blank")
        << QStringLiteral("--folder Sent\\ Items") << QStringList{"--folder", "Sent Items"};
    QTest::newRow("single quotes keep backslashes")
        << QStringLiteral("--regextrans2 's/\\./_/g'") << QStringList{"--regextrans2", "s/\\./_/g"};
    QTest::newRow("single quotes keep double quotes")
        << QStringLiteral("'say \"hi\"'") << QStringList{"say \"hi\""};
    QTest::newRow("double quote escape") << QStringLiteral("\"a\\\"b\"") << QStringList{"a\"b"};
    QTest::newRow("backslash escape in double quotes")
        << QStringLiteral("\"a\\\\b\"") << QStringList{"a\\b"};
    QTest::newRow("other backslash in double quotes stays")
        << QStringLiteral("\"a\\nb\"") << QStringList{"a\\nb"};
    QTest::newRow("double quotes keep single quotes")
        << QStringLiteral("\"it's\"") << QStringList{"it's"};
    QTest::newRow("quote inside single quotes, shell style")
        << QStringLiteral("'it'\\''s'") << QStringList{"it's"};
    QTest::newRow("escaped quote outside quotes")
        << QStringLiteral("it\\'s") << QStringList{"it's"};
    QTest::newRow("escaped backslash outside quotes")
        << QStringLiteral("a\\\\b") << QStringList{"a\\b"};
    QTest::newRow("concatenated parts")
        << QStringLiteral("a'b'\"c\"d\\ e") << QStringList{"abcd e"};
    QTest::newRow("empty single quotes")
        << QStringLiteral("--prefix1 ''") << QStringList{"--prefix1", ""};
    QTest::newRow("empty double quotes") << QStringLiteral("\"\" x") << QStringList{"", "x"};
    QTest::newRow("inline value with quotes")
        << QStringLiteral("--folder=\"In Box\"") << QStringList{"--folder=In Box"};
    QTest::newRow("line continuation") << QStringLiteral("--automap \\\n--justfolders")
                                       << QStringList{"--automap", "--justfolders"};
    QTest::newRow("line continuation crlf")
        << QStringLiteral("--auto\\\r\nmap") << QStringList{"--automap"};
    QTest::newRow("final backslash stays") << QStringLiteral("a\\") << QStringList{"a\\"};
    QTest::newRow("non ascii") << QStringLiteral("--folder 'Entwürfe' Ümlaut")
                               << QStringList{"--folder", "Entwürfe", "Ümlaut"};
    QTest::newRow("no-break space is not a separator")
        << QStringLiteral("a\u00a0b") << QStringList{"a\u00a0b"};
}

void TestExtraArguments::split()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    const SplitArguments split = splitExtraArguments(text);
    QVERIFY2(split.ok(), qPrintable(split.error));
    QCOMPARE(split.arguments, expected);
    QCOMPARE(split.positions.size(), expected.size());
}

void TestExtraArguments::splitPositions()
{
    const SplitArguments split = splitExtraArguments(QStringLiteral("  --folder 'A B'  x\\ y"));
    QCOMPARE(split.arguments, (QStringList{"--folder", "A B", "x y"}));
    QCOMPARE(split.positions, (QList<qsizetype>{2, 11, 18}));
}

void TestExtraArguments::unterminatedQuote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("position");

    QTest::newRow("single") << QStringLiteral("--folder 'Sent") << qsizetype(9);
    QTest::newRow("double") << QStringLiteral("--folder \"Sent") << qsizetype(9);
    QTest::newRow("escaped closing double") << QStringLiteral("a \"b\\\"") << qsizetype(2);
    QTest::newRow("second one") << QStringLiteral("'a' \"b\" 'c") << qsizetype(8);
    QTest::newRow("double inside single is fine, then open")
        << QStringLiteral("'\"' \"") << qsizetype(4);
}

void TestExtraArguments::unterminatedQuote()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, position);

    const SplitArguments split = splitExtraArguments(text);
    QVERIFY(!split.ok());
    QVERIFY(split.arguments.isEmpty());
    QCOMPARE(split.errorPosition, position);
    QVERIFY2(split.error.contains(QStringLiteral("column %1").arg(position + 1)),
             qPrintable(split.error));

    const ExtraArgumentsResult parsed = parseExtraArguments(text);
    QCOMPARE(parsed.errors.size(), 1);
    QCOMPARE(parsed.errors.first().position, position);
    QVERIFY(!parsed.errors.first().message.contains(QStringLiteral("Sent")));
}

void TestExtraArguments::resolve_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("display");

    const int exact = int(OptionMatch::Kind::Exact);
    const int abbreviation = int(OptionMatch::Kind::Abbreviation);
    const int ambiguous = int(OptionMatch::Kind::Ambiguous);
    const int unknown = int(OptionMatch::Kind::Unknown);
    QTest::newRow("exact") << QStringLiteral("password1") << exact << QStringLiteral("--password1");
    QTest::newRow("case") << QStringLiteral("PassWord1") << exact << QStringLiteral("--password1");
    QTest::newRow("exact wins over longer names")
        << QStringLiteral("log") << exact << QStringLiteral("--log");
    QTest::newRow("exact subscribe")
        << QStringLiteral("subscribe") << exact << QStringLiteral("--subscribe");
    QTest::newRow("alias") << QStringLiteral("expunge") << exact << QStringLiteral("--expunge1");
    QTest::newRow("alias ipv4") << QStringLiteral("ipv4") << exact << QStringLiteral("--inet4");
    QTest::newRow("mixed-case spec")
        << QStringLiteral("fixinboxinbox") << exact << QStringLiteral("--fixinboxinbox");
    QTest::newRow("negation") << QStringLiteral("nolog") << exact << QStringLiteral("--nolog");
    QTest::newRow("dashed negation")
        << QStringLiteral("no-log") << exact << QStringLiteral("--nolog");
    QTest::newRow("negated sizes")
        << QStringLiteral("nofoldersizes") << exact << QStringLiteral("--nofoldersizes");
    QTest::newRow("plain no-prefixed option")
        << QStringLiteral("noexclude") << exact << QStringLiteral("--noexclude");
    QTest::newRow("abbreviation") << QStringLiteral("logf") << abbreviation
                                  << QStringLiteral("--logfile");
    QTest::newRow("negated abbreviation")
        << QStringLiteral("nol") << abbreviation << QStringLiteral("--nolog");
    QTest::newRow("dashed negated abbreviation")
        << QStringLiteral("no-dock") << abbreviation << QStringLiteral("--nodockercontext");
    QTest::newRow("abbreviation sh")
        << QStringLiteral("sh") << abbreviation << QStringLiteral("--showpasswords");
    QTest::newRow("ambiguous pass") << QStringLiteral("pass") << ambiguous << QStringLiteral("");
    QTest::newRow("ambiguous ssl") << QStringLiteral("ss") << ambiguous << QStringLiteral("");
    QTest::newRow("ambiguous nofolder")
        << QStringLiteral("nofolder") << ambiguous << QStringLiteral("");
    QTest::newRow("unknown") << QStringLiteral("hots1") << unknown << QStringLiteral("");
    QTest::newRow("empty") << QStringLiteral("") << unknown << QStringLiteral("");
}

void TestExtraArguments::resolve()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(QString, display);

    const OptionMatch match = ImapsyncOptions::resolve(name);
    QCOMPARE(int(match.kind), kind);
    if (!display.isEmpty()) {
        QCOMPARE(match.option.displayName(), display);
    }
    if (match.kind == OptionMatch::Kind::Ambiguous) {
        QVERIFY(match.candidates.size() > 1);
    }
}

void TestExtraArguments::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("option");

    for (const Refused &option : kRefused) {
        addRefusedRows(option);
    }
    QTest::newRow("glued password")
        << QStringLiteral("--password1Zq8Vw3") << QStringLiteral("--password");
    QTest::newRow("glued passfile")
        << QStringLiteral("-passfile2Zq8Vw3") << QStringLiteral("-passfile");
    QTest::newRow("refused among others")
        << QStringLiteral("--automap --logfile /tmp/x.log --justfolders")
        << QStringLiteral("--logfile");
}

void TestExtraArguments::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, option);

    const ExtraArgumentsResult result = parseExtraArguments(text);
    QVERIFY2(!result.ok(), qPrintable(text));
    // The value of a refused option is consumed with it, never judged as a stray word.
    QCOMPARE(result.errors.size(), 1);
    const ArgumentIssue &issue = result.errors.first();
    QVERIFY2(issue.message.contains(option), qPrintable(issue.message));
    QVERIFY2(!issue.message.contains(QStringLiteral("Zq8Vw3")), qPrintable(issue.message));
    QVERIFY(issue.argumentIndex >= 0);
    QVERIFY(issue.position >= 0);
}

void TestExtraArguments::accepted_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("nothing") << QString();
    QTest::newRow("automap") << QStringLiteral("--automap --folder INBOX --folder 'Sent Items'");
    QTest::newRow("regexes") << QStringLiteral("--exclude '^Trash' --include '^(INBOX|Sent)'");
    QTest::newRow("integer") << QStringLiteral("--maxsize 45000000 --errorsmax 100");
    QTest::newRow("integer with underscores") << QStringLiteral("--maxsize 45_000_000");
    QTest::newRow("negative integer") << QStringLiteral("--maxsize -1");
    QTest::newRow("inline values") << QStringLiteral("--maxage=30 --folder=INBOX");
    QTest::newRow("floats") << QStringLiteral("--timeout1 2.5 --maxsleep .5 --minage 1e2");
    QTest::newRow("key value") << QStringLiteral("--sslargs1 SSL_verify_mode=1");
    QTest::newRow("empty prefix") << QStringLiteral("--prefix1 '' --prefix2 \"\"");
    QTest::newRow("string takes anything") << QStringLiteral("--folder --dry");
    QTest::newRow("negations") << QStringLiteral("--nofoldersizes --nofoldersizesatend "
                                                 "--noreleasecheck --no-id");
    QTest::newRow("single dash, plus, case") << QStringLiteral("-automap +justfolders --AUTOMAP");
    QTest::newRow("abbreviation") << QStringLiteral("--auto --delete2dup");
    QTest::newRow("deletions") << QStringLiteral("--delete2 --expunge2 --delete2folders");
    QTest::newRow("aliases") << QStringLiteral("--ipv4 --subscribe_all --modules_version");
    QTest::newRow("throttling") << QStringLiteral(
        "--maxbytespersecond 20000 --maxmessagespersecond 4 --exitwhenover "
        "500000000");
    QTest::newRow("f1f2") << QStringLiteral("--f1f2 INBOX=Archive --subfolder2 Migrated");
    QTest::newRow("release check override") << QStringLiteral("--releasecheck");
    QTest::newRow("justconnect is the user's choice") << QStringLiteral("--justconnect");
    QTest::newRow("lone double dash") << QStringLiteral("--automap --");
}

void TestExtraArguments::accepted()
{
    QFETCH(QString, text);

    const ExtraArgumentsResult result = parseExtraArguments(text);
    QVERIFY2(result.ok(), qPrintable(allMessages(result).join(QLatin1Char('\n'))));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(allMessages(result).join(QLatin1Char('\n'))));
    QCOMPARE(result.arguments, splitExtraArguments(text).arguments);
}

void TestExtraArguments::unknownOptions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("warning");
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("misspelt with value") << QStringLiteral("--hots1 127.0.0.1")
                                         << QStringLiteral("imapsync 2.229 does not know --hots1")
                                         << QStringList{"--hots1", "127.0.0.1"};
    QTest::newRow("new flag") << QStringLiteral("--newfeature --automap")
                              << QStringLiteral("imapsync 2.229 does not know --newfeature")
                              << QStringList{"--newfeature", "--automap"};
    QTest::newRow("inline value") << QStringLiteral("--newfeature=3")
                                  << QStringLiteral("imapsync 2.229 does not know --newfeature")
                                  << QStringList{"--newfeature=3"};
    QTest::newRow("single dash") << QStringLiteral("-hots1 x")
                                 << QStringLiteral("imapsync 2.229 does not know -hots1")
                                 << QStringList{"-hots1", "x"};
}

void TestExtraArguments::unknownOptions()
{
    QFETCH(QString, text);
    QFETCH(QString, warning);
    QFETCH(QStringList, arguments);

    const ExtraArgumentsResult result = parseExtraArguments(text);
    QVERIFY2(result.ok(), qPrintable(allMessages(result).join(QLatin1Char('\n'))));
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings.first().message.contains(warning),
             qPrintable(result.warnings.first().message));
    QCOMPARE(result.arguments, arguments);
}

void TestExtraArguments::bareWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<qsizetype>("argumentIndex");

    QTest::newRow("word alone") << QStringLiteral("INBOX") << QStringLiteral("“INBOX”")
                                << qsizetype(0);
    QTest::newRow("after a flag") << QStringLiteral("--automap extra")
                                  << QStringLiteral("Argument 2 (“extra”)") << qsizetype(1);
    QTest::newRow("unquoted blank")
        << QStringLiteral("--folder Sent Items") << QStringLiteral("“Items”") << qsizetype(2);
    QTest::newRow("delete 2") << QStringLiteral("--delete 2")
                              << QStringLiteral("Did you mean --delete2?") << qsizetype(1);
    QTest::newRow("after double dash")
        << QStringLiteral("-- --automap") << QStringLiteral("“--automap”") << qsizetype(1);
    QTest::newRow("lone dash") << QStringLiteral("-") << QStringLiteral("“-”") << qsizetype(0);
    QTest::newRow("empty word") << QStringLiteral("''") << QStringLiteral("Argument 1")
                                << qsizetype(0);
    QTest::newRow("says what imapsync would do")
        << QStringLiteral("x") << QStringLiteral("Found 1 extra arguments") << qsizetype(0);
}

void TestExtraArguments::bareWords()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);
    QFETCH(qsizetype, argumentIndex);

    const ExtraArgumentsResult result = parseExtraArguments(text);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().message.contains(fragment),
             qPrintable(result.errors.first().message));
    QCOMPARE(result.errors.first().argumentIndex, argumentIndex);
    QCOMPARE(result.errors.first().position, splitExtraArguments(text).positions.at(argumentIndex));
}

void TestExtraArguments::valueErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("not an integer")
        << QStringLiteral("--maxsize big")
        << QStringLiteral("--maxsize expects a whole number, not “big”");
    QTest::newRow("float for integer")
        << QStringLiteral("--maxsize=1.5") << QStringLiteral("expects a whole number");
    QTest::newRow("not a float") << QStringLiteral("--maxage abc")
                                 << QStringLiteral("--maxage expects a number");
    QTest::newRow("missing value at end")
        << QStringLiteral("--folder") << QStringLiteral("--folder needs a value");
    QTest::newRow("number gives back an option")
        << QStringLiteral("--maxsize --automap") << QStringLiteral("--maxsize needs a value");
    QTest::newRow("empty inline value")
        << QStringLiteral("--folder=") << QStringLiteral("--folder needs a value");
    QTest::newRow("flag with value")
        << QStringLiteral("--automap=yes") << QStringLiteral("--automap takes no value");
    QTest::newRow("key value without equals")
        << QStringLiteral("--sslargs1 verify") << QStringLiteral("--sslargs1 expects KEY=VALUE");
    QTest::newRow("ambiguous") << QStringLiteral("--ex INBOX")
                               << QStringLiteral("--ex is ambiguous");
}

void TestExtraArguments::valueErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);

    const ExtraArgumentsResult result = parseExtraArguments(text);
    QVERIFY2(!result.errors.isEmpty(), qPrintable(text));
    QVERIFY2(result.errors.first().message.contains(fragment),
             qPrintable(result.errors.first().message));
}

void TestExtraArguments::neverEchoesPasswords_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("--password1") << QStringLiteral("--password1 Xy7Qz");
    QTest::newRow("=value") << QStringLiteral("--password2=Xy7Qz");
    QTest::newRow("single dash") << QStringLiteral("-password1 Xy7Qz");
    QTest::newRow("upper case") << QStringLiteral("--PASSWORD1 Xy7Qz");
    QTest::newRow("ambiguous abbreviation") << QStringLiteral("--passw Xy7Qz");
    QTest::newRow("very ambiguous abbreviation") << QStringLiteral("--pass Xy7Qz");
    QTest::newRow("glued") << QStringLiteral("--password1Xy7Qz");
    QTest::newRow("glued with equals") << QStringLiteral("--passwordXy7Qz=Wv9Kp");
    QTest::newRow("unquoted blank in password") << QStringLiteral("--password1 Xy7Qz Wv9Kp");
    QTest::newRow("quoted") << QStringLiteral("--password1 'Xy7Qz Wv9Kp' --automap");
    QTest::newRow("misspelt option") << QStringLiteral("--pasword1 Xy7Qz Wv9Kp");
    QTest::newRow("token") << QStringLiteral("--oauthaccesstoken1 Xy7Qz Wv9Kp");
    QTest::newRow("between other errors")
        << QStringLiteral("--logfile x --password1 Xy7Qz Wv9Kp --maxsize big");
    QTest::newRow("password looks like an option") << QStringLiteral("--password1 --Xy7Qz");
    QTest::newRow("value of =i option") << QStringLiteral("--port1 Xy7Qz");
}

void TestExtraArguments::neverEchoesPasswords()
{
    QFETCH(QString, text);

    const ExtraArgumentsResult result = parseExtraArguments(text);
    QVERIFY(!result.errors.isEmpty() || !result.warnings.isEmpty());
    for (const QString &message : allMessages(result)) {
        QVERIFY2(!message.contains(QStringLiteral("Xy7Qz")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("Wv9Kp")), qPrintable(message));
    }
}

void TestExtraArguments::validateListHasNoPositions()
{
    const ExtraArgumentsResult result = validateExtraArguments(
        {QStringLiteral("--automap"), QStringLiteral("--logdir"), QStringLiteral("/tmp")});
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().option, QStringLiteral("--logdir"));
    QCOMPARE(result.errors.first().argumentIndex, qsizetype(1));
    QCOMPARE(result.errors.first().position, qsizetype(-1));
}

void TestExtraArguments::argumentsPassThroughUnchanged()
{
    const QString text = QStringLiteral("-automap --folder=\"In Box\" --MAXSIZE 10");
    const ExtraArgumentsResult result = parseExtraArguments(text);
    QVERIFY(result.ok());
    QCOMPARE(result.arguments, (QStringList{"-automap", "--folder=In Box", "--MAXSIZE", "10"}));
}

QTEST_GUILESS_MAIN(TestExtraArguments)
#include "tst_extraarguments.moc"
