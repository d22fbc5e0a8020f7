#include "imapsync/extraarguments.h"

#include "imapsync/imapsyncoptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace imapdesk {

namespace {

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
           c == QLatin1Char('\r') || c == QLatin1Char('\f') || c == QLatin1Char('\v');
}

// --- splitting -----------------------------------------------------------------

class Splitter final
{
public:
    explicit Splitter(const QString &text)
        : m_text(text)
    {}
    SplitArguments run();

private:
    void step();
    void readSingleQuoted();
    void readDoubleQuoted();
    void readEscaped();
    void append(QChar c);
    void finishArgument();
    void fail(const char *message, qsizetype position);

    const QString &m_text;
    qsizetype m_pos = 0;
    QString m_current;
    qsizetype m_start = -1; // start of the argument being read, -1 between arguments
    SplitArguments m_result;
};

SplitArguments Splitter::run()
{
    while (m_pos < m_text.size() && m_result.ok()) {
        step();
    }
    if (m_result.ok()) {
        finishArgument();
    } else {
        m_result.arguments.clear();
        m_result.positions.clear();
    }
    return m_result;
}

void Splitter::step()
{
    const QChar c = m_text.at(m_pos);
    if (isBlank(c)) {
        finishArgument();
        ++m_pos;
    } else if (c == QLatin1Char('\'')) {
        readSingleQuoted();
    } else if (c == QLatin1Char('"')) {
        readDoubleQuoted();
    } else if (c == QLatin1Char('\\')) {
        readEscaped();
    } else {
        append(c);
        ++m_pos;
    }
}

void Splitter::readSingleQuoted()
{
    const qsizetype open = m_pos;
    const qsizetype close = m_text.indexOf(QLatin1Char('\''), open + 1);
    if (close < 0) {
        fail(QT_TRANSLATE_NOOP("Imapsync", "The single quote at column %1 is never closed."), open);
        return;
    }
    if (m_start < 0) {
        m_start = open; // '' alone is an empty argument
    }
    m_current += QStringView(m_text).mid(open + 1, close - open - 1);
    m_pos = close + 1;
}

void Splitter::readDoubleQuoted()
{
    const qsizetype open = m_pos;
    if (m_start < 0) {
        m_start = open;
    }
    for (m_pos = open + 1; m_pos < m_text.size(); ++m_pos) {
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('"')) {
            ++m_pos;
            return;
        }
        const QChar next = m_pos + 1 < m_text.size() ? m_text.at(m_pos + 1) : QChar();
        if (c == QLatin1Char('\\') && (next == QLatin1Char('"') || next == QLatin1Char('\\'))) {
            ++m_pos; // only \" and \\ are escapes inside double quotes
        }
        m_current += m_text.at(m_pos);
    }
    fail(QT_TRANSLATE_NOOP("Imapsync", "The double quote at column %1 is never closed."), open);
}

void Splitter::readEscaped()
{
    const QStringView rest = QStringView(m_text).mid(m_pos + 1);
    if (rest.startsWith(QLatin1Char('\n')) || rest.startsWith(QLatin1String("\r\n"))) {
        m_pos += rest.startsWith(QLatin1Char('\n')) ? 2 : 3; // line continuation
        return;
    }
    if (rest.isEmpty()) {
        append(QLatin1Char('\\')); // a final backslash stays, as in bash
        ++m_pos;
        return;
    }
    if (m_start < 0) {
        m_start = m_pos;
    }
    m_current += rest.front();
    m_pos += 2;
}

void Splitter::append(QChar c)
{
    if (m_start < 0) {
        m_start = m_pos;
    }
    m_current += c;
}

void Splitter::finishArgument()
{
    if (m_start >= 0) {
        m_result.arguments.append(m_current);
        m_result.positions.append(m_start);
    }
    m_current.clear();
    m_start = -1;
}

