#include "imapsync/imapsynclocator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using imapdesk::bundledImapsyncDirectory;
using imapdesk::locateImapsync;

namespace {

// Creates an "imapsync" in dir, executable or not.
QString makeProgram(const QString &dir, bool executable)
{
    const QString path = QDir(dir).filePath(QStringLiteral("imapsync"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\necho 2.229\n");
    file.close();
    QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner;
    if (executable)
        permissions |= QFile::ExeOwner;
    file.setPermissions(permissions);
    return path;
}

} // namespace

class TestImapsyncLocator final : public QObject
{
    Q_OBJECT

private slots:
    void nextToApplicationBeatsPath();
    void foundOnPath();
    void installerBundleBeatsPath();
    void configuredPathIsUsedWithoutFallback_data();
    void configuredPathIsUsedWithoutFallback();
    void missingEverywhereSaysWhereAndHow();

private:
    QTemporaryDir m_appDir;
    QTemporaryDir m_pathDir;
};

void TestImapsyncLocator::nextToApplicationBeatsPath()
{
    const QString bundled = makeProgram(m_appDir.path(), true);
    makeProgram(m_pathDir.path(), true);
    const auto location = locateImapsync({}, m_appDir.path(), {m_pathDir.path()});
    QCOMPARE(location.program, bundled);
    QFile::remove(bundled);
}

// The folder the installer puts a bundled imapsync in (tests/packaging checks
// that the package puts it there): ../libexec/imapdesk on Linux.
void TestImapsyncLocator::installerBundleBeatsPath()
{
    QTemporaryDir prefix;
    const QString appDir = prefix.filePath(QStringLiteral("bin"));
    const QString bundleDir = bundledImapsyncDirectory(appDir);
#if defined(Q_OS_LINUX)
    QCOMPARE(bundleDir, prefix.filePath(QStringLiteral("libexec/imapdesk")));
#endif
    QVERIFY(QDir().mkpath(appDir));
    QVERIFY(QDir().mkpath(bundleDir));
    const QString bundled = makeProgram(bundleDir, true);
    makeProgram(m_pathDir.path(), true);
    const auto location = locateImapsync({}, appDir, {m_pathDir.path()});
    QCOMPARE(location.program, bundled);
}

void TestImapsyncLocator::foundOnPath()
{
    const QString onPath = makeProgram(m_pathDir.path(), true);
    const auto location =
        locateImapsync({}, m_appDir.path(), {QStringLiteral("/nonexistent"), m_pathDir.path()});
    QVERIFY(location.found());
    QCOMPARE(location.program, onPath);
}

void TestImapsyncLocator::configuredPathIsUsedWithoutFallback_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("good") << "good"
                          << "";
    QTest::newRow("missing") << "missing"
                             << "does not exist";
    QTest::newRow("folder") << "folder"
                            << "is a folder";
    QTest::newRow("not executable") << "plain"
                                    << "not executable";
}

void TestImapsyncLocator::configuredPathIsUsedWithoutFallback()
{
    QFETCH(QString, kind);
    QFETCH(QString, messagePart);
    QTemporaryDir dir;
    makeProgram(m_pathDir.path(), true); // a fallback that must not be taken
    QString configured = dir.filePath(QStringLiteral("nope"));
    if (kind == QLatin1String("good") || kind == QLatin1String("plain"))
        configured = makeProgram(dir.path(), kind == QLatin1String("good"));
    else if (kind == QLatin1String("folder"))
        configured = dir.path();
    const auto location = locateImapsync(configured, m_appDir.path(), {m_pathDir.path()});
    if (messagePart.isEmpty()) {
        QCOMPARE(location.program, configured);
        return;
    }
    QVERIFY(!location.found());
    QVERIFY2(location.error.contains(messagePart), qPrintable(location.error));
    QVERIFY2(location.error.contains(QStringLiteral("Install imapsync")),
             qPrintable(location.error));
}

void TestImapsyncLocator::missingEverywhereSaysWhereAndHow()
{
    QTemporaryDir emptyApp;
    QTemporaryDir emptyPath;
    const auto location = locateImapsync({}, emptyApp.path(), {emptyPath.path()});
    QVERIFY(!location.found());
    QVERIFY2(location.error.contains(emptyApp.path()), qPrintable(location.error));
    QVERIFY2(location.error.contains(emptyPath.path()), qPrintable(location.error));
    QVERIFY2(location.error.contains(QStringLiteral("--imapsync")), qPrintable(location.error));
    // The application folder, the installer bundle's (when another), PATH.
    const bool separateBundle = bundledImapsyncDirectory(emptyApp.path()) != emptyApp.path();
    QCOMPARE(location.searched.size(), separateBundle ? 3 : 2);
}

QTEST_GUILESS_MAIN(TestImapsyncLocator)
#include "tst_imapsynclocator.moc"
