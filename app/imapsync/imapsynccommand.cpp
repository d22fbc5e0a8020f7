#include "imapsync/imapsynccommand.h"

#include "imapsync/extraarguments.h"
#include "imapsync/imapsyncoptions.h"
#include "net/certificatetrust.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <algorithm>

namespace imapdesk {

namespace {

const QString kPasswordVariable1 = QStringLiteral("IMAPSYNC_PASSWORD1");
const QString kPasswordVariable2 = QStringLiteral("IMAPSYNC_PASSWORD2");

QString translated(const char *text)
{
    return QCoreApplication::translate("Imapsync", text);
}

// side 1 is the source, 2 the destination; whole sentences for the translators.
QString perSide(int side, const char *source, const char *destination)
{
    return translated(side == 1 ? source : destination);
}

QString checkEndpoint(const ImapEndpoint &endpoint, int side)
{
    if (endpoint.host.trimmed().isEmpty()) {
        // Without --host1/--host2 imapsync silently only tests a connection and exits 0.
        return perSide(side,
                       QT_TRANSLATE_NOOP("Imapsync", "The source host is empty: imapsync would "
                                                     "only test a connection and report success."),
                       QT_TRANSLATE_NOOP("Imapsync",
                                         "The destination host is empty: imapsync would only "
                                         "test a connection and report success."));
    }
    if (endpoint.user.trimmed().isEmpty()) {
        return perSide(side,
                       QT_TRANSLATE_NOOP("Imapsync", "The source user is empty: imapsync would "
                                                     "only test a connection and report success."),
                       QT_TRANSLATE_NOOP("Imapsync",
                                         "The destination user is empty: imapsync would only "
                                         "test a connection and report success."));
    }
    const bool sslPreset =
        endpoint.preset == ProviderPreset::Gmail || endpoint.preset == ProviderPreset::Office365;
    if (sslPreset && endpoint.security != Security::Ssl) {
        return perSide(side,
                       QT_TRANSLATE_NOOP("Imapsync", "The provider preset of the source connects "
                                                     "with SSL: set its security to SSL."),
                       QT_TRANSLATE_NOOP("Imapsync",
                                         "The provider preset of the destination connects with "
                                         "SSL: set its security to SSL."));
    }
    if (!endpoint.certificate.isEmpty() &&
        imapsyncCertificatePinArguments(ImapsyncSide(side),
                                        QByteArray::fromHex(endpoint.certificate.toLatin1()))
            .isEmpty()) {
        return perSide(side,
                       QT_TRANSLATE_NOOP("Imapsync", "The accepted certificate of the source is "
                                                     "not a SHA-256 fingerprint."),
                       QT_TRANSLATE_NOOP("Imapsync", "The accepted certificate of the destination "
                                                     "is not a SHA-256 fingerprint."));
    }
    return {};
}

// Messages name the side, never the password (not even as "empty" or "0").
QString checkPassword(const QString &password, const QString &passfile, int side)
{
    if (!passfile.isEmpty() && !QDir::isAbsolutePath(passfile)) {
        return perSide(
            side,
            QT_TRANSLATE_NOOP("Imapsync", "The password file of the source must be an absolute "
                                          "path."),
            QT_TRANSLATE_NOOP("Imapsync", "The password file of the destination must be an "
                                          "absolute path."));
    }
    if (passfile.isEmpty() && needsPassfile(password)) {
        return perSide(
            side,
            QT_TRANSLATE_NOOP("Imapsync",
                              "The source password cannot be passed through the environment "
                              "(imapsync ignores an empty password or a lone zero there): a "
                              "password file is needed for it."),
            QT_TRANSLATE_NOOP("Imapsync",
                              "The destination password cannot be passed through the "
                              "environment (imapsync ignores an empty password or a lone zero "
                              "there): a password file is needed for it."));
    }
    return {};
}

QString checkFiles(const ImapsyncJobSpec &spec)
{
    if (spec.pidFile.isEmpty() || !QDir::isAbsolutePath(spec.pidFile)) {
        return translated(QT_TRANSLATE_NOOP(
            "Imapsync", "Each job needs its own pid file, given as an absolute path: imapsync's "
                        "default one is shared by all its runs."));
    }
    if (!spec.logFile.isEmpty() && !QDir::isAbsolutePath(spec.logFile)) {
        return translated(QT_TRANSLATE_NOOP(
            "Imapsync", "The log file must be an absolute path: imapsync would put a relative "
                        "one under LOG_imapsync in its working directory."));
    }
    return {};
}

QString checkExtraArguments(const QStringList &arguments)
{
    const ExtraArgumentsResult checked = validateExtraArguments(arguments);
    if (checked.ok()) {
        return {};
    }
    return QCoreApplication::translate("Imapsync", "The extra arguments are refused: %1")
        .arg(checked.errors.first().message);
}

QString checkSpec(const ImapsyncJobSpec &spec)
{
    QStringList problems;
    if (spec.program.isEmpty()) {
        problems.append(translated(QT_TRANSLATE_NOOP("Imapsync", "No imapsync program is set.")));
    }
    problems << checkEndpoint(spec.source, 1) << checkEndpoint(spec.destination, 2)
             << checkFiles(spec) << checkPassword(spec.password1, spec.passfile1, 1)
             << checkPassword(spec.password2, spec.passfile2, 2)
             << checkExtraArguments(spec.extraArguments);
    problems.removeAll(QString());
    return problems.value(0);
}

QString securityOption(Security security)
{
    switch (security) {
    case Security::Ssl:
        return QStringLiteral("--ssl");
    case Security::StartTls:
        return QStringLiteral("--tls");
    case Security::None:
        return QStringLiteral("--notls"); // also stops the automatic STARTTLS upgrade
    }
    return {};
}

QStringList endpointArguments(const ImapEndpoint &endpoint, int sideNumber)
{
    const QString side = QString::number(sideNumber);
    QStringList arguments = {
        QStringLiteral("--host") + side,         endpoint.host,
        QStringLiteral("--port") + side,         QString::number(effectivePort(endpoint)),
        QStringLiteral("--user") + side,         endpoint.user,
        securityOption(endpoint.security) + side};
    if (endpoint.preset != ProviderPreset::None)
        arguments.append(presetOption(endpoint.preset, sideNumber));
    if (!endpoint.certificate.isEmpty())
        arguments.append(imapsyncCertificatePinArguments(
            ImapsyncSide(sideNumber), QByteArray::fromHex(endpoint.certificate.toLatin1())));
    return arguments;
}

QStringList passfileArguments(const ImapsyncJobSpec &spec)
{
    QStringList arguments;
    if (!spec.passfile1.isEmpty()) {
        arguments << QStringLiteral("--passfile1") << spec.passfile1;
    }
    if (!spec.passfile2.isEmpty()) {
        arguments << QStringLiteral("--passfile2") << spec.passfile2;
    }
    return arguments;
}

QStringList logArguments(const ImapsyncJobSpec &spec)
{
    if (spec.logFile.isEmpty()) {
        return {QStringLiteral("--nolog")};
    }
    // An empty --logdir keeps an absolute --logfile as it is (interface doc §6, 13g).
    return {QStringLiteral("--logdir"), QString(), QStringLiteral("--logfile"), spec.logFile};
}

QStringList modeArguments(const ImapsyncJobSpec &spec)
{
    QStringList arguments;
    if (spec.dryRun) {
        arguments << QStringLiteral("--dry");
    }
    if (spec.justLogin) {
        arguments << QStringLiteral("--justlogin");
    }
    return arguments;
}

QStringList argumentsOf(const ImapsyncJobSpec &spec)
{
    QStringList arguments;
    if (spec.noDockerContext) {
        arguments << QStringLiteral("--nodockercontext");
    }
    arguments << endpointArguments(spec.source, 1) << endpointArguments(spec.destination, 2)
              << passfileArguments(spec) << QStringLiteral("--pidfile") << spec.pidFile
              << logArguments(spec)
              // Off by default in 2.229; said anyway so that no version phones home
              // from hundreds of jobs. Extra arguments come later and may override it.
              << QStringLiteral("--noreleasecheck") << modeArguments(spec) << spec.extraArguments;
    return arguments;
}

// Environment beats --password and passfile beats environment (interface doc
// §4): inherited IMAPSYNC_PASSWORD* must go, whatever the sides use.
QProcessEnvironment environmentOf(const ImapsyncJobSpec &spec,
                                  const QProcessEnvironment &baseEnvironment)
{
    QProcessEnvironment environment = baseEnvironment;
    const QStringList names = baseEnvironment.keys();
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("IMAPSYNC_PASSWORD"), Qt::CaseInsensitive)) {
            environment.remove(name);
        }
    }
    if (spec.passfile1.isEmpty()) {
        environment.insert(kPasswordVariable1, spec.password1);
    }
    if (spec.passfile2.isEmpty()) {
        environment.insert(kPasswordVariable2, spec.password2);
    }
    return environment;
}

