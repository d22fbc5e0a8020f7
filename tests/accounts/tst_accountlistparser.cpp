#include "accounts/accountlistparser.h"
#include "accounts/accountlistreader.h"
#include "testdevices.h"

#include <QBuffer>
#include <QFile>
#include <QSet>
#include <QTemporaryFile>
#include <QTest>

using namespace imapdesk;

namespace {

const QString Fixtures = QStringLiteral(IMAPDESK_TEST_FIXTURES "/accounts/");

const QString UnterminatedQuote = QStringLiteral("unterminated quote");
const QString TextAfterQuote = QStringLiteral("unexpected text after a closing quote");
const QString TooManyFields =
    QStringLiteral("too many fields (expected 2 or 4): put a password that contains spaces or "
                   "separators (, ; | tab) in double quotes");
const QString LineTooLong = QStringLiteral("line too long (64 KiB or more)");
const QString MissingUser1 = QStringLiteral("missing user1");
const QString MissingUser2 = QStringLiteral("missing user2");
const QString MissingPassword = QStringLiteral("missing password");
const QString MissingPassword1 = QStringLiteral("missing password1");
const QString MissingPassword2 = QStringLiteral("missing password2");
const QString User2WithoutPassword2 = QStringLiteral("user2 given without password2");
const QString InvalidUser1 = QStringLiteral("user1 contains spaces or control characters");
const QString InvalidUser2 = QStringLiteral("user2 contains spaces or control characters");

const QString Utf16Error = QStringLiteral("UTF-16");
const QString BinaryError = QStringLiteral("looks like a binary file, not an account list");
const QString Utf8Error = QStringLiteral("not valid UTF-8");

// Byte strings from literals, embedded NULs included.
template<size_t N>
QByteArray bytes(const char (&text)[N])
{
    return QByteArray(text, N - 1);
}

QString acc(int line, const QString &user1, const QString &password1, const QString &user2,
            const QString &password2)
{
    return QStringLiteral("%1: %2 / %3 -> %4 / %5")
        .arg(QString::number(line), user1, password1, user2, password2);
}

QString acc(int line, const QString &user, const QString &password)
{
    return acc(line, user, password, user, password);
}

QString err(int line, const QString &reason)
{
    return QStringLiteral("%1: %2").arg(QString::number(line), reason);
}

QString dup(int line, int firstLine)
{
    return QStringLiteral("%1 repeats %2").arg(line).arg(firstLine);
}

QStringList accountsOf(const AccountList &list)
{
    QStringList described;
    for (const Account &a : list.accounts)
        described.append(acc(a.line, a.user1, a.password1, a.user2, a.password2));
    return described;
}

QStringList errorsOf(const AccountList &list)
{
    QStringList described;
    for (const RejectedLine &rejected : list.errors)
        described.append(err(rejected.line, rejected.reason));
    return described;
}

QStringList duplicatesOf(const AccountList &list)
{
    QStringList described;
    for (const DuplicateAccount &duplicate : list.duplicates)
        described.append(dup(duplicate.line, duplicate.firstLine));
    return described;
}

// Everything a list produced, for comparing two ways of reading one input.
QStringList everything(const AccountList &list)
{
    return accountsOf(list) + errorsOf(list) + duplicatesOf(list) +
           QStringList{list.fatalError, QString::number(list.fatalLine)};
}

AccountListParser::Options options(const QString &defaultDomain = {}, bool windows1252 = false)
{
    AccountListParser::Options result;
    result.defaultDomain = defaultDomain;
    result.encoding = windows1252 ? AccountListEncoding::Windows1252 : AccountListEncoding::Utf8;
    return result;
}

AccountList parseBytes(QByteArray input, const AccountListParser::Options &parserOptions = {})
{
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    return parseAccountList(buffer, parserOptions);
}

AccountList parseInChunks(const QByteArray &input, const QVector<int> &chunkSizes,
                          const AccountListParser::Options &parserOptions = {})
{
    ChunkedDevice device(input, chunkSizes);
    device.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    return parseAccountList(device, parserOptions);
}

void addRow(const char *name, const QByteArray &input, const QStringList &accounts,
            const QStringList &errors = {}, const QStringList &duplicates = {})
{
    QTest::newRow(name) << input << QString() << false << accounts << errors << duplicates
                        << QString() << 0;
}

void addDomainRow(const char *name, const QByteArray &input, const QString &domain,
                  const QStringList &accounts, const QStringList &duplicates = {})
{
    QTest::newRow(name) << input << domain << false << accounts << QStringList() << duplicates
                        << QString() << 0;
}

void addWindows1252Row(const char *name, const QByteArray &input, const QStringList &accounts)
{
    QTest::newRow(name) << input << QString() << true << accounts << QStringList() << QStringList()
                        << QString() << 0;
}

void addFatalRow(const char *name, const QByteArray &input, const QString &fatal, int fatalLine,
                 const QStringList &accountsBefore = {})
{
    QTest::newRow(name) << input << QString() << false << accountsBefore << QStringList()
                        << QStringList() << fatal << fatalLine;
}

// One rejecting input per reason, each carrying the password "Zq9-PASSWORD-Kx".
struct RejectingInput
{
    const char *name;
    QByteArray input;
};

QVector<RejectingInput> rejectingInputs()
{
    const QByteArray padding(70000, 'x');
    return {
        {"one field (the password alone)", "Zq9-PASSWORD-Kx\n"},
        {"three fields", "a@x.org Zq9-PASSWORD-Kx b@y.org\n"},
        {"five fields", "a@x.org Zq9-PASSWORD-Kx and more b@y.org\n"},
        {"unterminated quote", "a@x.org \"Zq9-PASSWORD-Kx\n"},
        {"text after quote", "a@x.org \"Zq9-PASSWORD-Kx\"tail\n"},
        {"line too long", "a@x.org Zq9-PASSWORD-Kx" + padding + "\n"},
        {"line too long at end", "a@x.org Zq9-PASSWORD-Kx" + padding},
        {"missing user1", "\"\" Zq9-PASSWORD-Kx\n"},
        {"missing user2", "a@x.org Zq9-PASSWORD-Kx \"\" Zq9-PASSWORD-Kx2\n"},
        {"missing password1", "a@x.org \"\" b@y.org Zq9-PASSWORD-Kx\n"},
        {"missing password2", "a@x.org Zq9-PASSWORD-Kx b@y.org \"\"\n"},
        {"invalid user1", "\"a x@x.org\" Zq9-PASSWORD-Kx\n"},
        {"invalid user2", "a@x.org Zq9-PASSWORD-Kx \"b y@y.org\" Zq9-PASSWORD-Kx2\n"},
        {"header user2 without password2", "user1,password1,user2\na@x.org,Zq9-PASSWORD-Kx,b@y\n"},
        {"header missing user1", "user1;password1\n;Zq9-PASSWORD-Kx\n"},
        {"header unterminated quote", "user,password\na@x.org,\"Zq9-PASSWORD-Kx\n"},
        {"header short row", "user1\tpassword1\tuser2\tpassword2\na@x.org\tZq9-PASSWORD-Kx\tb@y\n"},
        {"invalid UTF-8 (fatal)", "a@x.org Zq9-PASSWORD-Kx\xE4\n"},
        {"NUL (fatal)", bytes("a@x.org Zq9-PASSWORD-Kx\0\n")},
    };
}

QByteArray generatedLine(int i)
{
    const QByteArray n = QByteArray::number(i);
    if (i % 1000 == 0)
        return "# batch " + n + "\n";
    if (i % 2 == 0)
        return "user" + n + "@example.com Pw-" + n + "-x#\n";
    return "user" + n + "@old.example.com \"Pw " + n + "\"\"q\" user" + n + "@new.example.org P2-" +
           n + "\r\n";
}

} // namespace

