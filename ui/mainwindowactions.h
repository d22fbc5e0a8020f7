#pragma once

#include "ui/mainwindow.h"

class QAction;

namespace imapdesk {

// Every command of the main window, shared by menus, toolbar and context menus.
struct MainWindow::Actions
{
    QAction *newBatch = nullptr;
    QAction *importList = nullptr;
    QAction *exportReport = nullptr;
    QAction *settings = nullptr;
    QAction *quit = nullptr;
    QAction *resume = nullptr;
    QAction *cancel = nullptr;
    QAction *retryFailed = nullptr;
    QAction *rerun = nullptr;
    QAction *archive = nullptr;
    QAction *deleteBatch = nullptr;
    QAction *copySummary = nullptr;
    QAction *cancelJobs = nullptr;
    QAction *retryJobs = nullptr;
    QAction *enterPasswords = nullptr;
    QAction *importPasswords = nullptr;
    QAction *dashboard = nullptr;
    QAction *about = nullptr;
};

} // namespace imapdesk
