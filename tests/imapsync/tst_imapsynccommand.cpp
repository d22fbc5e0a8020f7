#include "imapsync/imapsynccommand.h"
#include "imapsync/imapsyncversion.h"

#include <QTest>

using namespace imapdesk;

Q_DECLARE_METATYPE(imapdesk::ImapsyncJobSpec)

namespace {

const QString kProgram = QStringLiteral("/usr/bin/imapsync");
const QString kPidFile = QStringLiteral("/var/lib/imapdesk/run/job-42.pid");
const QString kLogFile = QStringLiteral("/var/lib/imapdesk/logs/7/job-42.log");
const QString kPassfile = QStringLiteral("/var/lib/imapdesk/run/job-42.pass1");

ImapsyncJobSpec baseSpec()
{
    ImapsyncJobSpec spec;
    spec.program = kProgram;
    spec.source = {QStringLiteral("imap.source.example"),
                   0,
                   Security::Ssl,
                   QStringLiteral("alice@source.example"),
                   ProviderPreset::None,
                   {}};
    spec.destination = {QStringLiteral("imap.dest.example"),
                        0,
                        Security::StartTls,
                        QStringLiteral("alice@dest.example"),
                        ProviderPreset::None,
                        {}};
    spec.password1 = QStringLiteral("first-secret");
    spec.password2 = QStringLiteral("second-secret");
    spec.pidFile = kPidFile;
    spec.logFile = kLogFile;
    return spec;
}

QStringList endpointArguments()
{
    return {"--host1",
            "imap.source.example",
            "--port1",
            "993",
            "--user1",
            "alice@source.example",
            "--ssl1",
            "--host2",
            "imap.dest.example",
            "--port2",
            "143",
            "--user2",
            "alice@dest.example",
            "--tls2"};
}

// The arguments of baseSpec() after the endpoints, before the modes.
QStringList fileArguments()
{
    return {"--pidfile", kPidFile, "--logdir", "", "--logfile", kLogFile, "--noreleasecheck"};
}

QStringList baseArguments()
{
    return QStringList{"--nodockercontext"} + endpointArguments() + fileArguments();
}

QProcessEnvironment inheritedEnvironment()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin"));
    environment.insert(QStringLiteral("HOME"), QStringLiteral("/home/tech"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    environment.insert(QStringLiteral("IMAPSYNC_PASSWORD1"), QStringLiteral("inherited-one"));
    environment.insert(QStringLiteral("IMAPSYNC_PASSWORD2"), QStringLiteral("inherited-two"));
    environment.insert(QStringLiteral("IMAPSYNC_PASSWORD"), QStringLiteral("inherited-stray"));
    return environment;
}

ImapsyncCommand built(const ImapsyncJobSpec &spec,
                      const QProcessEnvironment &environment = inheritedEnvironment())
{
    const ImapsyncCommandResult result = buildImapsyncCommand(spec, environment);
    if (!result.ok()) {
        qWarning("%s", qPrintable(result.error));
        return {};
    }
    return *result.command;
}

} // namespace

class TestImapsyncCommand final : public QObject
{
    Q_OBJECT

private slots:
    void arguments_data();
    void arguments();
    void programIsKept();
    void environmentCarriesPasswords();
    void environmentWithPassfile();
    void environmentWithTwoPassfiles();
    void refused_data();
    void refused();
    void needsPassfile_data();
    void needsPassfile();
    void effectivePort_data();
    void effectivePort();
    void noPasswordInArguments_data();
    void noPasswordInArguments();
    void displayCommandLine();
    void displayCommandLineWithPassfile();
    void displayMasksPasswordOptions();
    void abortFile();
    void shellQuoted_data();
    void shellQuoted();
    void parseVersion_data();
    void parseVersion();
    void versionSupport_data();
    void versionSupport();
    void versionWarning_data();
    void versionWarning();
};

void TestImapsyncCommand::arguments_data()
{
    QTest::addColumn<ImapsyncJobSpec>("spec");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("ssl source, starttls destination, default ports")
        << baseSpec() << baseArguments();

    ImapsyncJobSpec spec = baseSpec();
    spec.source.security = Security::None;
    spec.destination.security = Security::Ssl;
    QStringList expected = baseArguments();
    expected.replace(4, "143");
    expected.replace(7, "--notls1");
    expected.replace(11, "993");
    expected.replace(14, "--ssl2");
    QTest::newRow("no encryption source, ssl destination") << spec << expected;

    spec = baseSpec();
    spec.source.port = 1993;
    spec.destination.port = 2143;
    spec.destination.security = Security::None;
    expected = baseArguments();
    expected.replace(4, "1993");
    expected.replace(11, "2143");
    expected.replace(14, "--notls2");
    QTest::newRow("explicit ports") << spec << expected;

    spec = baseSpec();
    spec.dryRun = true;
    QTest::newRow("dry run") << spec << baseArguments() + QStringList{"--dry"};

    spec = baseSpec();
    spec.justLogin = true;
    QTest::newRow("just login") << spec << baseArguments() + QStringList{"--justlogin"};

    spec.dryRun = true;
    QTest::newRow("dry and just login")
        << spec << baseArguments() + QStringList{"--dry", "--justlogin"};

    spec = baseSpec();
    spec.source.preset = ProviderPreset::Gmail;
    spec.destination.preset = ProviderPreset::Office365;
    spec.destination.security = Security::Ssl;
    expected = QStringList{"--nodockercontext"} + endpointArguments();
    expected.replace(11, "993");
    expected.replace(14, "--ssl2");
    expected.insert(8, "--gmail1");
    expected.append("--office2");
    QTest::newRow("gmail and office presets") << spec << expected + fileArguments();

    // A certificate accepted in the pre-flight check: verified, pinned to it.
    const QString pin = QStringLiteral("ab").repeated(32);
    spec = baseSpec();
    spec.destination.certificate = pin;
    QTest::newRow("accepted destination certificate")
        << spec
        << QStringList{"--nodockercontext"} + endpointArguments() +
               QStringList{"--sslargs2", "SSL_verify_mode=1", "--sslargs2",
                           "SSL_fingerprint=sha256$" + pin} +
               fileArguments();

    spec = baseSpec();
    spec.source.preset = ProviderPreset::Exchange;
    spec.destination.preset = ProviderPreset::Domino;
    expected = QStringList{"--nodockercontext"} + endpointArguments();
    expected.insert(8, "--exchange1");
    expected.append("--domino2");
    QTest::newRow("exchange and domino presets") << spec << expected + fileArguments();

    spec = baseSpec();
    spec.extraArguments = QStringList{"--automap", "--folder", "Sent Items", "--releasecheck"};
    spec.dryRun = true;
    QTest::newRow("extra arguments come last")
        << spec << baseArguments() + QStringList{"--dry"} + spec.extraArguments;

    spec = baseSpec();
    spec.logFile.clear();
    expected = QStringList{"--nodockercontext"} + endpointArguments() +
               QStringList{"--pidfile", kPidFile, "--nolog", "--noreleasecheck"};
    QTest::newRow("no log file") << spec << expected;

    spec = baseSpec();
    spec.noDockerContext = false;
    QTest::newRow("imapsync without --nodockercontext")
        << spec << endpointArguments() + fileArguments();

    spec = baseSpec();
    spec.password1 = QStringLiteral("0");
    spec.passfile1 = kPassfile;
    QTest::newRow("passfile for the source")
        << spec
        << QStringList{"--nodockercontext"} + endpointArguments() +
               QStringList{"--passfile1", kPassfile} + fileArguments();

    spec = baseSpec();
    spec.password2.clear();
    spec.passfile2 = kPassfile;
    QTest::newRow("passfile for the destination")
        << spec
        << QStringList{"--nodockercontext"} + endpointArguments() +
               QStringList{"--passfile2", kPassfile} + fileArguments();
}

void TestImapsyncCommand::arguments()
{
    QFETCH(ImapsyncJobSpec, spec);
    QFETCH(QStringList, expected);

    const ImapsyncCommandResult result = buildImapsyncCommand(spec, inheritedEnvironment());
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.command->arguments, expected);
}

