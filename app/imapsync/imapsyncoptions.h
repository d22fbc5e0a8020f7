#pragma once

#include <QList>
#include <QString>

namespace imapdesk {

// How an imapsync option takes its value (the Getopt::Long spec types it uses).
enum class OptionValue { None, String, Integer, Float, KeyValue };

// One imapsync option, possibly in its negated form (--nolog is `log` negated).
struct ImapsyncOption
{
    QString canonical; // first name of the Getopt spec, lower case: "password1", "delete"
    bool negated = false;
    OptionValue value = OptionValue::None;

    QString displayName() const; // "--password1", "--nolog"
};

// An option name resolved the way imapsync's Getopt::Long does it: case-insensitive,
// "no"/"no-" negations, abbreviations accepted when they match one option only.
struct OptionMatch
{
    enum class Kind { Exact, Abbreviation, Ambiguous, Unknown };
    Kind kind = Kind::Unknown;
    ImapsyncOption option;            // Exact and Abbreviation
    QList<ImapsyncOption> candidates; // Ambiguous: every option the name could mean
};

// The command-line options of the imapsync version ImapDesk was verified against.
class ImapsyncOptions final
{
public:
    // name: the option without its leading "-", "--" or "+" and without "=value".
    static OptionMatch resolve(const QString &name);
    static QString knownVersion(); // "2.229"
};

} // namespace imapdesk