void Splitter::fail(const char *message, qsizetype position)
{
    m_result.error = QCoreApplication::translate("Imapsync", message).arg(position + 1);
    m_result.errorPosition = position;
}

// --- what ImapDesk controls ----------------------------------------------------

enum class Reason {
    Password,
    ShowPasswords,
    Log,
    PidFile,
    Endpoint,
    User,
    Preset,
    DryRun,
    JustLogin,
    Abort,
    NotASync,
    Signals,
    DockerContext
};

const QHash<QString, Reason> &refusedOptions()
{
    static const QHash<QString, Reason> refused = {
        {QStringLiteral("password1"), Reason::Password},
        {QStringLiteral("password2"), Reason::Password},
        {QStringLiteral("passfile1"), Reason::Password},
        {QStringLiteral("passfile2"), Reason::Password},
        {QStringLiteral("showpasswords"), Reason::ShowPasswords},
        {QStringLiteral("logfile"), Reason::Log},
        {QStringLiteral("logdir"), Reason::Log},
        {QStringLiteral("log"), Reason::Log}, // --log and --nolog
        // The job engine creates, watches and removes each job's pid file (and its
        // abort file); --pidfilelocking would only add exit 8 on a retry after a
        // crash when the dead PID has been reused, since jobs never run twice.
        {QStringLiteral("pidfile"), Reason::PidFile},
        {QStringLiteral("pidfilelocking"), Reason::PidFile},
        {QStringLiteral("host1"), Reason::Endpoint},
        {QStringLiteral("host2"), Reason::Endpoint},
        {QStringLiteral("port1"), Reason::Endpoint},
        {QStringLiteral("port2"), Reason::Endpoint},
        {QStringLiteral("ssl1"), Reason::Endpoint},
        {QStringLiteral("ssl2"), Reason::Endpoint},
        {QStringLiteral("tls1"), Reason::Endpoint},
        {QStringLiteral("tls2"), Reason::Endpoint},
        {QStringLiteral("user1"), Reason::User},
        {QStringLiteral("user2"), Reason::User},
        {QStringLiteral("gmail1"), Reason::Preset},
        {QStringLiteral("gmail2"), Reason::Preset},
        {QStringLiteral("office1"), Reason::Preset},
        {QStringLiteral("office2"), Reason::Preset},
        {QStringLiteral("exchange1"), Reason::Preset},
        {QStringLiteral("exchange2"), Reason::Preset},
        {QStringLiteral("domino1"), Reason::Preset},
        {QStringLiteral("domino2"), Reason::Preset},
        {QStringLiteral("dry"), Reason::DryRun},
        {QStringLiteral("justlogin"), Reason::JustLogin},
        {QStringLiteral("abort"), Reason::Abort},
        {QStringLiteral("abortbyfile"), Reason::Abort},
        {QStringLiteral("tests"), Reason::NotASync},
        {QStringLiteral("testsdebug"), Reason::NotASync},
        {QStringLiteral("testsunit"), Reason::NotASync},
        {QStringLiteral("testslive"), Reason::NotASync},
        {QStringLiteral("testslive6"), Reason::NotASync},
        {QStringLiteral("version"), Reason::NotASync},
        {QStringLiteral("help"), Reason::NotASync},
        // Cancel relies on SIGTERM terminating imapsync (interface doc §9).
        {QStringLiteral("sigexit"), Reason::Signals},
        {QStringLiteral("sigreconnect"), Reason::Signals},
        {QStringLiteral("sigignore"), Reason::Signals},
        {QStringLiteral("dockercontext"), Reason::DockerContext},
    };
    return refused;
}

