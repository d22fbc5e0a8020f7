#include "fakeimapsyncrecord.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace ImapDeskTest {

QHash<QString, QJsonObject> lastFakeRunByUser1(const QString &recordPath)
{
    QHash<QString, QJsonObject> records;
    QFile file(recordPath);
    if (!file.open(QIODevice::ReadOnly))
        return records;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        const QJsonArray argv = record.value(QLatin1String("argv")).toArray();
        for (qsizetype i = 0; i + 1 < argv.size(); ++i) {
            if (argv.at(i).toString() == QLatin1String("--user1"))
                records.insert(argv.at(i + 1).toString(), record);
        }
    }
    return records;
}

} // namespace ImapDeskTest