class TestAccountListParser final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void noReasonContainsThePassword_data();
    void noReasonContainsThePassword();
    void rejectingInputsCoverEveryReason();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void sinksGetRecordsWhileReading();
    void tenMegabyteFile();
    void nulAfterManyLines();
    void readErrorIsFatal();
    void closedSequentialDeviceEndsTheList();
    void unopenedDeviceIsFatal();
    void parserCanBeReused();
    void emptySinksAreAllowed();
    void fixtures_data();
    void fixtures();
    void fixtureContents();
};

void TestAccountListParser::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("defaultDomain");
    QTest::addColumn<bool>("windows1252");
    QTest::addColumn<QStringList>("accounts");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QStringList>("duplicates");
    QTest::addColumn<QString>("fatal");
    QTest::addColumn<int>("fatalLine");

    // Pymap's input styles
    addRow("space, one pair", "alice@example.com Xy7$kq2Lm9\n",
           {acc(1, "alice@example.com", "Xy7$kq2Lm9")});
    addRow("space, two pairs", "alice@example.com Xy7$kq2Lm9 bob@example.org Pw8!zz0Qa1\n",
           {acc(1, "alice@example.com", "Xy7$kq2Lm9", "bob@example.org", "Pw8!zz0Qa1")});
    addRow("comma", "alice@example.com,Xy7$kq2Lm9,bob@example.org,Pw8!zz0Qa1\n",
           {acc(1, "alice@example.com", "Xy7$kq2Lm9", "bob@example.org", "Pw8!zz0Qa1")});
    addRow("pipe", "alice@example.com|Xy7$kq2Lm9|bob@example.org|Pw8!zz0Qa1\n",
           {acc(1, "alice@example.com", "Xy7$kq2Lm9", "bob@example.org", "Pw8!zz0Qa1")});
    addRow("tab", "alice@example.com\tXy7$kq2Lm9\tbob@example.org\tPw8!zz0Qa1\n",
           {acc(1, "alice@example.com", "Xy7$kq2Lm9", "bob@example.org", "Pw8!zz0Qa1")});
    addRow("semicolon", "alice@example.com;Xy7$kq2Lm9\n",
           {acc(1, "alice@example.com", "Xy7$kq2Lm9")});
    addRow("runs of mixed separators", "  a@x.org ,\t; Xy7 || b@y.org ;Pw8  \n",
           {acc(1, "a@x.org", "Xy7", "b@y.org", "Pw8")});
    addRow("no final newline", "a@x.org pw1\nb@x.org pw2",
           {acc(1, "a@x.org", "pw1"), acc(2, "b@x.org", "pw2")});
    addRow("line numbers count skipped lines",
           "# comment\n\na@x.org pw1\n   \n\t# indented comment\nb@x.org pw2\n",
           {acc(3, "a@x.org", "pw1"), acc(6, "b@x.org", "pw2")});
    addRow("empty input", "", {});
    addRow("only blank and comment lines", "\n  \n# c\n\t\n\r\n", {});
    addRow("lines of bare separators are skipped", ",,,\n;;\na@x.org pw\n | \n",
           {acc(3, "a@x.org", "pw")});

    // passwords keep every character
    addRow("'#' inside and at the start of a password", "a@x.org pw#1\nb@x.org #pw2\n",
           {acc(1, "a@x.org", "pw#1"), acc(2, "b@x.org", "#pw2")});
    addRow("quoted password with spaces", "a@x.org \"my secret pw\"\n",
           {acc(1, "a@x.org", "my secret pw")});
    addRow("doubled quote in a quoted password", "a@x.org \"pa\"\"ss\"\n",
           {acc(1, "a@x.org", "pa\"ss")});
    addRow("quotes inside unquoted passwords", "a@x.org p\"w\nb@x.org pw\"\n",
           {acc(1, "a@x.org", "p\"w"), acc(2, "b@x.org", "pw\"")});
    addRow("single quotes", "a@x.org it's'ok'\n", {acc(1, "a@x.org", "it's'ok'")});
    addRow("separators inside a quoted password", "a@x.org,\"a,b;c|d e\tf\"\n",
           {acc(1, "a@x.org", "a,b;c|d e\tf")});
    addRow("backslashes", "a@x.org pa\\ss\\\n", {acc(1, "a@x.org", "pa\\ss\\")});
    addRow("non-ASCII password", "a@x.org pässwörd€\n", {acc(1, "a@x.org", "pässwörd€")});
    addRow("emoji passwords", "a@x.org 🔑pw😀 b@x.org 🙂\n",
           {acc(1, "a@x.org", "🔑pw😀", "b@x.org", "🙂")});
    addRow("leading and trailing spaces kept when quoted", "a@x.org \"  pw  \"\n",
           {acc(1, "a@x.org", "  pw  ")});
    addRow("password that is one quote", "a@x.org \"\"\"\"\n", {acc(1, "a@x.org", "\"")});
    addRow("quoted users are trimmed", "\" a@x.org \" pw\n", {acc(1, "a@x.org", "pw")});
    addRow("four quoted fields", "\"a@x.org\" \"p 1\" \"b@y.org\" \"p 2\"\n",
           {acc(1, "a@x.org", "p 1", "b@y.org", "p 2")});
    addRow("comma list with quoted commas", "a@x.org,\"p,w\",b@y.org,\"x\"\"y\"\n",
           {acc(1, "a@x.org", "p,w", "b@y.org", "x\"y")});
    addRow("tab inside a quoted password", "a@x.org \"p\tw\"\n", {acc(1, "a@x.org", "p\tw")});

    // line ends and byte order marks
    addRow("CRLF", "a@x.org pw1\r\nb@x.org pw2\r\n",
           {acc(1, "a@x.org", "pw1"), acc(2, "b@x.org", "pw2")});
    addRow("mixed CRLF and LF", "a@x.org pw1\r\nb@x.org pw2\nc@x.org pw3\r\n",
           {acc(1, "a@x.org", "pw1"), acc(2, "b@x.org", "pw2"), acc(3, "c@x.org", "pw3")});
    addRow("lone CR at the end of the file", "a@x.org pw1\r", {acc(1, "a@x.org", "pw1")});
    addRow("UTF-8 BOM",
           "\xEF\xBB\xBF"
           "a@x.org pw1\n",
           {acc(1, "a@x.org", "pw1")});
    addRow("UTF-8 BOM, CRLF and a header",
           "\xEF\xBB\xBF"
           "user1,password1\r\na@x.org,pw1\r\n",
           {acc(2, "a@x.org", "pw1")});

    // rejected lines
    addRow("one field", "alice@x.org\n", {}, {err(1, MissingPassword)});
    addRow("three fields", "a@x.org pw b@y.org\n", {}, {err(1, User2WithoutPassword2)});
    addRow("five fields", "a@x.org my secret pw b@y.org x\n", {}, {err(1, TooManyFields)});
    addRow("unterminated quote, next line still read", "a@x.org \"pw\nb@x.org pw2\n",
           {acc(2, "b@x.org", "pw2")}, {err(1, UnterminatedQuote)});
    addRow("text after a closing quote", "a@x.org \"pw\"x\n", {}, {err(1, TextAfterQuote)});
    addRow("empty quoted password", "a@x.org \"\"\n", {}, {err(1, MissingPassword)});
    addRow("empty quoted user", "\"\" pw\n", {}, {err(1, MissingUser1)});
    addRow("blank quoted user", "\"  \" pw\n", {}, {err(1, MissingUser1)});
    addRow("four fields, empty password1", "a@x.org \"\" b@y.org pw2\n", {},
           {err(1, MissingPassword1)});
    addRow("four fields, empty password2", "a@x.org pw1 b@y.org \"\"\n", {},
           {err(1, MissingPassword2)});
    addRow("four fields, empty user2", "a@x.org pw1 \"\" pw2\n", {}, {err(1, MissingUser2)});
    addRow("user with a space", "\"alice smith@x.org\" pw\n", {}, {err(1, InvalidUser1)});
    addRow("user with a control character", "al\x01ice@x.org pw\n", {}, {err(1, InvalidUser1)});
    addRow("user with a zero-width space", "alice\xE2\x80\x8B@x.org pw\n", {},
           {err(1, InvalidUser1)});
    addRow("user2 with a no-break space",
           "a@x.org pw \"b\xC2\xA0"
           "b@y.org\" pw2\n",
           {}, {err(1, InvalidUser2)});
    addRow("line too long, next line still read",
           "a@x.org " + QByteArray(70000, 'x') + "\nb@x.org pw2\n", {acc(2, "b@x.org", "pw2")},
           {err(1, LineTooLong)});
    addRow("errors and accounts interleaved",
           "a@x.org pw1\nb@x.org\nc@x.org pw3 d@x.org\n\"e@x.org pw5\nf@x.org pw6\n",
           {acc(1, "a@x.org", "pw1"), acc(5, "f@x.org", "pw6")},
           {err(2, MissingPassword), err(3, User2WithoutPassword2), err(4, UnterminatedQuote)});

    // default domain
    addDomainRow("default domain", "alice pw1\nbob@other.org pw2\ncarol pw3 dave pw4\n",
                 QStringLiteral("example.com"),
                 {acc(1, "alice@example.com", "pw1"), acc(2, "bob@other.org", "pw2"),
                  acc(3, "carol@example.com", "pw3", "dave@example.com", "pw4")});
    addDomainRow("default domain given with '@'", "alice pw\n", QStringLiteral(" @example.com "),
                 {acc(1, "alice@example.com", "pw")});
    addRow("no default domain", "alice pw\n", {acc(1, "alice", "pw")});

    // duplicates
    addRow("duplicate pair", "a@x.org p1\nb@x.org p2\na@x.org p3\n",
           {acc(1, "a@x.org", "p1"), acc(2, "b@x.org", "p2")}, {}, {dup(3, 1)});
    addRow("duplicate in other letter case",
           "Alice@X.org p1 Bob@Y.org p2\nalice@x.ORG p3 BOB@y.org p4\n",
           {acc(1, "Alice@X.org", "p1", "Bob@Y.org", "p2")}, {}, {dup(2, 1)});
    addDomainRow("duplicate after the default domain", "alice p1\nALICE@example.com p2\n",
                 QStringLiteral("example.com"), {acc(1, "alice@example.com", "p1")}, {dup(2, 1)});
    addRow("same user1 with another user2 is no duplicate",
           "a@x.org p1 b@y.org p2\na@x.org p1 c@y.org p3\n",
           {acc(1, "a@x.org", "p1", "b@y.org", "p2"), acc(2, "a@x.org", "p1", "c@y.org", "p3")});
    addRow("one pair repeated as two pairs", "a@x.org p1\n\na@x.org p2 A@x.org p3\na@x.org p4\n",
           {acc(1, "a@x.org", "p1")}, {}, {dup(3, 1), dup(4, 1)});

    // header rows
    addRow("header user1,password1,user2,password2",
           "user1,password1,user2,password2\na@x.org,p1,b@y.org,p2\n",
           {acc(2, "a@x.org", "p1", "b@y.org", "p2")});
    addRow("header in any case and order, ';' delimited",
           "PASSWORD2;User2;Password1;USER1\np2;b@y.org;p1;a@x.org\n",
           {acc(2, "a@x.org", "p1", "b@y.org", "p2")});
    addRow("header with extra columns", "Name,user1,password1,Notes\nAlice,a@x.org,p1,VIP\n",
           {acc(2, "a@x.org", "p1")});
    addRow("Exchange Online header",
           "EmailAddress,UserName,Password\nalice@contoso.com,alice@old.example,\"p,w\"\n",
           {acc(2, "alice@old.example", "p,w", "alice@contoso.com", "p,w")});
    addRow("tab-delimited header keeps spaces in values",
           "user1\tpassword1\tuser2\tpassword2\na@x.org\tp 1\tb@y.org\tp2\n",
           {acc(2, "a@x.org", "p 1", "b@y.org", "p2")});
    addRow("pipe-delimited header", "user|password\na@x.org|p1\n", {acc(2, "a@x.org", "p1")});
    addRow("header email,password", "Email,Password\na@x.org,p1\n", {acc(2, "a@x.org", "p1")});
    addRow("header with source and destination names",
           "Source User,Source Password,Destination User,Destination Password\na@x,p1,b@y,p2\n",
           {acc(2, "a@x", "p1", "b@y", "p2")});
    addRow("header rows keep empty fields",
           "user1,password1,user2,password2\na@x.org,p1,,\nb@x.org,,b@y.org,p2\nc@x.org,p3,,p9\n",
           {acc(2, "a@x.org", "p1"), acc(4, "c@x.org", "p3", "c@x.org", "p9")},
           {err(3, MissingPassword1)});
    addRow("header rows with RFC 4180 quoting", "user,password\n\"a@x.org\",\"p,w\"\"x\"\n",
           {acc(2, "a@x.org", "p,w\"x")});
    addRow("header rows: blanks only count inside quotes",
           "user1 , password1\n  a@x.org ,  my pw  \n \"b@x.org\" , \" q \" \n",
           {acc(2, "a@x.org", "my pw"), acc(3, "b@x.org", " q ")});
    addRow("header row too short", "user1,password1,user2,password2\na@x.org\n", {},
           {err(2, MissingPassword1)});
    addRow("header without a password2 column",
           "user1,password1,user2\na@x.org,p1,b@y.org\nc@x.org,p3,\n", {acc(3, "c@x.org", "p3")},
           {err(2, User2WithoutPassword2)});
    addRow("header with rows of bare delimiters", "user,password\na@x.org,p1\n,,\n,\n",
           {acc(2, "a@x.org", "p1")});
    addRow("header after comments", "# exported\n\nuser,password\na@x.org,p1\n",
           {acc(4, "a@x.org", "p1")});
    addRow("header row with an unterminated quote", "user,password\na@x.org,\"p1\nb@x.org,p2\n",
           {acc(3, "b@x.org", "p2")}, {err(2, UnterminatedQuote)});
    addRow("header row using another delimiter", "user,password\na@x.org p1\n", {},
           {err(2, MissingPassword)});
    addRow("header row without a user", "user,password\n,p1\n", {}, {err(2, MissingUser1)});
    addRow("header row without a password", "user,password\na@x.org,\n", {},
           {err(2, MissingPassword)});
    addRow("header row with text after a quote", "user,password\na@x.org,\"p\" x\n", {},
           {err(2, TextAfterQuote)});

    // unusable input
    addFatalRow("UTF-16 LE BOM",
                bytes("\xFF\xFE"
                      "a\0@\0x\0 \0p\0\n\0"),
                Utf16Error, 0);
    addFatalRow("UTF-16 BE BOM", bytes("\xFE\xFF\0a\0@\0x\0 \0p\0\n"), Utf16Error, 0);
    addFatalRow("UTF-16 without BOM", bytes("a\0l\0i\0c\0e\0 \0p\0w\0\n\0"), Utf16Error, 0);
    addFatalRow("NUL byte on line 3", bytes("a@x.org p1\nb@x.org p2\nc@x.org p\0w\n"), BinaryError,
                3);
    addFatalRow("NUL byte after the first 4 KiB",
                "a@x.org " + QByteArray(5000, 'x') + bytes("\nb\0\n"), BinaryError, 2,
                {acc(1, "a@x.org", QString(5000, u'x'))});
    addFatalRow("invalid UTF-8 (Latin-1) on line 2", "a@x.org p1\nb@x.org p\xE4ss\n", Utf8Error, 2,
                {acc(1, "a@x.org", "p1")});
    addFatalRow("overlong UTF-8", "a@x.org \xC0\xAF\n", Utf8Error, 1);
    addFatalRow("UTF-8 surrogate", "a@x.org \xED\xA0\x80\n", Utf8Error, 1);
    addFatalRow("truncated UTF-8 at the end", "a@x.org p\xC3", Utf8Error, 1);
    addFatalRow("invalid UTF-8 in a comment line", "# caf\xE9\na@x.org p1\n", Utf8Error, 1);

    // Windows-1252, after the user agreed
    addWindows1252Row("Windows-1252", "a@x.org p\xE4ss\x80\n", {acc(1, "a@x.org", "päss€")});
    addWindows1252Row("Windows-1252 undefined and 0x9F bytes", "a@x.org x\x81y\x9Fz\n",
                      {acc(1, "a@x.org", QStringLiteral("x\u0081yŸz"))});
    addWindows1252Row("Windows-1252 header, ';' and CRLF",
                      "user;password\r\nj\xFCrgen@x.de;Gr\xFC\xDF"
                      "e\x96"
                      "1\r\n",
                      {acc(2, "jürgen@x.de", "Grüße–1")});
}

