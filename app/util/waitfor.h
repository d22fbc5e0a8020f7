#pragma once

#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace imapdesk {

// The CLI's synchronous face of an asynchronous call: runs a local QEventLoop
// until the answer comes or limit passes. Never for the GUI: a nested event
// loop re-enters the GUI's own slots while it waits.
//
// start(context, callback) begins one operation. An answer that comes after
// the limit is dropped: its context is gone by then.
template<typename Result, typename Start>
Result waitFor(std::chrono::milliseconds limit, const Result &timedOut, Start start)
{
    QEventLoop loop;
    std::optional<Result> result;
    QObject context;
    start(&context, [&](const Result &answer) {
        result = answer;
        loop.quit();
    });
    QTimer::singleShot(limit, &loop, &QEventLoop::quit);
    if (!result) {
        loop.exec();
    }
    return result.value_or(timedOut);
}

} // namespace imapdesk
