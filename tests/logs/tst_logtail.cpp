#include "logs/logtail.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace imapdesk;

Q_DECLARE_METATYPE(imapdesk::LogTail::PartialLine)

namespace {

void writeFile(const QString &path, const QByteArray &bytes,
               QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Truncate)
{
    QFile file(path);
    QVERIFY2(file.open(mode), qPrintable(file.errorString()));
    QCOMPARE(file.write(bytes), bytes.size());
}

void append(const QString &path, const QByteArray &bytes)
{
    writeFile(path, bytes, QIODevice::WriteOnly | QIODevice::Append);
}

// Bytes this process has read through read() so far (Linux), or -1.
qint64 bytesReadSoFar()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("rchar: "))
            return line.mid(7).toLongLong();
    }
    return -1;
}

QStringList numbered(const char *prefix, int from, int to)
{
    QStringList lines;
    for (int i = from; i <= to; ++i)
        lines << QString::fromLatin1(prefix) + QString::number(i);
    return lines;
}

} // namespace

class TestLogTail final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void lastLines_data();
    void lastLines();
    void manyBlocks();
    void invalidUtf8();
    void hugeLines();
    void bigLog();
    void followAppends();
    void followAfterLastLines();
    void truncation();
    void replacedFile();
    void bigAppendInSteps();
    void missingFile();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestLogTail::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("%1.log").arg(QTest::currentTestFunction()));
    QFile::remove(m_path);
}

void TestLogTail::cleanup()
{
    QFile::remove(m_path); // the big ones go at once
}

void TestLogTail::lastLines_data()
{
    using Partial = LogTail::PartialLine;
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("count");
    QTest::addColumn<Partial>("partial");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<qint64>("position");
    const QStringList abc = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("empty") << QByteArray() << 5 << Partial::Include << QStringList() << 0LL;
    QTest::newRow("last two") << QByteArray("a\nb\nc\n") << 2 << Partial::Include << abc.mid(1)
                              << 6LL;
    QTest::newRow("more than there are")
        << QByteArray("a\nb\nc\n") << 10 << Partial::Include << abc << 6LL;
    QTest::newRow("none") << QByteArray("a\nb\nc\n") << 0 << Partial::Include << QStringList()
                          << 6LL;
    QTest::newRow("no newline at the end")
        << QByteArray("a\nb\nc") << 2 << Partial::Include << abc.mid(1) << 5LL;
    QTest::newRow("unfinished line left out")
        << QByteArray("a\nb\nc") << 2 << Partial::Exclude << abc.mid(0, 2) << 4LL;
    QTest::newRow("only an unfinished line")
        << QByteArray("no newline at all") << 3 << Partial::Include
        << QStringList{QStringLiteral("no newline at all")} << 17LL;
    QTest::newRow("only an unfinished line, left out")
        << QByteArray("no newline at all") << 3 << Partial::Exclude << QStringList() << 0LL;
    QTest::newRow("empty lines") << QByteArray("\n\n") << 5 << Partial::Include
                                 << QStringList{QString(), QString()} << 2LL;
    QTest::newRow("CRLF") << QByteArray("a\r\nb\r\nc\r\n") << 2 << Partial::Include << abc.mid(1)
                          << 9LL;
    QTest::newRow("UTF-8") << QByteArray("Entw\xC3\xBCrfe\n") << 1 << Partial::Include
                           << QStringList{QStringLiteral("Entw\u00fcrfe")} << 10LL;
}

void TestLogTail::lastLines()
{
    QFETCH(QByteArray, content);
    QFETCH(int, count);
    QFETCH(LogTail::PartialLine, partial);
    QFETCH(QStringList, lines);
    QFETCH(qint64, position);
    writeFile(m_path, content);
    LogTail tail(m_path);
    QCOMPARE(tail.lastLines(count, partial), lines);
    QCOMPARE(tail.position(), position);
    QVERIFY(tail.errorString().isEmpty());
}

void TestLogTail::manyBlocks()
{
    QByteArray content;
    for (const QString &line : numbered("line ", 1, 100000))
        content += line.toLatin1() + '\n';
    writeFile(m_path, content);
    QCOMPARE(LogTail::lastLines(m_path, 20000), numbered("line ", 80001, 100000));
}

void TestLogTail::invalidUtf8()
{
    writeFile(m_path, "ok\n\xff\xfe bad \xC3\n\xE2\x82");
    const QStringList lines = LogTail::lastLines(m_path, 3);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("ok"));
    QVERIFY(lines.at(1).startsWith(QChar(QChar::ReplacementCharacter)));
    QVERIFY(lines.at(1).contains(QStringLiteral(" bad ")));
    QVERIFY(lines.at(2).contains(QChar(QChar::ReplacementCharacter)));
}

void TestLogTail::hugeLines()
{
    const QByteArray huge(3 << 20, 'x');
    writeFile(m_path, huge + "\nshort 1\nshort 2\n");
    QCOMPARE(LogTail::lastLines(m_path, 2),
             (QStringList{QStringLiteral("short 1"), QStringLiteral("short 2")}));
    const QStringList three = LogTail::lastLines(m_path, 3);
    QCOMPARE(three.size(), 3);
    QCOMPARE(three.first().size(), LogTail::kMaxLineBytes); // a piece: reading stops early
    QCOMPARE(three.last(), QStringLiteral("short 2"));

    writeFile(m_path, QByteArray(20 << 20, 'y')); // one line of 20 MB, no line end
    const qint64 before = bytesReadSoFar();
    const QStringList one = LogTail::lastLines(m_path, 1);
    const qint64 read = bytesReadSoFar() - before;
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().size(), LogTail::kMaxLineBytes);
    if (before >= 0)
        QVERIFY2(read <= 2 * LogTail::kMaxLineBytes + LogTail::kBlockBytes,
                 qPrintable(QString::number(read)));
}