void TestAccountListParser::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, defaultDomain);
    QFETCH(bool, windows1252);
    QFETCH(QStringList, accounts);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, duplicates);
    QFETCH(QString, fatal);
    QFETCH(int, fatalLine);

    const AccountListParser::Options parserOptions = options(defaultDomain, windows1252);
    const AccountList list = parseBytes(input, parserOptions);
    QCOMPARE(accountsOf(list), accounts);
    QCOMPARE(errorsOf(list), errors);
    QCOMPARE(duplicatesOf(list), duplicates);
    if (fatal.isEmpty()) {
        QVERIFY2(list.isUsable(), qPrintable(list.fatalError));
    } else {
        QVERIFY2(list.fatalError.contains(fatal), qPrintable(list.fatalError));
        QCOMPARE(list.fatalLine, fatalLine);
    }
    // Reading the same bytes in tiny pieces changes nothing.
    QCOMPARE(everything(parseInChunks(input, {1, 2, 3, 5, 7}, parserOptions)), everything(list));
}

void TestAccountListParser::noReasonContainsThePassword_data()
{
    QTest::addColumn<QByteArray>("input");
    for (const RejectingInput &rejecting : rejectingInputs())
        QTest::newRow(rejecting.name) << rejecting.input;
}

void TestAccountListParser::noReasonContainsThePassword()
{
    QFETCH(QByteArray, input);
    const QString password = QStringLiteral("Zq9-PASSWORD-Kx");
    const AccountList list = parseBytes(input);
    QVERIFY2(!list.errors.isEmpty() || !list.isUsable(), "the input must be rejected");
    QVERIFY(list.accounts.isEmpty());
    for (const RejectedLine &rejected : list.errors) {
        QVERIFY2(!rejected.reason.contains(password), qPrintable(rejected.reason));
        QVERIFY2(!rejected.reason.contains(QStringLiteral("PASSWORD")),
                 qPrintable(rejected.reason));
    }
    QVERIFY2(!list.fatalError.contains(QStringLiteral("PASSWORD")), qPrintable(list.fatalError));
}

