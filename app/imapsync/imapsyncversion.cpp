#include "imapsync/imapsyncversion.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace imapdesk {

namespace {

// lupdate finds the context of Tr::tr() calls; a free tr() would land in "imapdesk".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImapsyncVersion)
};

} // namespace

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

QVersionNumber oldestImapsyncKnownToWork()
{
    return QVersionNumber(2, 229);
}

QString imapsyncVersionWarning(const QVersionNumber &version)
{
    if (version.isNull() || version >= oldestImapsyncKnownToWork())
        return {};
    if (!imapsyncReadsPasswordEnvironment(version)) {
        //: %1 is the version found, such as 1.700
        return Tr::tr("imapsync %1 is too old: it cannot read passwords from ImapDesk, so jobs "
                      "fail. Install imapsync %2 or newer.")
            .arg(version.toString(), oldestImapsyncKnownToWork().toString());
    }
    //: %1 is the version found, such as 2.100; %2 the oldest tested, 2.229
    return Tr::tr("imapsync %1 is older than %2, the oldest version known to work with ImapDesk: "
                  "progress or verdicts may be wrong. Update imapsync if jobs misbehave.")
        .arg(version.toString(), oldestImapsyncKnownToWork().toString());
}

} // namespace imapdesk