void TestImapsyncCommand::programIsKept()
{
    ImapsyncJobSpec spec = baseSpec();
    spec.program = QStringLiteral("/opt/Image Desk/imapsync");
    QCOMPARE(built(spec).program, spec.program);
}

void TestImapsyncCommand::environmentCarriesPasswords()
{
    const QProcessEnvironment environment = built(baseSpec()).environment;
    QCOMPARE(environment.value(QStringLiteral("IMAPSYNC_PASSWORD1")),
             QStringLiteral("first-secret"));
    QCOMPARE(environment.value(QStringLiteral("IMAPSYNC_PASSWORD2")),
             QStringLiteral("second-secret"));
    QVERIFY(!environment.contains(QStringLiteral("IMAPSYNC_PASSWORD")));
    QCOMPARE(environment.value(QStringLiteral("PATH")), QStringLiteral("/usr/local/bin:/usr/bin"));
    QCOMPARE(environment.value(QStringLiteral("HOME")), QStringLiteral("/home/tech"));
    QCOMPARE(environment.value(QStringLiteral("LANG")), QStringLiteral("de_DE.UTF-8"));
    QCOMPARE(environment.keys().size(), 5);
}

void TestImapsyncCommand::environmentWithPassfile()
{
    ImapsyncJobSpec spec = baseSpec();
    spec.password1 = QStringLiteral("0");
    spec.passfile1 = kPassfile;
    const QProcessEnvironment environment = built(spec).environment;
    // Passfile beats environment anyway, but no inherited value may linger.
    QVERIFY(!environment.contains(QStringLiteral("IMAPSYNC_PASSWORD1")));
    QCOMPARE(environment.value(QStringLiteral("IMAPSYNC_PASSWORD2")),
             QStringLiteral("second-secret"));
    QVERIFY(!environment.contains(QStringLiteral("IMAPSYNC_PASSWORD")));
    QCOMPARE(environment.keys().size(), 4);
}

