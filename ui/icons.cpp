#include "ui/icons.h"

#include <QAction>
#include <QGuiApplication>
#include <QHash>
#include <QPalette>

namespace imapdesk {

namespace {

const char *const IconIdProperty = "imapdeskIconId";
const QString ApplicationName = QStringLiteral("org.imapdesk.ImapDesk");
const int ApplicationPngSizes[] = {16, 32, 48, 64, 128, 256};

// The action icons' file under :/icons/actions (and :/icons/actions-dark).
QString actionFile(IconId id)
{
    switch (id) {
    case IconId::CreateBatch:
        return QStringLiteral("new-batch");
    case IconId::ImportList:
        return QStringLiteral("import-list");
    case IconId::Start:
        return QStringLiteral("start");
    case IconId::Cancel:
        return QStringLiteral("cancel");
    case IconId::Retry:
        return QStringLiteral("retry");
    case IconId::Rerun:
        return QStringLiteral("rerun");
    case IconId::Archive:
        return QStringLiteral("archive");
    case IconId::Delete:
        return QStringLiteral("delete");
    case IconId::Export:
        return QStringLiteral("export");
    case IconId::CopySummary:
        return QStringLiteral("copy-summary");
    case IconId::Settings:
        return QStringLiteral("settings");
    case IconId::OpenLog:
        return QStringLiteral("log-open");
    case IconId::SaveLogCopy:
        return QStringLiteral("log-save");
    case IconId::Find:
        return QStringLiteral("find");
    default:
        return {};
    }
}

// The state badges' file under :/icons/states (one set for both palettes).
QString stateFile(IconId id)
{
    switch (id) {
    case IconId::StateQueued:
        return QStringLiteral("queued");
    case IconId::StateWaiting:
        return QStringLiteral("waiting");
    case IconId::StateRunning:
        return QStringLiteral("running");
    case IconId::StateSucceeded:
        return QStringLiteral("succeeded");
    case IconId::StateSucceededWithWarning:
        return QStringLiteral("succeeded-warning");
    case IconId::StateFailed:
        return QStringLiteral("failed");
    case IconId::StateCancelled:
        return QStringLiteral("cancelled");
    case IconId::StateInterrupted:
        return QStringLiteral("interrupted");
    case IconId::StateNeedsPassword:
        return QStringLiteral("needs-password");
    default:
        return {};
    }
}

// freedesktop.org icon names standing in when our SVG cannot be drawn.
QString themeName(IconId id)
{
    switch (id) {
    case IconId::Application:
        return QStringLiteral("mail-send-receive");
    case IconId::CreateBatch:
        return QStringLiteral("document-new");
    case IconId::ImportList:
        return QStringLiteral("document-open");
    case IconId::Start:
        return QStringLiteral("media-playback-start");
    case IconId::Cancel:
        return QStringLiteral("process-stop");
    case IconId::Retry:
        return QStringLiteral("view-refresh");
    case IconId::Rerun:
        return QStringLiteral("media-playlist-repeat");
    case IconId::Archive:
        return QStringLiteral("folder");
    case IconId::Delete:
        return QStringLiteral("edit-delete");
    case IconId::Export:
        return QStringLiteral("document-save-as");
    case IconId::CopySummary:
        return QStringLiteral("edit-copy");
    case IconId::Settings:
        return QStringLiteral("preferences-system");
    case IconId::OpenLog:
        return QStringLiteral("text-x-generic");
    case IconId::SaveLogCopy:
        return QStringLiteral("document-save");
    case IconId::Find:
        return QStringLiteral("edit-find");
    case IconId::StateRunning:
        return QStringLiteral("media-playback-start");
    case IconId::StateSucceeded:
        return QStringLiteral("emblem-default");
    case IconId::StateSucceededWithWarning:
        return QStringLiteral("dialog-warning");
    case IconId::StateFailed:
        return QStringLiteral("dialog-error");
    case IconId::StateCancelled:
        return QStringLiteral("process-stop");
    case IconId::StateInterrupted:
        return QStringLiteral("dialog-warning");
    case IconId::StateNeedsPassword:
        return QStringLiteral("dialog-password");
    default:
        return {};
    }
}

// Without the SVG plugins the application icon still has its PNG renders.
QIcon applicationPngs()
{
    QIcon pngs;
    for (const int size : ApplicationPngSizes)
        pngs.addFile(
            QStringLiteral(":/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(ApplicationName),
            QSize(size, size));
    return pngs;
}

QIcon loadIcon(IconId id, bool darkPalette)
{
    QIcon loaded(iconResourcePath(id, darkPalette));
    if (loaded.isNull() && id == IconId::Application)
        loaded = applicationPngs();
    if (loaded.isNull())
        loaded = QIcon::fromTheme(themeName(id));
    return loaded;
}

} // namespace

QList<IconId> allIconIds()
{
    QList<IconId> ids;
    for (int i = int(IconId::Application); i <= int(IconId::StateNeedsPassword); ++i)
        ids << IconId(i);
    return ids;
}

QString iconResourcePath(IconId id, bool darkPalette)
{
    if (id == IconId::Application)
        return QStringLiteral(":/icons/%1.svg").arg(ApplicationName);
    if (const QString state = stateFile(id); !state.isEmpty())
        return QStringLiteral(":/icons/states/%1.svg").arg(state);
    const QString folder = darkPalette ? QStringLiteral("actions-dark") : QStringLiteral("actions");
    return QStringLiteral(":/icons/%1/%2.svg").arg(folder, actionFile(id));
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QIcon icon(IconId id)
{
    // QIcon caches its renders per instance: hand out the same one every time.
    static QHash<int, QIcon> cache;
    const bool dark = isDarkPalette(QGuiApplication::palette());
    const int key = int(id) * 2 + (dark ? 1 : 0);
    auto found = cache.constFind(key);
    if (found == cache.constEnd())
        found = cache.insert(key, loadIcon(id, dark));
    return *found;
}

IconId stateIconId(JobState state, bool spamOnly)
{
    switch (state) {
    case JobState::Queued:
        return IconId::StateQueued;
    case JobState::Waiting:
        return IconId::StateWaiting;
    case JobState::Running:
        return IconId::StateRunning;
    case JobState::Succeeded:
        return spamOnly ? IconId::StateSucceededWithWarning : IconId::StateSucceeded;
    case JobState::Failed:
        return IconId::StateFailed;
    case JobState::Cancelled:
        return IconId::StateCancelled;
    case JobState::Interrupted:
        return IconId::StateInterrupted;
    case JobState::NeedsPassword:
        return IconId::StateNeedsPassword;
    }
    return IconId::StateQueued;
}

QIcon stateIcon(JobState state, bool spamOnly)
{
    return icon(stateIconId(state, spamOnly));
}

void setIcon(QAction *action, IconId id)
{
    action->setProperty(IconIdProperty, int(id));
    action->setIcon(icon(id));
}

void refreshIcons(QObject *root)
{
    QList<QAction *> actions = root->findChildren<QAction *>();
    if (auto *self = qobject_cast<QAction *>(root))
        actions.prepend(self);
    for (QAction *action : actions) {
        bool ok = false;
        const int id = action->property(IconIdProperty).toInt(&ok);
        if (ok)
            action->setIcon(icon(IconId(id)));
    }
}

} // namespace imapdesk
