#include "imapsync/imapsyncversion.h"

#include <QRegularExpression>
#include <QStringList>

namespace imapdesk {

QVersionNumber parseImapsyncVersion(const QString &versionOutput)
{
    static const QRegularExpression versionLine(
        QStringLiteral("\\A\\s*v?(\\d+(?:\\.\\d+)+)\\s*\\z"));
    const QStringList lines = versionOutput.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = versionLine.match(line);
        if (match.hasMatch()) {
            return QVersionNumber::fromString(match.captured(1));
        }
    }
    return {};
}

bool imapsyncSupportsNoDockerContext(const QVersionNumber &version)
{
    return !version.isNull() && version >= QVersionNumber(2, 200);
}

bool imapsyncReadsPasswordEnvironment(const QVersionNumber &version)
{
    return !version.isNull() && version >= QVersionNumber(1, 782);
}

} // namespace imapdesk