QString reasonText(Reason reason)
{
    switch (reason) {
    case Reason::Password:
        return QCoreApplication::translate(
            "Imapsync", "ImapDesk hands the passwords to imapsync itself, never on its command "
                        "line; they come from the account list.");
    case Reason::ShowPasswords:
        return QCoreApplication::translate(
            "Imapsync", "it would print the passwords in clear text in the log.");
    case Reason::Log:
        return QCoreApplication::translate(
            "Imapsync", "ImapDesk sets the log of each job itself (one file per job in the "
                        "log folder of the batch).");
    case Reason::PidFile:
        return QCoreApplication::translate(
            "Imapsync", "ImapDesk gives each job its own pid file to follow and stop it.");
    case Reason::Endpoint:
        return QCoreApplication::translate(
            "Imapsync", "set the host, port and security of the source and the destination "
                        "in the batch settings.");
    case Reason::User:
        return QCoreApplication::translate("Imapsync",
                                           "the user names come from the account list.");
    case Reason::Preset:
        return QCoreApplication::translate(
            "Imapsync", "choose the provider preset (Gmail, Microsoft 365, Exchange, Domino) "
                        "in the host settings of the batch.");
    case Reason::DryRun:
        return QCoreApplication::translate("Imapsync",
                                           "use the “Dry run” option of the batch instead.");
    case Reason::JustLogin:
        return QCoreApplication::translate(
            "Imapsync", "use the “Check credentials only” option of the batch instead.");
    case Reason::Abort:
        return QCoreApplication::translate("Imapsync", "use Cancel in ImapDesk to stop jobs.");
    case Reason::NotASync:
        return QCoreApplication::translate(
            "Imapsync", "it makes imapsync run its self-tests or print information instead "
                        "of migrating.");
    case Reason::Signals:
        return QCoreApplication::translate(
            "Imapsync", "ImapDesk stops jobs with signals and needs the default signal "
                        "handling of imapsync.");
    case Reason::DockerContext:
        return QCoreApplication::translate(
            "Imapsync", "ImapDesk sets it from the version of the installed imapsync.");
    }
    return {};
}

const Reason *refusalOf(const ImapsyncOption &option)
{
    const auto it = refusedOptions().constFind(option.canonical);
    return it == refusedOptions().constEnd() ? nullptr : &it.value();
}

// Options whose value is a secret: a stray word near them may be part of it.
bool carriesSecret(const ImapsyncOption &option)
{
    static const QStringList secret = {
        QStringLiteral("password1"),         QStringLiteral("password2"),
        QStringLiteral("oauthaccesstoken1"), QStringLiteral("oauthaccesstoken2"),
        QStringLiteral("oauthdirect1"),      QStringLiteral("oauthdirect2")};
    return !option.negated && secret.contains(option.canonical);
}

// "--password1secret" (a forgotten blank) must not be echoed as an unknown option.
bool gluedToPasswordOption(const QString &name)
{
    const QString lower = name.toLower();
    return lower.startsWith(QLatin1String("password")) ||
           lower.startsWith(QLatin1String("passfile"));
}

// Unknown option names that may be a misspelt secret option (--pasword1, --passwd1).
bool looksSecret(const QString &name)
{
    static const QRegularExpression secret(QStringLiteral("pa?s+w|pwd|token|secret|oauth"),
                                           QRegularExpression::CaseInsensitiveOption);
    return secret.match(name).hasMatch();
}

bool isInteger(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("\\A[-+]?_*[0-9][0-9_]*\\z"));
    return pattern.match(value).hasMatch();
}

bool isFloat(const QString &value)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\A[-+]?(?=\\.?[0-9])[0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9_]+)?\\z"));
    return pattern.match(value).hasMatch();
}

bool looksLikeOption(const QString &argument)
{
    return argument.size() > 1 &&
           (argument.startsWith(QLatin1Char('-')) || argument.startsWith(QLatin1Char('+')));
}

// --- validation ----------------------------------------------------------------

// One option argument cut the way Getopt::Long cuts it: starter, name, "=value".
struct OptionArgument
{
    QString starter;
    QString name;
    QString inlineValue;
    bool hasInlineValue = false;

    static OptionArgument from(const QString &argument);
    QString typed() const { return starter + name; }
};

