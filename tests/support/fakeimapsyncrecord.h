#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace ImapDeskTest {

// The runs tests/fixtures/fake-imapsync wrote to FAKE_IMAPSYNC_RECORD (one
// JSON object a line), by the value of their --user1: the last run of each.
QHash<QString, QJsonObject> lastFakeRunByUser1(const QString &recordPath);

} // namespace ImapDeskTest
