#include "secrets/passwordfile.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using imapdesk::PasswordFile;

namespace {

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file under directory whose bytes contain needle.
QStringList filesContaining(const QString &directory, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (contentOf(path).contains(needle)) {
            found << path;
        }
    }
    return found;
}

} // namespace

class TestPasswordFile final : public QObject
{
    Q_OBJECT

private slots:
    void content_data();
    void content();
    void ownerOnlyWhateverTheUmask();
    void goneAfterDestruction();
    void removeOverwritesBeforeDeleting();
    void removeTwiceIsHarmless();
    void noCopyElsewhere();
    void refusesLineBreaks_data();
    void refusesLineBreaks();
    void refusesMissingFolder();
    void removesLeftovers();
    void privateDirectory();
};

void TestPasswordFile::content_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("plain") << "secret";
    QTest::newRow("zero") << "0";
    QTest::newRow("empty") << "";
    QTest::newRow("spaces and quotes") << " p@ss \"w0rd\" 'x' ";
    QTest::newRow("backslashes") << "\\\\a\\b\\";
    QTest::newRow("non-ASCII and emoji") << "pässwörd 🔑 日本";
    QTest::newRow("NUL inside") << QString(QStringLiteral("a") + QChar(u'\0') +
                                           QStringLiteral("b"));
}

void TestPasswordFile::content()
{
    QFETCH(QString, password);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PasswordFile file;
    QVERIFY2(file.create(dir.path(), password), qPrintable(file.errorString()));
    QVERIFY(file.exists());
    QVERIFY(QFileInfo(file.fileName()).isAbsolute());
    QCOMPARE(QFileInfo(file.fileName()).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
    QCOMPARE(contentOf(file.fileName()), password.toUtf8() + '\n');
}

void TestPasswordFile::ownerOnlyWhateverTheUmask()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const mode_t previous = ::umask(0);
    PasswordFile file;
    const bool created = file.create(dir.path(), QStringLiteral("secret"));
    ::umask(previous);
    QVERIFY(created);
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(file.fileName()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 07777, mode_t(0600));
    QCOMPARE(info.st_uid, ::getuid());
#else
    QSKIP("the ACL of the folder protects the file on Windows");
#endif
}

void TestPasswordFile::goneAfterDestruction()
{
    QTemporaryDir dir;
    QString path;
    {
        PasswordFile file;
        QVERIFY(file.create(dir.path(), QStringLiteral("secret")));
        path = file.fileName();
        QVERIFY(QFileInfo::exists(path));
    }
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(QDir(dir.path())
                .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));
}

void TestPasswordFile::removeOverwritesBeforeDeleting()
{
#ifdef Q_OS_UNIX
    // A hard link keeps the inode readable after the delete: it must hold no password.
    QTemporaryDir dir;
    PasswordFile file;
    QVERIFY(file.create(dir.path(), QStringLiteral("hunter2")));
    const QString link = dir.filePath(QStringLiteral("witness"));
    QCOMPARE(
        ::link(QFile::encodeName(file.fileName()).constData(), QFile::encodeName(link).constData()),
        0);
    const QString path = file.fileName();
    file.remove();
    QVERIFY(!file.exists());
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(contentOf(link), QByteArray(8, '\0'));
#else
    QSKIP("needs hard links");
#endif
}

void TestPasswordFile::removeTwiceIsHarmless()
{
    QTemporaryDir dir;
    PasswordFile file;
    QVERIFY(file.create(dir.path(), QStringLiteral("secret")));
    file.remove();
    file.remove();
    QVERIFY(file.fileName().isEmpty());
    // Reused for the next run of the job.
    QVERIFY(file.create(dir.path(), QStringLiteral("other")));
    QCOMPARE(contentOf(file.fileName()), QByteArray("other\n"));
}

void TestPasswordFile::noCopyElsewhere()
{
    QTemporaryDir dir;
    const QByteArray secret = "unique-pässword-4711";
    {
        PasswordFile first;
        PasswordFile second;
        QVERIFY(first.create(dir.path(), QString::fromUtf8(secret)));
        QVERIFY(second.create(dir.path(), QStringLiteral("other")));
        QVERIFY(first.fileName() != second.fileName());
        QCOMPARE(filesContaining(dir.path(), secret), QStringList{first.fileName()});
    }
    QCOMPARE(filesContaining(dir.path(), secret), QStringList());
}

void TestPasswordFile::refusesLineBreaks_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("newline") << "first\nsecond";
    QTest::newRow("carriage return") << "first\rsecond";
}

void TestPasswordFile::refusesLineBreaks()
{
    QFETCH(QString, password);
    QTemporaryDir dir;
    PasswordFile file;
    QVERIFY(!file.create(dir.path(), password));
    QVERIFY(!file.exists());
    QCOMPARE(file.errorString(),
             QStringLiteral("a password with a line break cannot be passed in a file"));
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestPasswordFile::refusesMissingFolder()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-such-folder"));
    PasswordFile file;
    QVERIFY(!file.create(missing, QStringLiteral("secret")));
    QVERIFY(file.errorString().contains(missing));
    QVERIFY(!file.errorString().contains(QStringLiteral("secret")));
}

void TestPasswordFile::removesLeftovers()
{
    QTemporaryDir dir;
    QFile stale(dir.filePath(QStringLiteral("imapdesk-pass-AbC123")));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("left by a crash\n");
    stale.close();
    QFile other(dir.filePath(QStringLiteral("job.pid")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    QCOMPARE(PasswordFile::removeLeftovers(dir.path()), 1);
    QVERIFY(!stale.exists());
    QVERIFY(other.exists());
    QCOMPARE(PasswordFile::removeLeftovers(dir.path()), 0);
}

void TestPasswordFile::privateDirectory()
{
    QTemporaryDir dir;
    const QString run = dir.filePath(QStringLiteral("run/job-1"));
    QString error;
    QVERIFY2(PasswordFile::makePrivateDirectory(run, &error), qPrintable(error));
    QVERIFY(QFileInfo(run).isDir());
#ifdef Q_OS_UNIX
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(run).constData(), &info), 0);
    QCOMPARE(info.st_mode & 07777, mode_t(0700));
#endif
    PasswordFile file;
    QVERIFY(file.create(run, QStringLiteral("secret")));
}

QTEST_GUILESS_MAIN(TestPasswordFile)
#include "tst_passwordfile.moc"