OptionArgument OptionArgument::from(const QString &argument)
{
    OptionArgument parsed;
    parsed.starter = argument.startsWith(QLatin1String("--")) ? argument.left(2) : argument.left(1);
    const QString body = argument.mid(parsed.starter.size());
    const qsizetype equals = body.indexOf(QLatin1Char('='), 1);
    parsed.hasInlineValue = equals > 0;
    parsed.name = parsed.hasInlineValue ? body.left(equals) : body;
    parsed.inlineValue = parsed.hasInlineValue ? body.mid(equals + 1) : QString();
    return parsed;
}

class Validator final
{
public:
    Validator(const QStringList &arguments, const QList<qsizetype> &positions);
    ExtraArgumentsResult run();

private:
    bool mentionsSecret() const;
    void checkArgument();
    void checkOption(const OptionArgument &argument);
    void checkKnown(const OptionArgument &argument, const OptionMatch &match);
    void checkAmbiguous(const OptionArgument &argument, const OptionMatch &match);
    void checkUnknown(const OptionArgument &argument);
    void refuse(const OptionArgument &argument, const QString &label, const ImapsyncOption &option,
                Reason reason);
    void checkValue(const OptionArgument &argument, const ImapsyncOption &option);
    void checkTypedValue(const QString &typed, const ImapsyncOption &option, const QString &value);
    bool takeValue(const ImapsyncOption &option);
    void reportBareWord();
    void addError(const QString &message, const QString &option = QString());
    void addWarning(const QString &message, const QString &option = QString());
    ArgumentIssue issue(const QString &message, const QString &option) const;

    const QStringList &m_arguments;
    const QList<qsizetype> &m_positions;
    ExtraArgumentsResult m_result;
    qsizetype m_index = 0;       // argument being judged
    qsizetype m_optionIndex = 0; // the option argument that owns the value being judged
    bool m_hideWords = false;
    bool m_endOfOptions = false;
    QString m_previousOption; // canonical name of the last option seen
};

Validator::Validator(const QStringList &arguments, const QList<qsizetype> &positions)
    : m_arguments(arguments)
    , m_positions(positions)
{
    m_result.arguments = arguments;
    m_hideWords = mentionsSecret();
}

ExtraArgumentsResult Validator::run()
{
    for (m_index = 0; m_index < m_arguments.size(); ++m_index) {
        checkArgument();
    }
    return m_result;
}

bool Validator::mentionsSecret() const
{
    for (const QString &argument : m_arguments) {
        if (!looksLikeOption(argument)) {
            continue;
        }
        const QString name = OptionArgument::from(argument).name;
        const OptionMatch match = ImapsyncOptions::resolve(name);
        if (looksSecret(name) || carriesSecret(match.option) ||
            std::any_of(match.candidates.cbegin(), match.candidates.cend(), carriesSecret)) {
            return true;
        }
    }
    return false;
}

void Validator::checkArgument()
{
    const QString &argument = m_arguments.at(m_index);
    if (!m_endOfOptions && argument == QLatin1String("--")) {
        m_endOfOptions = true; // Getopt: everything after "--" is an extra argument
    } else if (!m_endOfOptions && looksLikeOption(argument)) {
        m_optionIndex = m_index;
        checkOption(OptionArgument::from(argument));
    } else {
        reportBareWord();
    }
}

void Validator::checkOption(const OptionArgument &argument)
{
    const OptionMatch match = ImapsyncOptions::resolve(argument.name);
    switch (match.kind) {
    case OptionMatch::Kind::Exact:
    case OptionMatch::Kind::Abbreviation:
        m_previousOption = match.option.canonical;
        checkKnown(argument, match);
        break;
    case OptionMatch::Kind::Ambiguous:
        checkAmbiguous(argument, match);
        break;
    case OptionMatch::Kind::Unknown:
        checkUnknown(argument);
        break;
    }
}