bool isPasswordOption(const ImapsyncOption &option)
{
    return option.canonical == QLatin1String("password1") ||
           option.canonical == QLatin1String("password2");
}

// Whether argument is a password option; inline tells whether it holds "=value".
bool passwordOption(const QString &argument, bool *inlineValue)
{
    const bool optionLike = argument.size() > 1 && (argument.startsWith(QLatin1Char('-')) ||
                                                    argument.startsWith(QLatin1Char('+')));
    if (!optionLike) {
        return false;
    }
    const QString body = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
    const qsizetype equals = body.indexOf(QLatin1Char('='), 1);
    *inlineValue = equals > 0;
    const OptionMatch match = ImapsyncOptions::resolve(*inlineValue ? body.left(equals) : body);
    return isPasswordOption(match.option) ||
           std::any_of(match.candidates.cbegin(), match.candidates.cend(), isPasswordOption);
}

// Arguments never hold passwords when built here, but a command may come from
// elsewhere (an export, a test): mask any password option value anyway.
QStringList maskedArguments(const QStringList &arguments)
{
    QStringList masked;
    bool maskNext = false;
    for (const QString &argument : arguments) {
        bool inlineValue = false;
        if (maskNext) {
            masked.append(QStringLiteral("MASKED"));
            maskNext = false;
        } else if (passwordOption(argument, &inlineValue)) {
            masked.append(inlineValue ? argument.left(argument.indexOf(QLatin1Char('=')) + 1) +
                                            QStringLiteral("MASKED")
                                      : argument);
            maskNext = !inlineValue;
        } else {
            masked.append(argument);
        }
    }
    return masked;
}

} // namespace

