#pragma once

#include "imapsync/providerpreset.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVector>

namespace imapdesk {

// One rule of Pymap's HOSTS setting (product.md §3): a host that `pattern`
// matches gets `suffix` appended, so "SV01" with ^(VPS|SV)[0-9]+$ and
// "example.com" becomes "SV01.example.com".
struct HostShortcutRule
{
    QString pattern; // a QRegularExpression (PCRE2), matched case-insensitively
    QString suffix;  // "example.com" or ".example.com": the dot is added when missing

    bool operator==(const HostShortcutRule &other) const
    {
        return pattern == other.pattern && suffix == other.suffix;
    }
};

// Expands the short host names a technician types into full names.
class HostShortcuts final
{
public:
    // Applies `rules` when every one of them is valid and returns true.
    // Otherwise the previous rules stay in force, one message per bad rule
    // (its 1-based number, its pattern and what is wrong) is appended to
    // *errors, and false is returned: nothing is half applied.
    bool setRules(const QVector<HostShortcutRule> &rules, QStringList *errors = nullptr);
    QVector<HostShortcutRule> rules() const;

    // Same messages as setRules(), without applying anything (for a settings
    // dialog that validates while the user types). Empty when all is well.
    static QStringList validate(const QVector<HostShortcutRule> &rules);

    // The first rule whose pattern matches the trimmed host appends its
    // suffix; a host that already ends with that suffix is left alone. A host
    // that no rule matches comes back trimmed and otherwise unchanged.
    QString expand(const QString &host) const;

private:
    struct CompiledRule
    {
        HostShortcutRule rule;
        QRegularExpression regex;
        QString suffix; // always starts with '.'
    };

    static QString ruleProblem(int number, const HostShortcutRule &rule);
    static CompiledRule compile(const HostShortcutRule &rule);

    QVector<CompiledRule> m_rules;
};

// Recognises a provider from the host name alone (no network), so its
// imapsync preset can be proposed. Exchange on-premises is a conservative
// guess from the first label ("exchange", "exch01", "exchange-2019", "owa");
// unknown hosts give ProviderPreset::None.
ProviderPreset recognizeProvider(const QString &host);

} // namespace imapdesk