// Proves that the rows above reach every reason the parser can give.
void TestAccountListParser::rejectingInputsCoverEveryReason()
{
    QSet<QString> seen;
    for (const RejectingInput &rejecting : rejectingInputs()) {
        for (const RejectedLine &rejected : parseBytes(rejecting.input).errors)
            seen.insert(rejected.reason);
    }
    for (int reason = 0; reason <= int(RejectReason::InvalidUser2); ++reason) {
        const QString text = rejectReasonText(RejectReason(reason));
        QVERIFY2(seen.contains(text), qPrintable(text));
    }
}

void TestAccountListParser::chunkBoundaries_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QVector<int>>("chunkSizes");
    QTest::addColumn<int>("expectedAccounts");

    // Multi-byte characters, CRLF pairs and quoted fields at every offset;
    // over 300 KB, so the reader's buffer wraps many times.
    const QByteArray headerless = "# ünïcødé comment\r\n"
                                  "a@x.org \"p w\"\"ö\" b@y.org 🔑€\r\n"
                                  "c@x.org,\"x,y\"\n"
                                  "d@x.org pässwörd\r\n"
                                  "e@x.org \"open\r\n";
    const QByteArray delimited = "user1;password1;user2;password2\r\n"
                                 "a@x.org;\"p;w\"\"ö\";b@y.org;🔑€\r\n"
                                 "c@x.org;\"x y\";;\n"
                                 "d@x.org;pässwörd;;\r\n";
    for (int size = 1; size <= 7; ++size) {
        const QByteArray name = "headerless, reads of " + QByteArray::number(size);
        QTest::newRow(name.constData())
            << headerless.repeated(3000) << QVector<int>{size} << 3000 * 3;
    }
    for (quint32 seed = 1; seed <= 3; ++seed) {
        const QByteArray name = "header, random reads, seed " + QByteArray::number(seed);
        QTest::newRow(name.constData()) << delimited + delimited.mid(33).repeated(4000)
                                        << ChunkedDevice::randomChunkSizes(seed, 7) << 4001 * 3;
    }
    QTest::newRow("reads of 65537 bytes")
        << headerless.repeated(3000) << QVector<int>{65537} << 3000 * 3;
}