// A 200 MB log: the tail comes from its end only, and following goes on from there.
void TestLogTail::bigLog()
{
    QByteArray block;
    while (block.size() < (4 << 20))
        block += "msg INBOX/1 {2430}           copied to INBOX/31         164.70 msgs/s  10.797 "
                 "MiB/s 9.833 MiB copied ETA: Sunday 29 November 2026-11-29 23:55:24 +0000 UTC  "
                 "1 s  193/343 msgs left\n";
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        while (file.size() < 200LL * 1000 * 1000)
            QCOMPARE(file.write(block), block.size());
        for (const QString &line : numbered("last ", 1, 200))
            file.write(line.toLatin1() + '\n');
        file.write("unfinished");
    }
    LogTail tail(m_path);
    const qint64 before = bytesReadSoFar();
    QElapsedTimer timer;
    timer.start();
    const QStringList lines = tail.lastLines(200, LogTail::PartialLine::Exclude);
    const qint64 elapsed = timer.elapsed();
    const qint64 read = bytesReadSoFar() - before;
    QCOMPARE(lines, numbered("last ", 1, 200));
    QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
    if (before >= 0)
        QVERIFY2(read < 1024 * 1024, qPrintable(QString::number(read)));
    append(m_path, " now\nnext\n");
    QCOMPARE(tail.readNew(),
             (QStringList{QStringLiteral("unfinished now"), QStringLiteral("next")}));
    QVERIFY(!tail.wasReset());
}

void TestLogTail::followAppends()
{
    writeFile(m_path, "a\nb\n");
    LogTail tail(m_path);
    QCOMPARE(tail.readNew(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(tail.readNew(), QStringList());
    append(m_path, "c\r\nd");
    QCOMPARE(tail.readNew(), QStringList{QStringLiteral("c")});
    append(m_path, "\n");
    QCOMPARE(tail.readNew(), QStringList{QStringLiteral("d")});
    append(m_path, "e");
    QCOMPARE(tail.readNew(), QStringList());
    QCOMPARE(tail.readNew(LogTail::PartialLine::Include), QStringList{QStringLiteral("e")});
    QCOMPARE(tail.position(), QFile(m_path).size());
    QVERIFY(!tail.wasReset());
}

void TestLogTail::followAfterLastLines()
{
    writeFile(m_path, "1\n2\n3\npar");
    LogTail tail(m_path);
    QCOMPARE(tail.lastLines(2, LogTail::PartialLine::Exclude),
             (QStringList{QStringLiteral("2"), QStringLiteral("3")}));
    append(m_path, "tial\n4\n");
    QCOMPARE(tail.readNew(), (QStringList{QStringLiteral("partial"), QStringLiteral("4")}));
}

void TestLogTail::truncation()
{
    writeFile(m_path, "first line of a long log\nsecond\n");
    LogTail tail(m_path);
    QCOMPARE(tail.readNew().size(), 2);
    writeFile(m_path, "x\n");
    QCOMPARE(tail.readNew(), QStringList{QStringLiteral("x")});
    QVERIFY(tail.wasReset());
    append(m_path, "y\n");
    QCOMPARE(tail.readNew(), QStringList{QStringLiteral("y")});
    QVERIFY(!tail.wasReset());
}

// Rotation: the name now points to another, longer file.
void TestLogTail::replacedFile()
{
    writeFile(m_path, "Here is imapsync 2.229, attempt 1\n");
    LogTail tail(m_path);
    QCOMPARE(tail.readNew().size(), 1);
    const QString other = m_path + QStringLiteral(".new");
    writeFile(other, "Here is imapsync 2.229, attempt 2, with a longer first line\nsecond\n");
    QVERIFY(QFile::remove(m_path));
    QVERIFY(QFile::rename(other, m_path));
    QCOMPARE(tail.readNew(),
             (QStringList{QStringLiteral("Here is imapsync 2.229, attempt 2, with a longer first "
                                         "line"),
                          QStringLiteral("second")}));
    QVERIFY(tail.wasReset());
}

void TestLogTail::bigAppendInSteps()
{
    writeFile(m_path, QByteArray());
    LogTail tail(m_path);
    QByteArray content;
    for (const QString &line : numbered("appended line number ", 1, 800000))
        content += line.toLatin1() + '\n';
    QVERIFY(content.size() > 2 * LogTail::kMaxReadBytes);
    append(m_path, content);
    QStringList lines;
    int calls = 0;
    for (QStringList step = tail.readNew(); !step.isEmpty(); step = tail.readNew(), ++calls)
        lines += step;
    QVERIFY(calls >= 3);
    QCOMPARE(lines.size(), 800000);
    QCOMPARE(lines.last(), QStringLiteral("appended line number 800000"));
    QCOMPARE(lines, numbered("appended line number ", 1, 800000));
}

void TestLogTail::missingFile()
{
    LogTail tail(m_dir.filePath(QStringLiteral("no/such.log")));
    QCOMPARE(tail.lastLines(5), QStringList());
    QVERIFY(!tail.errorString().isEmpty());
    QCOMPARE(tail.readNew(), QStringList());
    QVERIFY(!tail.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestLogTail)
#include "tst_logtail.moc"