void TestImapsyncCommand::environmentWithTwoPassfiles()
{
    ImapsyncJobSpec spec = baseSpec();
    spec.passfile1 = kPassfile;
    spec.passfile2 = kPassfile + QLatin1Char('2');
    QStringList names = built(spec).environment.keys();
    names.sort();
    QCOMPARE(names, (QStringList{"HOME", "LANG", "PATH"}));
}

void TestImapsyncCommand::refused_data()
{
    QTest::addColumn<ImapsyncJobSpec>("spec");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<QString>("secret");

    ImapsyncJobSpec spec = baseSpec();
    spec.program.clear();
    QTest::newRow("no program") << spec << QStringLiteral("imapsync program") << QString();

    spec = baseSpec();
    spec.source.certificate = QStringLiteral("not-hex");
    QTest::newRow("source certificate not a fingerprint")
        << spec << QStringLiteral("certificate of the source is not a SHA-256") << QString();

    spec = baseSpec();
    spec.source.host.clear();
    QTest::newRow("empty source host")
        << spec << QStringLiteral("source host is empty") << QString();
    spec = baseSpec();
    spec.source.host = QStringLiteral("  ");
    QTest::newRow("blank source host")
        << spec << QStringLiteral("source host is empty") << QString();
    spec = baseSpec();
    spec.destination.host.clear();
    QTest::newRow("empty destination host")
        << spec << QStringLiteral("destination host is empty") << QString();
    spec = baseSpec();
    spec.source.user.clear();
    QTest::newRow("empty source user")
        << spec << QStringLiteral("source user is empty") << QString();
    spec = baseSpec();
    spec.destination.user.clear();
    QTest::newRow("empty destination user")
        << spec << QStringLiteral("destination user is empty") << QString();

    spec = baseSpec();
    spec.pidFile.clear();
    QTest::newRow("no pid file") << spec << QStringLiteral("pid file") << QString();
    spec = baseSpec();
    spec.pidFile = QStringLiteral("job.pid");
    QTest::newRow("relative pid file") << spec << QStringLiteral("pid file") << QString();
    spec = baseSpec();
    spec.logFile = QStringLiteral("logs/job.log");
    QTest::newRow("relative log file") << spec << QStringLiteral("log file") << QString();

    spec = baseSpec();
    spec.password1 = QStringLiteral("0");
    QTest::newRow("zero source password without passfile")
        << spec << QStringLiteral("source password") << QStringLiteral("0");
    spec = baseSpec();
    spec.password2.clear();
    QTest::newRow("empty destination password without passfile")
        << spec << QStringLiteral("destination password") << QString();
    spec = baseSpec();
    spec.password2 = QStringLiteral("0");
    spec.passfile2 = QStringLiteral("job.pass");
    QTest::newRow("relative passfile")
        << spec << QStringLiteral("password file of the destination") << QStringLiteral("0");

    spec = baseSpec();
    spec.extraArguments = QStringList{"--automap", "--password1", "first-secret"};
    QTest::newRow("extra arguments with a password")
        << spec << QStringLiteral("--password1") << QStringLiteral("first-secret");
    spec = baseSpec();
    spec.extraArguments = QStringList{"--nolog"};
    QTest::newRow("extra arguments with --nolog") << spec << QStringLiteral("--nolog") << QString();

    spec = baseSpec();
    spec.source.preset = ProviderPreset::Gmail;
    spec.source.security = Security::StartTls;
    QTest::newRow("gmail preset without ssl") << spec << QStringLiteral("SSL") << QString();
}