void TestAccountListParser::chunkBoundaries()
{
    QFETCH(QByteArray, input);
    QFETCH(QVector<int>, chunkSizes);
    QFETCH(int, expectedAccounts);

    const AccountList whole = parseBytes(input);
    QVERIFY2(whole.isUsable(), qPrintable(whole.fatalError));
    const int readAccounts = int(whole.accounts.size() + whole.duplicates.size());
    QCOMPARE(readAccounts, expectedAccounts);
    QCOMPARE(everything(parseInChunks(input, chunkSizes)), everything(whole));
}

// Records reach the sinks while the device still has most of its data.
void TestAccountListParser::sinksGetRecordsWhileReading()
{
    QByteArray input;
    for (int i = 0; i < 20000; ++i)
        input += "user" + QByteArray::number(i) + "@example.com Pw-" + QByteArray::number(i) + "\n";
    ChunkedDevice device(input, {1000});
    device.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    qint64 deliveredAtFirstAccount = -1;
    int accounts = 0;
    AccountListParser parser;
    const bool ok = parser.parse(
        device,
        [&](const Account &) {
            if (accounts++ == 0)
                deliveredAtFirstAccount = device.delivered();
        },
        [](const RejectedLine &) {});
    QVERIFY(ok);
    QCOMPARE(accounts, 20000);
    QVERIFY2(deliveredAtFirstAccount < input.size() / 10,
             qPrintable(QString::number(deliveredAtFirstAccount)));
}

