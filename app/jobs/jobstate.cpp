#include "jobs/jobstate.h"

#include <QCoreApplication>

#include <array>

namespace imapdesk {

namespace {

struct StateName
{
    JobState state;
    const char *name;
    const char *display;
};

constexpr std::array<StateName, 8> StateNames{{
    {JobState::Queued, "queued", QT_TRANSLATE_NOOP("JobState", "Queued")},
    {JobState::Waiting, "waiting", QT_TRANSLATE_NOOP("JobState", "Waiting")},
    {JobState::Running, "running", QT_TRANSLATE_NOOP("JobState", "Running")},
    {JobState::Succeeded, "succeeded", QT_TRANSLATE_NOOP("JobState", "Succeeded")},
    {JobState::Failed, "failed", QT_TRANSLATE_NOOP("JobState", "Failed")},
    {JobState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("JobState", "Cancelled")},
    {JobState::Interrupted, "interrupted", QT_TRANSLATE_NOOP("JobState", "Interrupted")},
    {JobState::NeedsPassword, "needs_password", QT_TRANSLATE_NOOP("JobState", "Needs password")},
}};

const StateName &entry(JobState state)
{
    return StateNames[size_t(state)];
}

} // namespace

QString jobStateName(JobState state)
{
    return QString::fromLatin1(entry(state).name);
}

bool jobStateFromName(const QString &name, JobState *state)
{
    for (const StateName &candidate : StateNames) {
        if (name == QLatin1String(candidate.name)) {
            *state = candidate.state;
            return true;
        }
    }
    return false;
}

bool isFinalJobState(JobState state)
{
    return state == JobState::Succeeded || state == JobState::Failed ||
           state == JobState::Cancelled || state == JobState::Interrupted;
}

QString jobStateDisplayName(JobState state)
{
    return QCoreApplication::translate("JobState", entry(state).display);
}

} // namespace imapdesk