void TestImapsyncCommand::refused()
{
    QFETCH(ImapsyncJobSpec, spec);
    QFETCH(QString, fragment);
    QFETCH(QString, secret);

    const ImapsyncCommandResult result = buildImapsyncCommand(spec, inheritedEnvironment());
    QVERIFY(!result.ok());
    QVERIFY(!result.command.has_value());
    QVERIFY2(result.error.contains(fragment), qPrintable(result.error));
    if (!secret.isEmpty()) {
        QVERIFY2(!result.error.contains(secret), qPrintable(result.error));
    }
}

void TestImapsyncCommand::needsPassfile_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("needed");

    QTest::newRow("empty") << QString() << true;
    QTest::newRow("zero") << QStringLiteral("0") << true;
    QTest::newRow("nul inside") << QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b") << true;
    QTest::newRow("double zero") << QStringLiteral("00") << false;
    QTest::newRow("zero and blank") << QStringLiteral("0 ") << false;
    QTest::newRow("blank and zero") << QStringLiteral(" 0") << false;
    QTest::newRow("zero point zero") << QStringLiteral("0.0") << false;
    QTest::newRow("letter O") << QStringLiteral("O") << false;
    QTest::newRow("false") << QStringLiteral("false") << false;
    QTest::newRow("blank") << QStringLiteral(" ") << false;
    QTest::newRow("ordinary") << QStringLiteral("p@ss \"w0rd\"") << false;
}

void TestImapsyncCommand::needsPassfile()
{
    QFETCH(QString, password);
    QFETCH(bool, needed);

    QCOMPARE(imapdesk::needsPassfile(password), needed);
    ImapsyncJobSpec spec = baseSpec();
    spec.password1 = password;
    QCOMPARE(buildImapsyncCommand(spec, inheritedEnvironment()).ok(), !needed);
    spec.passfile1 = kPassfile;
    QVERIFY(buildImapsyncCommand(spec, inheritedEnvironment()).ok());
}

void TestImapsyncCommand::effectivePort_data()
{
    QTest::addColumn<int>("security");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("expected");

    QTest::newRow("ssl default") << int(Security::Ssl) << 0 << 993;
    QTest::newRow("starttls default") << int(Security::StartTls) << 0 << 143;
    QTest::newRow("none default") << int(Security::None) << 0 << 143;
    QTest::newRow("ssl explicit") << int(Security::Ssl) << 1993 << 1993;
    QTest::newRow("none explicit") << int(Security::None) << 993 << 993;
}

void TestImapsyncCommand::effectivePort()
{
    QFETCH(int, security);
    QFETCH(int, port);
    QFETCH(int, expected);

    ImapEndpoint endpoint;
    endpoint.security = Security(security);
    endpoint.port = quint16(port);
    QCOMPARE(int(imapdesk::effectivePort(endpoint)), expected);
}

void TestImapsyncCommand::noPasswordInArguments_data()
{
    QTest::addColumn<QString>("password1");
    QTest::addColumn<QString>("password2");

    QTest::newRow("distinctive") << QStringLiteral("S3cr3t-P@ss w0rd")
                                 << QStringLiteral("Tr0ub4dor&3");
    QTest::newRow("equal to options") << QStringLiteral("--dry") << QStringLiteral("--justlogin");
    QTest::newRow("equal to ports") << QStringLiteral("993") << QStringLiteral("143");
    QTest::newRow("equal to password options")
        << QStringLiteral("--password1") << QStringLiteral("--passfile2");
    QTest::newRow("quotes and dollars")
        << QStringLiteral("'it\"s $HOME'") << QStringLiteral("`rm -rf`;|&");
    QTest::newRow("non ascii") << QStringLiteral("pässwörd€") << QStringLiteral("密码123");
    QTest::newRow("newline") << QStringLiteral("line1\nline2") << QStringLiteral("tab\there");
}

