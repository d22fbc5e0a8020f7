#include "storage/storagenames.h"

#include <array>
#include <utility>

namespace imapdesk {

namespace {

template<typename Enum, size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &entry : names) {
        if (entry.first == value)
            return QString::fromLatin1(entry.second);
    }
    return QString();
}

template<typename Enum, size_t N>
Enum valueOf(const std::array<std::pair<Enum, const char *>, N> &names, const QString &name,
             Enum fallback)
{
    for (const auto &entry : names) {
        if (name == QLatin1String(entry.second))
            return entry.first;
    }
    return fallback;
}

const std::array<std::pair<Security, const char *>, 3> kSecurityNames{{
    {Security::Ssl, "ssl"},
    {Security::StartTls, "starttls"},
    {Security::None, "none"},
}};

const std::array<std::pair<ProviderPreset, const char *>, 5> kPresetNames{{
    {ProviderPreset::None, "none"},
    {ProviderPreset::Gmail, "gmail"},
    {ProviderPreset::Office365, "office365"},
    {ProviderPreset::Exchange, "exchange"},
    {ProviderPreset::Domino, "domino"},
}};

const std::array<std::pair<ExitCategory, const char *>, 11> kCategoryNames{{
    {ExitCategory::Success, "success"},
    {ExitCategory::Cancelled, "cancelled"},
    {ExitCategory::CredentialsProblem, "credentials"},
    {ExitCategory::ConnectionProblem, "connection"},
    {ExitCategory::QuotaProblem, "quota"},
    {ExitCategory::TransferErrors, "transfer_errors"},
    {ExitCategory::Incomplete, "incomplete"},
    {ExitCategory::ConfigurationProblem, "configuration"},
    {ExitCategory::LocalProblem, "local"},
    {ExitCategory::InternalError, "internal"},
    {ExitCategory::Killed, "killed"},
}};

const std::array<std::pair<JobVerdictState, const char *>, 3> kVerdictNames{{
    {JobVerdictState::Succeeded, "succeeded"},
    {JobVerdictState::Failed, "failed"},
    {JobVerdictState::Cancelled, "cancelled"},
}};

} // namespace

QString securityStorageName(Security security)
{
    return nameOf(kSecurityNames, security);
}

Security securityFromStorageName(const QString &name)
{
    return valueOf(kSecurityNames, name, Security::Ssl);
}

QString presetStorageName(ProviderPreset preset)
{
    return nameOf(kPresetNames, preset);
}

ProviderPreset presetFromStorageName(const QString &name)
{
    return valueOf(kPresetNames, name, ProviderPreset::None);
}

QString exitCategoryStorageName(ExitCategory category)
{
    return nameOf(kCategoryNames, category);
}

ExitCategory exitCategoryFromStorageName(const QString &name)
{
    return valueOf(kCategoryNames, name, ExitCategory::InternalError);
}

QString verdictStateStorageName(JobVerdictState state)
{
    return nameOf(kVerdictNames, state);
}

JobVerdictState verdictStateFromStorageName(const QString &name)
{
    return valueOf(kVerdictNames, name, JobVerdictState::Failed);
}

} // namespace imapdesk