bool needsPassfile(const QString &password)
{
    // A NUL cannot travel in an environment variable, but can in a file.
    return password.isEmpty() || password == QLatin1String("0") || password.contains(QChar(u'\0'));
}

quint16 effectivePort(const ImapEndpoint &endpoint)
{
    if (endpoint.port != 0) {
        return endpoint.port;
    }
    return endpoint.security == Security::Ssl ? 993 : 143;
}

ImapsyncCommandResult buildImapsyncCommand(const ImapsyncJobSpec &spec,
                                           const QProcessEnvironment &baseEnvironment)
{
    ImapsyncCommandResult result;
    result.error = checkSpec(spec);
    if (result.error.isEmpty()) {
        result.command =
            ImapsyncCommand{spec.program, argumentsOf(spec), environmentOf(spec, baseEnvironment)};
    }
    return result;
}

QString displayCommandLine(const ImapsyncCommand &command)
{
    QStringList parts;
    for (const QString &name : {kPasswordVariable1, kPasswordVariable2}) {
        if (command.environment.contains(name)) {
            parts.append(name + QStringLiteral("=MASKED"));
        }
    }
    parts.append(shellQuoted(command.program));
    const QStringList arguments = maskedArguments(command.arguments);
    for (const QString &argument : arguments) {
        parts.append(shellQuoted(argument));
    }
    return parts.join(QLatin1Char(' '));
}

QString imapsyncAbortFile(const QString &pidFile, qint64 pid)
{
    return pidFile + QStringLiteral("abort") + QString::number(pid);
}

QString shellQuoted(const QString &argument)
{
    static const QRegularExpression plain(QStringLiteral("\\A[A-Za-z0-9_@%+=:,./-]+\\z"));
    if (plain.match(argument).hasMatch()) {
        return argument;
    }
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace imapdesk