void TestImapsyncCommand::noPasswordInArguments()
{
    QFETCH(QString, password1);
    QFETCH(QString, password2);

    // Ports and modes chosen so that none of these passwords is also a real argument.
    ImapsyncJobSpec spec = baseSpec();
    spec.source.port = 1144;
    spec.source.security = Security::StartTls;
    spec.destination.port = 2465;
    spec.password1 = password1;
    spec.password2 = password2;
    spec.extraArguments = QStringList{"--automap", "--folder", "INBOX"};
    const ImapsyncCommand command = built(spec);
    QVERIFY(!command.arguments.isEmpty());

    const QString display = imapdesk::displayCommandLine(command);
    for (const QString &password : {password1, password2}) {
        QVERIFY(!command.arguments.contains(password));
        for (const QString &argument : command.arguments) {
            QVERIFY2(!argument.contains(password), qPrintable(argument));
        }
        QVERIFY2(!display.contains(password), qPrintable(display));
        QVERIFY(!command.program.contains(password));
    }
    QCOMPARE(command.environment.value(QStringLiteral("IMAPSYNC_PASSWORD1")), password1);
    QCOMPARE(command.environment.value(QStringLiteral("IMAPSYNC_PASSWORD2")), password2);
}

void TestImapsyncCommand::displayCommandLine()
{
    ImapsyncJobSpec spec = baseSpec();
    spec.extraArguments = QStringList{"--folder", "Sent Items", "--regextrans2", "s/'/_/g"};
    QCOMPARE(imapdesk::displayCommandLine(built(spec)),
             QStringLiteral("IMAPSYNC_PASSWORD1=MASKED IMAPSYNC_PASSWORD2=MASKED "
                            "/usr/bin/imapsync --nodockercontext --host1 imap.source.example "
                            "--port1 993 --user1 alice@source.example --ssl1 --host2 "
                            "imap.dest.example --port2 143 --user2 alice@dest.example --tls2 "
                            "--pidfile /var/lib/imapdesk/run/job-42.pid --logdir '' --logfile "
                            "/var/lib/imapdesk/logs/7/job-42.log --noreleasecheck --folder "
                            "'Sent Items' --regextrans2 's/'\\''/_/g'"));
}

void TestImapsyncCommand::displayCommandLineWithPassfile()
{
    ImapsyncJobSpec spec = baseSpec();
    spec.password1 = QStringLiteral("0");
    spec.passfile1 = kPassfile;
    spec.logFile.clear();
    spec.noDockerContext = false;
    QCOMPARE(imapdesk::displayCommandLine(built(spec)),
             QStringLiteral("IMAPSYNC_PASSWORD2=MASKED /usr/bin/imapsync --host1 "
                            "imap.source.example --port1 993 --user1 alice@source.example --ssl1 "
                            "--host2 imap.dest.example --port2 143 --user2 alice@dest.example "
                            "--tls2 --passfile1 /var/lib/imapdesk/run/job-42.pass1 --pidfile "
                            "/var/lib/imapdesk/run/job-42.pid --nolog --noreleasecheck"));
}

void TestImapsyncCommand::displayMasksPasswordOptions()
{
    // Not something the builder produces: a command from elsewhere must not leak either.
    ImapsyncCommand command;
    command.program = QStringLiteral("imapsync");
    command.arguments = QStringList{"--password1", "Xy7Qz", "-PASSWORD2=Wv9Kp", "--passw", "Kq4Rt",
                                    "--folder",    "INBOX"};
    QCOMPARE(imapdesk::displayCommandLine(command),
             QStringLiteral("imapsync --password1 MASKED -PASSWORD2=MASKED --passw MASKED "
                            "--folder INBOX"));
}

void TestImapsyncCommand::abortFile()
{
    QCOMPARE(imapsyncAbortFile(kPidFile, 28385),
             QStringLiteral("/var/lib/imapdesk/run/job-42.pidabort28385"));
}

