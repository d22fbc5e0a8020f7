#pragma once

#include "jobs/jobstate.h"

#include <QIcon>
#include <QList>

class QAction;
class QObject;
class QPalette;

namespace imapdesk {

// ImapDesk's own icons (resources/icons, embedded under :/icons). They are
// SVG, drawn by Qt's SVG icon engine plugin at run time (libqt6svg6), so
// they stay sharp at every size and device pixel ratio.
enum class IconId {
    Application,
    // Actions: one mid-grey set for light palettes, one light-grey set for dark ones.
    CreateBatch,
    ImportList,
    Start, // also Resume
    Cancel,
    Retry,
    Rerun, // a delta pass over the whole batch
    Archive,
    Delete,
    Export,
    CopySummary,
    Settings,
    OpenLog, // in the system's viewer
    SaveLogCopy,
    Find,
    // Job and batch states: coloured badges that read on light and dark palettes.
    StateQueued,
    StateWaiting,
    StateRunning,
    StateSucceeded,
    StateSucceededWithWarning, // the transfer is done, the spam folder is not
    StateFailed,
    StateCancelled,
    StateInterrupted,
    StateNeedsPassword, // the last one: allIconIds()
};

// Every id, in declaration order.
QList<IconId> allIconIds();

// The icon for the application's current palette (see isDarkPalette). The
// desktop theme's icon stands in when ours cannot be loaded. GUI thread only:
// icons are cached, so models may call it from data() as often as they like.
QIcon icon(IconId id);

// The badge of a job state. spamOnly: the exit verdict was "Transfer OK, spam
// not synced" (ExitVerdict::spamOnly), which turns a success into a warning.
IconId stateIconId(JobState state, bool spamOnly = false);
QIcon stateIcon(JobState state, bool spamOnly = false);

// Dark mode: the window background is darker than mid-grey.
bool isDarkPalette(const QPalette &palette);

// The embedded SVG of id for a light or dark palette, e.g. ":/icons/actions/find.svg".
QString iconResourcePath(IconId id, bool darkPalette);

// Gives action the icon and remembers the id, so refreshIcons() can swap the
// light and dark sets when the system palette changes.
void setIcon(QAction *action, IconId id);

// Re-applies the icons given with setIcon() to root, if it is an action, and
// to the actions among its QObject descendants (menus, toolbars, context
// actions). Call it from changeEvent() on QEvent::ApplicationPaletteChange;
// icons set any other way keep the set they were given.
void refreshIcons(QObject *root);

} // namespace imapdesk