void Validator::checkKnown(const OptionArgument &argument, const OptionMatch &match)
{
    const ImapsyncOption &option = match.option;
    QString label = argument.typed();
    if (match.kind == OptionMatch::Kind::Abbreviation) {
        label = QCoreApplication::translate("Imapsync", "%1 (short for %2)")
                    .arg(label, option.displayName());
    } else if (label != option.displayName()) {
        label = QStringLiteral("%1 (%2)").arg(label, option.displayName());
    }
    if (const Reason *reason = refusalOf(option)) {
        refuse(argument, label, option, *reason);
        return;
    }
    checkValue(argument, option);
}

void Validator::checkAmbiguous(const OptionArgument &argument, const OptionMatch &match)
{
    QStringList names;
    for (const ImapsyncOption &candidate : match.candidates) {
        names.append(candidate.displayName());
    }
    const bool allRefused = std::all_of(match.candidates.cbegin(), match.candidates.cend(),
                                        [](const ImapsyncOption &o) { return refusalOf(o); });
    const ImapsyncOption &first = match.candidates.first();
    if (allRefused) {
        const QString label = QCoreApplication::translate("Imapsync", "%1 (short for %2)")
                                  .arg(argument.typed(), names.join(QLatin1String(" or ")));
        refuse(argument, label, first, *refusalOf(first));
        return;
    }
    addError(QCoreApplication::translate("Imapsync",
                                         "%1 is ambiguous: it could mean %2. Write the option "
                                         "in full.")
                 .arg(argument.typed(), names.join(QLatin1String(", "))));
    const bool allTakeValues =
        std::all_of(match.candidates.cbegin(), match.candidates.cend(),
                    [](const ImapsyncOption &o) { return o.value != OptionValue::None; });
    if (allTakeValues && !argument.hasInlineValue) {
        takeValue(first); // its value is no stray word
    }
}

void Validator::checkUnknown(const OptionArgument &argument)
{
    if (gluedToPasswordOption(argument.name)) {
        // OptionValue::None: the password is already glued, the next word is not its value.
        const ImapsyncOption password{QStringLiteral("password1"), false, OptionValue::None};
        refuse(argument, argument.starter + argument.name.left(8) + QStringLiteral("…"), password,
               Reason::Password);
        return;
    }
    addWarning(QCoreApplication::translate(
                   "Imapsync", "imapsync %1 does not know %2: that version stops at once with "
                               "a usage error (exit code 64). Check the spelling, unless the "
                               "installed imapsync is newer.")
                   .arg(ImapsyncOptions::knownVersion(), argument.typed()),
               argument.typed());
    const bool valueFollows =
        m_index + 1 < m_arguments.size() && !looksLikeOption(m_arguments.at(m_index + 1));
    if (!argument.hasInlineValue && valueFollows) {
        ++m_index; // unknown arity: take the next word as its value
    }
}

void Validator::refuse(const OptionArgument &argument, const QString &label,
                       const ImapsyncOption &option, Reason reason)
{
    addError(QCoreApplication::translate("Imapsync", "%1 is not allowed in the extra arguments: %2")
                 .arg(label, reasonText(reason)),
             option.displayName());
    if (!argument.hasInlineValue) {
        takeValue(option); // never judge (nor echo) a password as a stray word
    }
}

void Validator::checkValue(const OptionArgument &argument, const ImapsyncOption &option)
{
    const QString typed = argument.typed();
    if (option.value == OptionValue::None) {
        if (argument.hasInlineValue) {
            addError(QCoreApplication::translate("Imapsync", "%1 takes no value.").arg(typed),
                     option.displayName());
        }
        return;
    }
    if (argument.hasInlineValue) {
        if (argument.inlineValue.isEmpty()) { // "--x=" is an error, "--x ''" is not
            addError(QCoreApplication::translate("Imapsync", "%1 needs a value.").arg(typed),
                     option.displayName());
            return;
        }
        checkTypedValue(typed, option, argument.inlineValue);
        return;
    }
    if (!takeValue(option)) {
        addError(QCoreApplication::translate("Imapsync", "%1 needs a value.").arg(typed),
                 option.displayName());
        return;
    }
    checkTypedValue(typed, option, m_arguments.at(m_index));
}

