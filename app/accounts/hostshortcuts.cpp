#include "accounts/hostshortcuts.h"

#include <QCoreApplication>

#include <algorithm>

namespace imapdesk {

namespace {

QString normalizedSuffix(const QString &suffix)
{
    QString normalized = suffix.trimmed();
    while (normalized.startsWith(u'.'))
        normalized.remove(0, 1);
    return normalized.isEmpty() ? QString() : QLatin1Char('.') + normalized;
}

bool containsSpace(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

QString hostName(const QString &host)
{
    QString name = host.trimmed().toLower();
    if (name.endsWith(u'.'))
        name.chop(1); // "imap.gmail.com." is the same host
    return name;
}

bool isGmail(const QString &name)
{
    return name == QLatin1String("imap.gmail.com") || name == QLatin1String("imap.googlemail.com");
}

bool isMicrosoft365(const QString &name)
{
    return name == QLatin1String("outlook.office.com") || name == QLatin1String("office365.com") ||
           name.endsWith(QLatin1String(".office365.com")) ||
           name.endsWith(QLatin1String(".outlook.com"));
}

bool isExchangeLike(const QString &name)
{
    // "exchange", "exch01", "exchange-2019", "exch-srv1", "owa"; not "exchangerates".
    static const QRegularExpression firstLabel(
        QStringLiteral("^(owa|exch|exchange)([-_]?[0-9]+|[-_][a-z0-9-]+)?(\\.|$)"));
    return firstLabel.match(name).hasMatch();
}

} // namespace

bool HostShortcuts::setRules(const QVector<HostShortcutRule> &rules, QStringList *errors)
{
    const QStringList problems = validate(rules);
    if (!problems.isEmpty()) {
        if (errors)
            errors->append(problems);
        return false;
    }
    QVector<CompiledRule> compiled;
    compiled.reserve(rules.size());
    for (const HostShortcutRule &rule : rules)
        compiled.append(compile(rule));
    m_rules = compiled;
    return true;
}

QVector<HostShortcutRule> HostShortcuts::rules() const
{
    QVector<HostShortcutRule> rules;
    rules.reserve(m_rules.size());
    for (const CompiledRule &compiled : m_rules)
        rules.append(compiled.rule);
    return rules;
}

QStringList HostShortcuts::validate(const QVector<HostShortcutRule> &rules)
{
    QStringList problems;
    for (int i = 0; i < rules.size(); ++i) {
        const QString problem = ruleProblem(i + 1, rules.at(i));
        if (!problem.isEmpty())
            problems.append(problem);
    }
    return problems;
}

QString HostShortcuts::expand(const QString &host) const
{
    const QString trimmed = host.trimmed();
    for (const CompiledRule &compiled : m_rules) {
        if (!compiled.regex.match(trimmed).hasMatch())
            continue;
        if (trimmed.endsWith(compiled.suffix, Qt::CaseInsensitive))
            return trimmed; // already expanded
        return trimmed + compiled.suffix;
    }
    return trimmed;
}

QString HostShortcuts::ruleProblem(int number, const HostShortcutRule &rule)
{
    if (rule.pattern.trimmed().isEmpty())
        return QCoreApplication::translate("HostShortcuts", "Rule %1: the pattern is empty.")
            .arg(number);
    const QRegularExpression regex(rule.pattern);
    if (!regex.isValid())
        return QCoreApplication::translate(
                   "HostShortcuts",
                   "Rule %1: invalid regular expression \"%2\": %3 (at offset %4).")
            .arg(QString::number(number), rule.pattern, regex.errorString(),
                 QString::number(regex.patternErrorOffset()));
    if (normalizedSuffix(rule.suffix).isEmpty())
        return QCoreApplication::translate("HostShortcuts",
                                           "Rule %1 (\"%2\"): the suffix is empty.")
            .arg(QString::number(number), rule.pattern);
    if (containsSpace(rule.suffix.trimmed()))
        return QCoreApplication::translate("HostShortcuts",
                                           "Rule %1 (\"%2\"): the suffix \"%3\" contains spaces.")
            .arg(QString::number(number), rule.pattern, rule.suffix);
    return {};
}

HostShortcuts::CompiledRule HostShortcuts::compile(const HostShortcutRule &rule)
{
    const QRegularExpression regex(rule.pattern, QRegularExpression::CaseInsensitiveOption);
    return CompiledRule{rule, regex, normalizedSuffix(rule.suffix)};
}

ProviderPreset recognizeProvider(const QString &host)
{
    const QString name = hostName(host);
    if (isGmail(name))
        return ProviderPreset::Gmail;
    if (isMicrosoft365(name))
        return ProviderPreset::Office365;
    if (isExchangeLike(name))
        return ProviderPreset::Exchange;
    return ProviderPreset::None;
}

} // namespace imapdesk
