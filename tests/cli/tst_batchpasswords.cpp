// `imapdesk batch passwords ID FILE`: jobs whose keychain entries are gone
// (needs_password) get their passwords again from an account list. The real
// executable, the fake imapsync, an SQLite history on disk and the private
// Secret Service of scripts/test.sh; the history is also opened here to set
// up jobs and to look at them.

#include "fakeimapsyncrecord.h"
#include "secrets/blockingcredentials.h"
#include "secrets/keychaincredentialstore.h"
#include "storage/database.h"
#include "storage/jobstore.h"
#include "util/applicationpaths.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace imapdesk;
using namespace Qt::StringLiterals;

namespace {

const QString Fake = QStringLiteral(IMAPDESK_TEST_FIXTURES "/fake-imapsync");

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// One line of an account list, with a password per side.
struct Line
{
    QString user1;
    QString password1;
    QString user2;
    QString password2;
};

QString sha256(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestBatchPasswords final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void missingPasswordsEnteredAgainFromTheList();
    void partialListReportsWhatIsLeft();
    void allRefreshesEveryNamedJob();
    void standardInputAndDefaultDomain();
    void usageErrors_data();
    void usageErrors();

private:
    Run imapdesk(const QStringList &arguments, const QByteArray &input = {});
    QString writeList(const QList<Line> &lines, const QString &extra = {});
    QList<Line> makeLines(int count);
    // A batch added here: jobs whose users are those of lines, every one with
    // its passwords in the keychain.
    qint64 addBatch(const QList<Line> &lines, const QString &defaultDomain = {});
    void openStore();
    QList<JobRecord> jobs(qint64 batchId);
    QStringList states(qint64 batchId);
    CredentialRef refOf(const JobRecord &job);
    void forgetPasswords(const JobRecord &job);
    // Claims the job and ends its attempt as the runner does without passwords.
    void makeNeedPassword(qint64 batchId);
    CredentialReadResult readPasswords(const JobRecord &job);
    void verifyNoPasswordIn(const Run &run);
    QHash<QString, QJsonObject> lastRecordByUser() const; // --user1 -> the fake's record

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_environment;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<JobStore> m_store;
    KeychainCredentialStore *m_keychain = nullptr;
    QStringList m_passwords; // every password written to a list
    int m_lists = 0;
};

void TestBatchPasswords::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : m_environment.keys()) {
        if (name.startsWith("FAKE_IMAPSYNC_"_L1) || name.startsWith("IMAPDESK_"_L1))
            m_environment.remove(name);
    }
    m_environment.insert(u"IMAPDESK_DATA_DIR"_s, m_dir->filePath(u"data"_s));
    m_environment.insert(u"IMAPDESK_IMAPSYNC"_s, Fake);
    m_environment.insert(u"FAKE_IMAPSYNC_MESSAGES"_s, u"5"_s);
    m_environment.insert(u"FAKE_IMAPSYNC_RECORD"_s, m_dir->filePath(u"record.jsonl"_s));
    m_environment.insert(u"USER"_s, u"alice"_s);
    m_keychain = new KeychainCredentialStore(KeychainCredentialStore::defaultService(), this);
    m_passwords.clear();
    m_lists = 0;
}

void TestBatchPasswords::cleanup()
{
    m_store.reset();
    m_db.reset();
    delete m_keychain;
    m_keychain = nullptr;
    m_dir.reset();
}