void TestAccountListParser::tenMegabyteFile()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    int expectedAccounts = 0;
    int lines = 0;
    qint64 written = 0;
    QByteArray block;
    while (written + block.size() < 10 * 1024 * 1024) {
        block += generatedLine(++lines);
        expectedAccounts += lines % 1000 != 0;
        if (block.size() > 1 << 20) {
            written += file.write(block);
            block.clear();
        }
    }
    written += file.write(block);
    QCOMPARE(written, file.size());
    QVERIFY(file.seek(0));

    const AccountList list = parseAccountList(file);
    QVERIFY2(list.isUsable(), qPrintable(list.fatalError));
    QVERIFY(lines > 150000);
    QCOMPARE(int(list.accounts.size()), expectedAccounts);
    QVERIFY(list.errors.isEmpty());
    QVERIFY(list.duplicates.isEmpty());
    QCOMPARE(accountsOf(list).first(),
             acc(1, "user1@old.example.com", "Pw 1\"q", "user1@new.example.org", "P2-1"));
    QCOMPARE(accountsOf(list).at(999), acc(1001, "user1001@old.example.com", "Pw 1001\"q",
                                           "user1001@new.example.org", "P2-1001"));
    QCOMPARE(list.accounts.last().line, lines - (lines % 1000 == 0 ? 1 : 0));
}

