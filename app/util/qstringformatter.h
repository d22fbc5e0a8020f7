#pragma once

#include <QString>

#include <spdlog/fmt/fmt.h>
#include <string_view>

// Lets spdlog/fmt format QString arguments directly: spdlog::info("{}", qstr).
template<>
struct fmt::formatter<QString> : fmt::formatter<std::string_view>
{
    auto format(const QString &text, format_context &ctx) const
    {
        const QByteArray utf8 = text.toUtf8();
        const std::string_view view(utf8.constData(), size_t(utf8.size()));
        return fmt::formatter<std::string_view>::format(view, ctx);
    }
};
