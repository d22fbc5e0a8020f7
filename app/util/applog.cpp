#include "util/applog.h"

#include "util/applicationpaths.h"

#include <QDir>

#include <memory>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <vector>

namespace imapdesk {

namespace {

constexpr size_t MaxLogFileBytes = 5 * 1024 * 1024;
constexpr size_t KeptLogFiles = 3;

} // namespace

QString initApplicationLog(const QString &dataDirectory, bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
    sinks.push_back(console);

    QString problem;
    const QString folder = applicationLogDirectory(dataDirectory);
    if (!QDir().mkpath(folder)) {
        problem = QStringLiteral("cannot create the log folder %1").arg(folder);
    } else {
        try {
            const QString file = QDir(folder).filePath(QStringLiteral("imapdesk.log"));
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                file.toStdString(), MaxLogFileBytes, KeptLogFiles));
        } catch (const spdlog::spdlog_ex &error) {
            problem = QString::fromUtf8(error.what());
        }
    }
    auto logger = std::make_shared<spdlog::logger>("imapdesk", sinks.begin(), sinks.end());
    logger->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    return problem;
}

} // namespace imapdesk