// A NUL far from the start is found line by line; the reads before it are
// reported but the list is unusable as a whole.
void TestAccountListParser::nulAfterManyLines()
{
    QByteArray input;
    for (int i = 1; i <= 5000; ++i)
        input += "u" + QByteArray::number(i) + "@x.org pw\n";
    input += bytes("u@x.org p\0w\nlast@x.org pw\n");
    const AccountList list = parseBytes(input);
    QVERIFY(!list.isUsable());
    QCOMPARE(list.fatalLine, 5001);
    QVERIFY(list.fatalError.contains(BinaryError));
    QCOMPARE(list.accounts.size(), 5000);
}

void TestAccountListParser::readErrorIsFatal()
{
    FailingDevice device("a@x.org pw1\nb@x.org pw2\n");
    device.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    const AccountList list = parseAccountList(device);
    QVERIFY(!list.isUsable());
    QVERIFY2(list.fatalError.contains(QStringLiteral("Input/output error")),
             qPrintable(list.fatalError));
    QCOMPARE(list.fatalLine, 0);
}

// QProcess and sockets answer -1 once closed: that is the end, not an error.
void TestAccountListParser::closedSequentialDeviceEndsTheList()
{
    ChunkedDevice device("a@x.org pw1\nb@x.org pw2", {5},
                         ChunkedDevice::EndOfData::ReturnsMinusOne);
    device.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    const AccountList list = parseAccountList(device);
    QVERIFY2(list.isUsable(), qPrintable(list.fatalError));
    QCOMPARE(accountsOf(list), (QStringList{acc(1, "a@x.org", "pw1"), acc(2, "b@x.org", "pw2")}));
}

void TestAccountListParser::unopenedDeviceIsFatal()
{
    QByteArray input = "a@x.org pw1\n";
    QBuffer buffer(&input);
    const AccountList list = parseAccountList(buffer);
    QVERIFY(!list.isUsable());
    QVERIFY(list.accounts.isEmpty());
}

void TestAccountListParser::parserCanBeReused()
{
    AccountListParser parser;
    QByteArray bad = "a@x.org p\xE4\n";
    QByteArray good = "user,password\na@x.org,pw\n";
    QBuffer badBuffer(&bad);
    QBuffer goodBuffer(&good);
    badBuffer.open(QIODevice::ReadOnly);
    goodBuffer.open(QIODevice::ReadOnly);
    QVERIFY(!parser.parse(badBuffer, {}, {}));
    QCOMPARE(parser.errorLine(), 1);
    QStringList seen;
    QVERIFY(parser.parse(
        goodBuffer, [&](const Account &a) { seen.append(acc(a.line, a.user1, a.password1)); }, {}));
    QVERIFY(parser.errorString().isEmpty());
    QCOMPARE(parser.errorLine(), 0);
    QCOMPARE(seen, QStringList{acc(2, "a@x.org", "pw")});
}

void TestAccountListParser::emptySinksAreAllowed()
{
    QByteArray input = "a@x.org pw1\nb@x.org\n";
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    AccountListParser parser;
    QVERIFY(parser.parse(buffer, {}, {}));
}

void TestAccountListParser::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("windows1252");
    QTest::addColumn<QList<int>>("accountLines");
    QTest::addColumn<QList<int>>("errorLines");
    QTest::addColumn<QList<int>>("duplicateLines");
    QTest::addColumn<int>("fatalLine"); // -1: usable

    using Lines = QList<int>;
    QTest::newRow("pymap-style.txt") << QStringLiteral("pymap-style.txt") << false
                                     << Lines{4, 5, 6, 7, 8, 9, 11, 12} << Lines{} << Lines{} << -1;
    QTest::newRow("exchange-online.csv") << QStringLiteral("exchange-online.csv") << false
                                         << Lines{2, 3, 4} << Lines{} << Lines{} << -1;
    QTest::newRow("two-pair.tsv") << QStringLiteral("two-pair.tsv") << false << Lines{2, 3, 4}
                                  << Lines{} << Lines{} << -1;
    QTest::newRow("mixed-errors.txt")
        << QStringLiteral("mixed-errors.txt") << false << Lines{2, 6, 12}
        << Lines{3, 4, 5, 8, 9, 10} << Lines{7} << -1;
    QTest::newRow("bom-crlf.csv") << QStringLiteral("bom-crlf.csv") << false << Lines{2, 3, 4}
                                  << Lines{} << Lines{} << -1;
    QTest::newRow("default-domain.txt") << QStringLiteral("default-domain.txt") << false
                                        << Lines{1, 2, 3} << Lines{} << Lines{} << -1;
    QTest::newRow("windows-1252.csv as UTF-8")
        << QStringLiteral("windows-1252.csv") << false << Lines{} << Lines{} << Lines{} << 2;
    QTest::newRow("windows-1252.csv as Windows-1252")
        << QStringLiteral("windows-1252.csv") << true << Lines{2, 3} << Lines{} << Lines{} << -1;
    QTest::newRow("binary.bin") << QStringLiteral("binary.bin") << false << Lines{} << Lines{}
                                << Lines{} << 3;
    QTest::newRow("utf-16.csv") << QStringLiteral("utf-16.csv") << false << Lines{} << Lines{}
                                << Lines{} << 0;
}