void TestImapsyncCommand::shellQuoted_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("--host1") << QStringLiteral("--host1");
    QTest::newRow("address") << QStringLiteral("a.b+c@d.example")
                             << QStringLiteral("a.b+c@d.example");
    QTest::newRow("path") << QStringLiteral("/var/x-1/y_2.log")
                          << QStringLiteral("/var/x-1/y_2.log");
    QTest::newRow("empty") << QString() << QStringLiteral("''");
    QTest::newRow("blank") << QStringLiteral("Sent Items") << QStringLiteral("'Sent Items'");
    QTest::newRow("single quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
    QTest::newRow("dollar") << QStringLiteral("$HOME") << QStringLiteral("'$HOME'");
    QTest::newRow("glob") << QStringLiteral("*") << QStringLiteral("'*'");
    QTest::newRow("non ascii") << QStringLiteral("Entwürfe") << QStringLiteral("'Entwürfe'");
}

void TestImapsyncCommand::shellQuoted()
{
    QFETCH(QString, argument);
    QFETCH(QString, expected);

    QCOMPARE(imapdesk::shellQuoted(argument), expected);
}

void TestImapsyncCommand::parseVersion_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("expected");

    QTest::newRow("2.229") << QStringLiteral("2.229\n") << QStringLiteral("2.229");
    QTest::newRow("no newline") << QStringLiteral("2.229") << QStringLiteral("2.229");
    QTest::newRow("blanks and crlf") << QStringLiteral("  2.229 \r\n") << QStringLiteral("2.229");
    QTest::newRow("after perl warnings")
        << QStringLiteral("perl: warning: Setting locale failed.\nperl: warning: Please check\n"
                          "2.229\n")
        << QStringLiteral("2.229");
    QTest::newRow("old") << QStringLiteral("1.945\n") << QStringLiteral("1.945");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("garbage") << QStringLiteral("Unknown option: version\n") << QString();
    QTest::newRow("sentence with a number")
        << QStringLiteral("Here is imapsync 2.229 on host x") << QString();
}

void TestImapsyncCommand::parseVersion()
{
    QFETCH(QString, output);
    QFETCH(QString, expected);

    const QVersionNumber version = parseImapsyncVersion(output);
    QCOMPARE(version.isNull(), expected.isEmpty());
    QCOMPARE(version.toString(), expected);
}

void TestImapsyncCommand::versionSupport_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("noDockerContext");
    QTest::addColumn<bool>("passwordEnvironment");

    QTest::newRow("2.229") << QStringLiteral("2.229") << true << true;
    QTest::newRow("2.200") << QStringLiteral("2.200") << true << true;
    QTest::newRow("2.199") << QStringLiteral("2.199") << false << true;
    QTest::newRow("2.23 is older than 2.200 in RCS numbering")
        << QStringLiteral("2.23") << false << true;
    QTest::newRow("3.0") << QStringLiteral("3.0") << true << true;
    QTest::newRow("1.782") << QStringLiteral("1.782") << false << true;
    QTest::newRow("1.781") << QStringLiteral("1.781") << false << false;
    QTest::newRow("unknown") << QString() << false << false;
}

void TestImapsyncCommand::versionSupport()
{
    QFETCH(QString, version);
    QFETCH(bool, noDockerContext);
    QFETCH(bool, passwordEnvironment);

    const QVersionNumber number = QVersionNumber::fromString(version);
    QCOMPARE(imapsyncSupportsNoDockerContext(number), noDockerContext);
    QCOMPARE(imapsyncReadsPasswordEnvironment(number), passwordEnvironment);
}

void TestImapsyncCommand::versionWarning_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("warningPart"); // empty: no warning

    QTest::newRow("2.229 tested") << QStringLiteral("2.229") << QString();
    QTest::newRow("newer") << QStringLiteral("2.290") << QString();
    QTest::newRow("unknown") << QString() << QString();
    QTest::newRow("2.228 untested")
        << QStringLiteral("2.228") << QStringLiteral("older than 2.229");
    QTest::newRow("2.23 in RCS numbering") << QStringLiteral("2.23") << QStringLiteral("older");
    QTest::newRow("1.781 cannot read passwords")
        << QStringLiteral("1.781") << QStringLiteral("too old");
}

void TestImapsyncCommand::versionWarning()
{
    QFETCH(QString, version);
    QFETCH(QString, warningPart);

    const QString warning = imapsyncVersionWarning(QVersionNumber::fromString(version));
    QCOMPARE(warning.isEmpty(), warningPart.isEmpty());
    QVERIFY2(warning.contains(warningPart), qPrintable(warning));
}

QTEST_GUILESS_MAIN(TestImapsyncCommand)
#include "tst_imapsynccommand.moc"