Run TestBatchPasswords::imapdesk(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    if (input.isNull())
        process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(IMAPDESK_BINARY), arguments);
    Run run;
    if (!process.waitForStarted())
        return run;
    if (!input.isNull()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QList<Line> TestBatchPasswords::makeLines(int count)
{
    // Spaces, quotes' neighbours, separators and non-ASCII: what a list holds.
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    QList<Line> lines;
    for (int i = 0; i < count; ++i) {
        lines << Line{u"user%1-%2@src.example"_s.arg(m_lists).arg(i),
                      u"Src %1 s\u00ebcret,|%2"_s.arg(tag).arg(i),
                      u"user%1-%2@dst.example"_s.arg(m_lists).arg(i),
                      u"Dst %1 p\u00e4ss;%2"_s.arg(tag).arg(i)};
    }
    return lines;
}

QString TestBatchPasswords::writeList(const QList<Line> &lines, const QString &extra)
{
    QByteArray text = "# the batch's account list\n";
    for (const Line &line : lines) {
        text +=
            u"%1 \"%2\" %3 \"%4\"\n"_s.arg(line.user1, line.password1, line.user2, line.password2)
                .toUtf8();
        m_passwords << line.password1 << line.password2;
    }
    text += extra.toUtf8();
    const QString path = m_dir->filePath(u"list-%1.txt"_s.arg(m_lists++));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

void TestBatchPasswords::openStore()
{
    if (m_store)
        return;
    DatabaseLocation location;
    QString error;
    QVERIFY(
        DatabaseLocation::parse(defaultDatabaseFile(m_dir->filePath(u"data"_s)), location, error));
    m_db = Database::open(location, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_store = std::make_unique<JobStore>(*m_db);
}

qint64 TestBatchPasswords::addBatch(const QList<Line> &lines, const QString &defaultDomain)
{
    openStore();
    NewBatch batch;
    batch.label = u"passwords test"_s;
    batch.source.host = u"imap.src.example"_s;
    batch.source.security = Security::None;
    batch.destination.host = u"imap.dst.example"_s;
    batch.destination.security = Security::None;
    batch.defaultDomain = defaultDomain;
    batch.owner = u"alice"_s;
    QList<NewJob> jobs;
    BlockingCredentials credentials(*m_keychain);
    for (const Line &line : lines) {
        const CredentialRef ref = CredentialRef::generate(m_store->databaseId());
        const CredentialStatus written =
            credentials.write(ref, JobCredentials{line.password1, line.password2});
        if (!written.ok())
            qWarning("keychain: %s", qPrintable(written.message));
        jobs << NewJob{line.user1, line.user2, ref.toString()};
    }
    const StoreResult<qint64> added = m_store->addBatch(batch, jobs);
    if (!added.ok())
        qWarning("%s", qPrintable(added.error()));
    return added.ok() ? added.value() : 0;
}

QList<JobRecord> TestBatchPasswords::jobs(qint64 batchId)
{
    openStore();
    const auto list = m_store->jobs(batchId);
    if (!list.ok())
        qWarning("%s", qPrintable(list.error()));
    return list.ok() ? list.value() : QList<JobRecord>();
}

QStringList TestBatchPasswords::states(qint64 batchId)
{
    QStringList names;
    for (const JobRecord &job : jobs(batchId))
        names << jobStateName(job.state);
    return names;
}

CredentialRef TestBatchPasswords::refOf(const JobRecord &job)
{
    openStore();
    return CredentialRef::fromString(m_store->databaseId(), job.credentialRef);
}

void TestBatchPasswords::forgetPasswords(const JobRecord &job)
{
    const CredentialStatus removed = BlockingCredentials(*m_keychain).remove(refOf(job));
    QVERIFY2(removed.ok(), qPrintable(removed.message));
}

CredentialReadResult TestBatchPasswords::readPasswords(const JobRecord &job)
{
    return BlockingCredentials(*m_keychain).read(refOf(job));
}

void TestBatchPasswords::makeNeedPassword(qint64 batchId)
{
    openStore();
    ClaimFilter filter;
    filter.batchId = batchId;
    const auto claimed =
        m_store->claimNextJob(RunnerIdentity{u"test-runner"_s, u"test-host"_s, 4242}, filter);
    QVERIFY2(claimed.ok() && claimed.value(), qPrintable(claimed.error()));
    const auto stored = m_store->attemptNeedsPassword(claimed.value()->attemptId,
                                                      u"not in the keychain of this computer"_s);
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
}

void TestBatchPasswords::verifyNoPasswordIn(const Run &run)
{
    for (const QString &password : std::as_const(m_passwords)) {
        QVERIFY2(!run.out.contains(password), qPrintable(run.out));
        QVERIFY2(!run.err.contains(password), qPrintable(run.err));
    }
}

QHash<QString, QJsonObject> TestBatchPasswords::lastRecordByUser() const
{
    return ImapDeskTest::lastFakeRunByUser1(m_environment.value(u"FAKE_IMAPSYNC_RECORD"_s));
}

// The whole story: the keychain entries of two jobs are gone, so running the
// batch leaves them waiting; the list the batch came from gives them their
// passwords again; the next run succeeds with the right passwords.
void TestBatchPasswords::missingPasswordsEnteredAgainFromTheList()
{
    const QList<Line> lines = makeLines(3);
    const QString list = writeList(lines);
    const Run added = imapdesk({u"batch"_s, u"add"_s, u"--source"_s, u"imap.src.example"_s,
                                u"--dest"_s, u"imap.dst.example"_s, u"--security1"_s, u"none"_s,
                                u"--security2"_s, u"none"_s, list});
    QVERIFY2(added.code == 0, qPrintable(added.err));
    const qint64 batchId = added.out.section(u'\n', 0, 0).trimmed().toLongLong();
    QVERIFY(batchId > 0);
    QList<JobRecord> before = jobs(batchId);
    QCOMPARE(before.size(), 3);
    forgetPasswords(before.at(0));
    forgetPasswords(before.at(1));

    const Run firstRun = imapdesk({u"batch"_s, u"run"_s, QString::number(batchId), u"--wait"_s});
    QCOMPARE(firstRun.code, 1); // not every job succeeded
    verifyNoPasswordIn(firstRun);
    QCOMPARE(states(batchId),
             (QStringList{u"needs_password"_s, u"needs_password"_s, u"succeeded"_s}));

    const Run provided = imapdesk({u"batch"_s, u"passwords"_s, QString::number(batchId), list});
    QVERIFY2(provided.code == 0, qPrintable(provided.out + provided.err));
    verifyNoPasswordIn(provided);
    QVERIFY2(provided.out.contains(
                 u"Batch %1: jobs given their passwords: 2 (queued again: 2)."_s.arg(batchId)),
             qPrintable(provided.out));
    QVERIFY2(provided.out.contains(u"Lines that matched no job: 0."_s), qPrintable(provided.out));
    QVERIFY2(provided.out.contains(u"Jobs still waiting for their passwords: 0."_s),
             qPrintable(provided.out));
    // The third line names a job that had its passwords: left alone.
    QVERIFY2(provided.out.contains(u"left alone: 1"_s), qPrintable(provided.out));
    QVERIFY2(provided.out.contains(u"imapdesk batch run %1"_s.arg(batchId)),
             qPrintable(provided.out));
    QCOMPARE(states(batchId), (QStringList{u"queued"_s, u"queued"_s, u"succeeded"_s}));

    const Run secondRun = imapdesk({u"batch"_s, u"run"_s, QString::number(batchId), u"--wait"_s});
    QVERIFY2(secondRun.code == 0, qPrintable(secondRun.out + secondRun.err));
    verifyNoPasswordIn(secondRun);
    QCOMPARE(states(batchId), (QStringList{u"succeeded"_s, u"succeeded"_s, u"succeeded"_s}));
    const QList<JobRecord> after = jobs(batchId);
    QCOMPARE(after.at(0).attempts, 2);
    QCOMPARE(after.at(2).attempts, 1);
    // Each job ran with the passwords of its own line, on each side.
    const QHash<QString, QJsonObject> records = lastRecordByUser();
    for (const Line &line : lines) {
        const QJsonObject record = records.value(line.user1);
        QCOMPARE(record.value(u"password1_sha256"_s).toString(), sha256(line.password1));
        QCOMPARE(record.value(u"password2_sha256"_s).toString(), sha256(line.password2));
    }
}

void TestBatchPasswords::partialListReportsWhatIsLeft()
{
    const QList<Line> lines = makeLines(2);
    const qint64 batchId = addBatch(lines);
    for (const JobRecord &job : jobs(batchId))
        forgetPasswords(job);
    makeNeedPassword(batchId);
    makeNeedPassword(batchId);
    // The first job's line, a line for nobody in the batch, a broken line.
    const Line stranger{u"nobody@src.example"_s, u"x1 secret"_s, u"nobody@dst.example"_s,
                        u"x2 secret"_s};
    const QString list =
        writeList({lines.at(0), stranger}, u"lonely@src.example\n"_s); // no password
    const Run run = imapdesk({u"batch"_s, u"passwords"_s, QString::number(batchId), list});
    QCOMPARE(run.code, 1);
    verifyNoPasswordIn(run);
    QVERIFY2(run.out.contains(u"jobs given their passwords: 1 (queued again: 1)"_s),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Lines that matched no job: 1."_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Jobs still waiting for their passwords: 1."_s),
             qPrintable(run.out));
    QVERIFY2(run.err.contains(u"line 3: batch %1 has no job for nobody@src.example → "
                              "nobody@dst.example"_s.arg(batchId)),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(u"line 4: rejected"_s), qPrintable(run.err));
    QCOMPARE(states(batchId), (QStringList{u"queued"_s, u"needs_password"_s}));
    const QList<JobRecord> list2 = jobs(batchId);
    const CredentialReadResult first = readPasswords(list2.at(0));
    QVERIFY2(first.status.ok(), qPrintable(first.status.message));
    QCOMPARE(first.credentials, (JobCredentials{lines.at(0).password1, lines.at(0).password2}));
    QCOMPARE(readPasswords(list2.at(1)).status.error, CredentialError::NotFound);
}

// --all: new passwords for every job the list names (before a delta pass);
// only jobs that waited for them are queued.
void TestBatchPasswords::allRefreshesEveryNamedJob()
{
    QList<Line> lines = makeLines(3);
    const qint64 batchId = addBatch(lines);
    forgetPasswords(jobs(batchId).at(0));
    makeNeedPassword(batchId);
    for (Line &line : lines) {
        line.password1 += u" new"_s;
        line.password2 += u" new"_s;
    }
    const QString list = writeList(lines);

    const Run run =
        imapdesk({u"batch"_s, u"passwords"_s, QString::number(batchId), list, u"--all"_s});
    QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    verifyNoPasswordIn(run);
    QVERIFY2(run.out.contains(u"jobs given their passwords: 3 (queued again: 1)"_s),
             qPrintable(run.out));
    QVERIFY2(!run.out.contains(u"left alone"_s), qPrintable(run.out));
    QCOMPARE(states(batchId), (QStringList{u"queued"_s, u"queued"_s, u"queued"_s}));
    const QList<JobRecord> records = jobs(batchId);
    for (int i = 0; i < lines.size(); ++i) {
        const CredentialReadResult read = readPasswords(records.at(i));
        QVERIFY2(read.status.ok(), qPrintable(read.status.message));
        QCOMPARE(read.credentials, (JobCredentials{lines.at(i).password1, lines.at(i).password2}));
    }
}

// "-" reads the list from standard input; users without a domain get the
// batch's default domain, as when the batch was added.
void TestBatchPasswords::standardInputAndDefaultDomain()
{
    const qint64 batchId = addBatch(
        {Line{u"carol@example.com"_s, u"c1"_s, u"carol@example.com"_s, u"c1"_s}}, u"example.com"_s);
    forgetPasswords(jobs(batchId).at(0));
    makeNeedPassword(batchId);
    m_passwords << u"Carol's n\u00e9w pass"_s;
    const QByteArray input = u"carol \"Carol's n\u00e9w pass\"\n"_s.toUtf8();

    // Another domain names nobody.
    Run run = imapdesk({u"batch"_s, u"passwords"_s, QString::number(batchId), u"-"_s,
                        u"--default-domain"_s, u"other.example"_s},
                       input);
    QCOMPARE(run.code, 1);
    QVERIFY2(run.out.contains(u"Lines that matched no job: 1."_s), qPrintable(run.out));
    QCOMPARE(states(batchId), QStringList{u"needs_password"_s});

    run = imapdesk({u"batch"_s, u"passwords"_s, QString::number(batchId), u"-"_s}, input);
    QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    verifyNoPasswordIn(run);
    QCOMPARE(states(batchId), QStringList{u"queued"_s});
    const CredentialReadResult read = readPasswords(jobs(batchId).at(0));
    QVERIFY2(read.status.ok(), qPrintable(read.status.message));
    QCOMPARE(read.credentials.password1, u"Carol's n\u00e9w pass"_s);
    QCOMPARE(read.credentials.password2, u"Carol's n\u00e9w pass"_s);
}

void TestBatchPasswords::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no operands") << QStringList{} << 2 << u"needs a batch ID"_s;
    QTest::newRow("no file") << QStringList{u"1"_s} << 2 << u"needs a batch ID"_s;
    QTest::newRow("not a number") << QStringList{u"one"_s, u"LIST"_s} << 2 << u"batch id"_s;
    QTest::newRow("unknown batch") << QStringList{u"999"_s, u"LIST"_s} << 1 << u"no batch 999"_s;
    QTest::newRow("missing file") << QStringList{u"1"_s, u"/nonexistent/list.txt"_s} << 2
                                  << u"Cannot read /nonexistent/list.txt"_s;
    QTest::newRow("folder") << QStringList{u"1"_s, u"DIR"_s} << 2 << u"is a folder"_s;
    QTest::newRow("bad domain") << QStringList{u"1"_s, u"LIST"_s, u"--default-domain"_s, u"a b"_s}
                                << 2 << u"not a domain name"_s;
    QTest::newRow("not UTF-8") << QStringList{u"1"_s, u"LATIN1"_s} << 2 << u"UTF-8"_s;
}

void TestBatchPasswords::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    const qint64 batchId = addBatch(makeLines(1));
    QCOMPARE(batchId, 1);
    const QString list = writeList(makeLines(1));
    const QString latin1 = m_dir->filePath(u"latin1.txt"_s);
    QFile file(latin1);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("user@src.example p\xe4ss\n");
    file.close();
    arguments.replaceInStrings(u"LIST"_s, list);
    arguments.replaceInStrings(u"LATIN1"_s, latin1);
    arguments.replaceInStrings(u"DIR"_s, m_dir->path());
    const Run run = imapdesk(QStringList{u"batch"_s, u"passwords"_s} + arguments);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.code, code);
    verifyNoPasswordIn(run);
    QCOMPARE(states(batchId), QStringList{u"queued"_s});
}

QTEST_MAIN(TestBatchPasswords)
#include "tst_batchpasswords.moc"