void TestAccountListParser::fixtures()
{
    QFETCH(QString, file);
    QFETCH(bool, windows1252);
    QFETCH(QList<int>, accountLines);
    QFETCH(QList<int>, errorLines);
    QFETCH(QList<int>, duplicateLines);
    QFETCH(int, fatalLine);

    QFile device(Fixtures + file);
    QVERIFY2(device.open(QIODevice::ReadOnly), qPrintable(device.errorString()));
    const AccountList list = parseAccountList(device, options({}, windows1252));
    QList<int> lines;
    for (const Account &account : list.accounts)
        lines.append(account.line);
    QCOMPARE(lines, accountLines);
    lines.clear();
    for (const RejectedLine &rejected : list.errors)
        lines.append(rejected.line);
    QCOMPARE(lines, errorLines);
    lines.clear();
    for (const DuplicateAccount &duplicate : list.duplicates)
        lines.append(duplicate.line);
    QCOMPARE(lines, duplicateLines);
    QCOMPARE(list.isUsable(), fatalLine < 0);
    if (fatalLine >= 0)
        QCOMPARE(list.fatalLine, fatalLine);
}

// The values the CLI and GUI tests rely on.
void TestAccountListParser::fixtureContents()
{
    const auto read = [](const QString &name, const AccountListParser::Options &parserOptions) {
        QFile file(Fixtures + name);
        file.open(QIODevice::ReadOnly);
        return parseAccountList(file, parserOptions);
    };
    const AccountList pymap = read(QStringLiteral("pymap-style.txt"), {});
    QCOMPARE(accountsOf(pymap).at(4),
             acc(8, "erin@old.example.com", "correct horse battery staple"));
    QCOMPARE(accountsOf(pymap).at(6), acc(11, "grace@old.example.com", "#hash'quote\"back\\slash"));
    QCOMPARE(accountsOf(pymap).at(7),
             acc(12, "heidi@old.example.com", "pässwörd€", "heidi@new.example.org", "Ünïcødé😀"));

    const AccountList exchange =
        read(QStringLiteral("exchange-online.csv"), options("example.net"));
    QCOMPARE(accountsOf(exchange).at(1),
             acc(3, "bob@example.net", "Pw8,zz0\"Qa1", "bob@contoso.com", "Pw8,zz0\"Qa1"));

    const AccountList tsv = read(QStringLiteral("two-pair.tsv"), {});
    QCOMPARE(accountsOf(tsv).at(1), acc(3, "bob@old.example.com", "Pw 8!zz0Qa1",
                                        "robert@new.example.org", "Mk2\"yy8\tWq6"));
    QCOMPARE(accountsOf(tsv).at(2), acc(4, "carol@old.example.com", "Hn3%ab7Zc4"));

    const AccountList mixed = read(QStringLiteral("mixed-errors.txt"), {});
    QCOMPARE(errorsOf(mixed), (QStringList{err(3, MissingPassword), err(4, User2WithoutPassword2),
                                           err(5, UnterminatedQuote), err(8, TooManyFields),
                                           err(9, InvalidUser1), err(10, MissingPassword)}));
    QCOMPARE(duplicatesOf(mixed), QStringList{dup(7, 2)});

    const AccountList bom = read(QStringLiteral("bom-crlf.csv"), {});
    QCOMPARE(accountsOf(bom).at(1),
             acc(3, "bob@old.example.com", "Pw8,zz0Qa1", "bob@new.example.org", "Mk2 \"yy8\""));

    const AccountList legacy = read(QStringLiteral("windows-1252.csv"), options({}, true));
    QCOMPARE(accountsOf(legacy), (QStringList{acc(2, "jürgen@example.de", "Grüße€1"),
                                              acc(3, "zoë@example.fr", "Café–2")}));

    const AccountList domain = read(QStringLiteral("default-domain.txt"), options("example.com"));
    QCOMPARE(accountsOf(domain).at(2),
             acc(3, "carol@example.com", "Hn3%ab7Zc4", "carol.new@example.com", "Mk2&yy8Wq6"));
}

QTEST_GUILESS_MAIN(TestAccountListParser)
#include "tst_accountlistparser.moc"