void Validator::checkTypedValue(const QString &typed, const ImapsyncOption &option,
                                const QString &value)
{
    const QString name = option.displayName();
    if (option.value == OptionValue::Integer && !isInteger(value)) {
        addError(QCoreApplication::translate("Imapsync", "%1 expects a whole number, not “%2”.")
                     .arg(typed, value),
                 name);
    } else if (option.value == OptionValue::Float && !isFloat(value)) {
        addError(QCoreApplication::translate("Imapsync", "%1 expects a number, not “%2”.")
                     .arg(typed, value),
                 name);
    } else if (option.value == OptionValue::KeyValue && !value.contains(QLatin1Char('='))) {
        addError(
            QCoreApplication::translate("Imapsync", "%1 expects KEY=VALUE, e.g. SSL_verify_mode=1.")
                .arg(typed),
            name);
    }
}

// Consumes the next argument as the value of option, the way Getopt::Long does:
// a string takes anything, a number gives back a word that looks like an option.
bool Validator::takeValue(const ImapsyncOption &option)
{
    if (option.value == OptionValue::None || m_index + 1 >= m_arguments.size()) {
        return false;
    }
    const bool numeric = option.value == OptionValue::Integer || option.value == OptionValue::Float;
    if (numeric && looksLikeOption(m_arguments.at(m_index + 1)) &&
        !isFloat(m_arguments.at(m_index + 1))) {
        return false;
    }
    ++m_index;
    return true;
}

void Validator::reportBareWord()
{
    const QString &word = m_arguments.at(m_index);
    QString message =
        m_hideWords
            ? QCoreApplication::translate("Imapsync", "Argument %1 is not an option and no "
                                                      "option before it takes a value.")
                  .arg(m_index + 1)
            : QCoreApplication::translate("Imapsync", "Argument %1 (“%2”) is not an option and "
                                                      "no option before it takes a value.")
                  .arg(QString::number(m_index + 1), word);
    message += QLatin1Char(' ') + QCoreApplication::translate(
                                      "Imapsync", "imapsync would stop with “Found 1 extra "
                                                  "arguments”. Quote values that contain blanks.");
    if (m_previousOption == QLatin1String("delete") && word == QLatin1String("2")) {
        message +=
            QLatin1Char(' ') + QCoreApplication::translate("Imapsync", "Did you mean --delete2?");
    }
    m_optionIndex = m_index;
    addError(message);
}

ArgumentIssue Validator::issue(const QString &message, const QString &option) const
{
    ArgumentIssue found;
    found.message = message;
    found.option = option;
    found.argumentIndex = m_optionIndex;
    found.position = m_positions.value(m_optionIndex, -1);
    return found;
}

void Validator::addError(const QString &message, const QString &option)
{
    m_result.errors.append(issue(message, option));
}

void Validator::addWarning(const QString &message, const QString &option)
{
    m_result.warnings.append(issue(message, option));
}

} // namespace

SplitArguments splitExtraArguments(const QString &text)
{
    return Splitter(text).run();
}

ExtraArgumentsResult validateExtraArguments(const QStringList &arguments)
{
    const QList<qsizetype> noPositions;
    return Validator(arguments, noPositions).run();
}

ExtraArgumentsResult parseExtraArguments(const QString &text)
{
    const SplitArguments split = splitExtraArguments(text);
    if (!split.ok()) {
        ExtraArgumentsResult result;
        result.errors.append({split.error, QString(), -1, split.errorPosition});
        return result;
    }
    return Validator(split.arguments, split.positions).run();
}

} // namespace imapdesk
