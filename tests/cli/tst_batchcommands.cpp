// The batch verbs (list, show, cancel, retry, archive, delete, export) and
// `log`, run in-process through runCommandLine() on a real SQLite history
// prepared with JobStore. The keychain cases need the private gnome-keyring of
// scripts/test.sh; the keychain-less case runs this binary again as a child
// ("--cli ...") on a bus that does not exist.
#include "cli/clicontext.h"
#include "cli/commandline.h"
#include "logs/logfilename.h"
#include "secrets/blockingcredentials.h"
#include "secrets/keychaincredentialstore.h"
#include "storage/database.h"
#include "storage/jobstore.h"
#include "storage/storagenames.h"
#include "util/applicationpaths.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace imapdesk;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QJsonObject parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("invalid JSON (%s): %s", qPrintable(error.errorString()), qPrintable(text));
    return document.object();
}

// The documented fields (docs/cli-json.md), no more and no less, sorted.
QStringList keys(const char *names)
{
    QStringList list = QString::fromLatin1(names).split(u' ');
    list.sort();
    return list;
}

const QStringList BatchKeys =
    keys("id label source destination default_domain extra_arguments dry_run just_login owner "
         "created_at archived_at after_batch_id state cancel_requested jobs messages_copied "
         "messages_total bytes_copied bytes_total started_at ended_at duration_seconds");
const QStringList JobKeys =
    keys("id position user1 user2 state attempts cancel_requested exit_code signal verdict "
         "verdict_explanation category messages_copied messages_total bytes_copied bytes_total "
         "current_folder errors last_errors started_at ended_at duration_seconds log_path");
const QJsonValue Null(QJsonValue::Null);

// The fields of object that expected names, to compare them in one go.
QJsonObject fieldsOf(const QJsonObject &object, const QJsonObject &expected)
{
    QJsonObject picked;
    for (auto it = expected.begin(); it != expected.end(); ++it)
        picked.insert(it.key(), object.value(it.key()));
    return picked;
}

bool isUtcIso(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return value.isString() && value.toString().endsWith(u'Z') && time.isValid();
}

JobStats sampleStats(qint64 copied)
{
    JobStats stats;
    stats.messagesCopied = copied;
    stats.messagesTotal = 50;
    stats.bytesCopied = copied * 100;
    stats.bytesTotal = 5000;
    stats.currentFolder = u"INBOX"_s;
    stats.errorCount = 2;
    stats.lastErrors = {u"Err 1"_s, u"Err 2"_s};
    return stats;
}

// The child side: the verbs with the real standard streams.
int runChildCli(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliContext context{out, err, QProcessEnvironment::systemEnvironment()};
    const int code = runCommandLine(QStringList{u"imapdesk"_s} + arguments, context);
    out.flush();
    err.flush();
    return code;
}

} // namespace

class TestBatchCommands final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listEmpty();
    void listJson();
    void listText();
    void listFilters_data();
    void listFilters();
    void showJson();
    void showText();
    void showUsesTheDatabaseOnly();
    void cancel();
    void cancelSelectedJobs();
    void retry_data();
    void retry();
    void retryRefusals_data();
    void retryRefusals();
    void archive();
    void deleteRemovesEverything();
    void deleteRefusedWhileRunning();
    void deleteWithoutKeychain();
    void exportCsv();
    void exportFailures_data();
    void exportFailures();
    void logTail_data();
    void logTail();
    void logProblems();
    void logFollow();
    void unknownIds_data();
    void unknownIds();
    void usageErrors_data();
    void usageErrors();
    void badDatabase_data();
    void badDatabase();

private:
    Run cli(const QStringList &arguments, const QProcessEnvironment &environment = {});
    qint64 addBatch(const QString &label, int jobs, const QString &owner = u"alice"_s,
                    const std::function<void(NewBatch &)> &adjust = {});
    ClaimedJob claim(qint64 batchId);
    QString writeLog(const ClaimedJob &job, const QByteArray &content);
    // Claims the next job of batchId, gives it a log and ends it with exitCode.
    ClaimedJob runJob(qint64 batchId, int exitCode, const JobStats &stats = sampleStats(40),
                      const QByteArray &log = "line\n");
    QList<qint64> jobIds(qint64 batchId);
    JobState stateOf(qint64 jobId);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<JobStore> m_store;
    const QString *m_liveOut = nullptr; // what the verb running now has printed so far
};

void TestBatchCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_data = m_dir->filePath(u"data"_s);
    DatabaseLocation location;
    QString error;
    QVERIFY(DatabaseLocation::parse(defaultDatabaseFile(m_data), location, error));
    m_db = Database::open(location, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_store = std::make_unique<JobStore>(*m_db);
}

void TestBatchCommands::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

Run TestBatchCommands::cli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    QProcessEnvironment env = environment;
    if (env.isEmpty())
        env.insert(u"USER"_s, u"alice"_s);
    CliContext context{out, err, env};
    const QStringList full = QStringList{u"imapdesk"_s, u"--data-dir"_s, m_data} + arguments;
    m_liveOut = &run.out;
    run.code = runCommandLine(full, context);
    m_liveOut = nullptr;
    out.flush();
    err.flush();
    return run;
}

qint64 TestBatchCommands::addBatch(const QString &label, int jobs, const QString &owner,
                                   const std::function<void(NewBatch &)> &adjust)
{
    NewBatch batch;
    batch.label = label;
    batch.source.host = u"imap.old.example"_s;
    batch.destination.host = u"imap.new.example"_s;
    batch.owner = owner;
    if (adjust)
        adjust(batch);
    QList<NewJob> list;
    for (int i = 1; i <= jobs; ++i) {
        list << NewJob{u"%1-u%2@old.example"_s.arg(label).arg(i),
                       u"%1-u%2@new.example"_s.arg(label).arg(i),
                       CredentialRef::generate(m_store->databaseId()).toString()};
    }
    const StoreResult<qint64> id = m_store->addBatch(batch, list);
    if (!id.ok())
        qWarning("%s", qPrintable(id.error()));
    return id.ok() ? id.value() : 0;
}

ClaimedJob TestBatchCommands::claim(qint64 batchId)
{
    RunnerIdentity runner{u"test-runner"_s, u"test-host"_s, 4242};
    ClaimFilter filter;
    filter.batchId = batchId;
    const auto claimed = m_store->claimNextJob(runner, filter);
    if (!claimed.ok() || !claimed.value())
        qWarning("nothing claimed: %s", qPrintable(claimed.error()));
    return claimed.ok() ? claimed.value().value_or(ClaimedJob()) : ClaimedJob();
}

QString TestBatchCommands::writeLog(const ClaimedJob &job, const QByteArray &content)
{
    LogFileNameParts parts;
    parts.jobId = job.jobId;
    parts.attempt = job.attemptNumber;
    parts.host1 = job.batch.source.host;
    parts.user1 = job.user1;
    parts.host2 = job.batch.destination.host;
    parts.user2 = job.user2;
    const QString path = logFilePath(m_data, job.batchId, parts);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qWarning("cannot write %s", qPrintable(path));
    m_store->startedProcess(job.attemptId, 5000 + job.jobId, path);
    return path;
}

ClaimedJob TestBatchCommands::runJob(qint64 batchId, int exitCode, const JobStats &stats,
                                     const QByteArray &log)
{
    const ClaimedJob job = claim(batchId);
    writeLog(job, log);
    m_store->updateAttemptStats(job.attemptId, stats);
    const ExitVerdict verdict = judgeImapsyncExit(ProcessEnd::exited(exitCode), false, {});
    if (!m_store->finishAttempt(job.attemptId, stats, verdict).ok())
        qWarning("finishAttempt failed");
    return job;
}

QList<qint64> TestBatchCommands::jobIds(qint64 batchId)
{
    QList<qint64> ids;
    for (const JobRecord &job : m_store->jobs(batchId).value())
        ids << job.id;
    return ids;
}

JobState TestBatchCommands::stateOf(qint64 jobId)
{
    return m_store->job(jobId).value().state;
}

void TestBatchCommands::listEmpty()
{
    const Run text = cli({u"batch"_s, u"list"_s});
    QCOMPARE(text.code, 0);
    QCOMPARE(text.out, u"No batches.\n"_s);
    const Run json = cli({u"batch"_s, u"list"_s, u"--json"_s});
    QCOMPARE(json.code, 0);
    QCOMPARE(json.out, u"{\"batches\":[]}\n"_s);
    QVERIFY(json.err.isEmpty());
}

void TestBatchCommands::listJson()
{
    const qint64 first = addBatch(u"spring"_s, 3, u"alice"_s, [](NewBatch &b) {
        b.destination.port = 1143;
        b.destination.security = Security::StartTls;
        b.destination.preset = ProviderPreset::Office365;
        b.defaultDomain = u"old.example"_s;
        b.extraArguments = {u"--nofoldersizes"_s};
        b.dryRun = true;
    });
    runJob(first, 0, sampleStats(40));
    runJob(first, 16, sampleStats(10));
    const qint64 second =
        addBatch(u"chained"_s, 1, u"bob"_s, [first](NewBatch &b) { b.afterBatchId = first; });

    const Run run = cli({u"batch"_s, u"list"_s, u"--json"_s});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.endsWith(u'\n') && run.out.count(u'\n') == 1); // one line
    const QJsonArray batches = parseJson(run.out).value(u"batches"_s).toArray();
    QCOMPARE(batches.size(), 2);
    const QJsonObject b = batches.at(0).toObject();
    QCOMPARE(QStringList(b.keys()), BatchKeys);
    const QJsonObject expected{{"id", first},
                               {"label", "spring"},
                               // 993: the default port of ssl.
                               {"source", QJsonObject{{"host", "imap.old.example"},
                                                      {"port", 993},
                                                      {"security", "ssl"},
                                                      {"preset", "none"}}},
                               {"destination", QJsonObject{{"host", "imap.new.example"},
                                                           {"port", 1143},
                                                           {"security", "starttls"},
                                                           {"preset", "office365"}}},
                               {"default_domain", "old.example"},
                               {"extra_arguments", QJsonArray{"--nofoldersizes"}},
                               {"dry_run", true},
                               {"just_login", false},
                               {"owner", "alice"},
                               {"archived_at", Null},
                               {"after_batch_id", Null},
                               {"state", "queued"}, // one job left
                               {"cancel_requested", false},
                               {"jobs", QJsonObject{{"total", 3},
                                                    {"queued", 1},
                                                    {"waiting", 0},
                                                    {"running", 0},
                                                    {"succeeded", 1},
                                                    {"failed", 1},
                                                    {"cancelled", 0},
                                                    {"interrupted", 0}}},
                               {"messages_copied", 50},
                               {"messages_total", 100},
                               {"bytes_copied", 5000},
                               {"bytes_total", 10000},
                               {"ended_at", Null}}; // a job is still queued
    QCOMPARE(fieldsOf(b, expected), expected);
    QVERIFY(isUtcIso(b.value(u"created_at"_s)) && isUtcIso(b.value(u"started_at"_s)));
    QVERIFY(b.value(u"duration_seconds"_s).isDouble());

    const QJsonObject c = batches.at(1).toObject();
    QCOMPARE(c.value(u"after_batch_id"_s).toInteger(), first);
    QCOMPARE(c.value(u"state"_s).toString(), u"waiting"_s);
    QVERIFY(c.value(u"started_at"_s).isNull());
    QCOMPARE(c.value(u"id"_s).toInteger(), second);

    // Once every job has ended, the batch has an end.
    runJob(first, 0);
    const QJsonObject ended = parseJson(cli({"batch", "list", "--json", "--search", "spring"}).out)
                                  .value(u"batches"_s)
                                  .toArray()
                                  .at(0)
                                  .toObject();
    QCOMPARE(ended.value(u"state"_s).toString(), u"failed"_s);
    QVERIFY(isUtcIso(ended.value(u"ended_at"_s)));
}

void TestBatchCommands::listText()
{
    const qint64 id = addBatch(u"spring"_s, 4);
    runJob(id, 0);
    addBatch(u"x"_s, 1, QString());
    const Run run = cli({u"batch"_s, u"list"_s});
    QCOMPARE(run.code, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QString &header = lines.at(0);
    for (const char *column : {"ID", "LABEL", "SOURCE → DESTINATION", "ACCOUNTS", "DONE", "STATE",
                               "OWNER", "CREATED", "DURATION"})
        QVERIFY2(header.contains(QString::fromUtf8(column)), column);
    const QString &row = lines.at(1);
    QVERIFY2(row.startsWith(QString::number(id)), qPrintable(row));
    QVERIFY(row.contains(u"imap.old.example → imap.new.example"_s));
    QVERIFY(row.contains(u" 25% "_s));
    QVERIFY(row.contains(u" alice "_s));
    // Aligned: every row has its state where the header has STATE.
    const qsizetype stateColumn = header.indexOf(u"STATE"_s);
    QCOMPARE(row.mid(stateColumn, 6), u"Queued"_s);
    QCOMPARE(lines.at(2).mid(stateColumn, 6), u"Queued"_s);
    QCOMPARE(lines.at(2).mid(header.indexOf(u"OWNER"_s), 2), u"- "_s);
    const QString created = QDateTime::currentDateTime().toString(u"yyyy-MM-dd"_s);
    QVERIFY(row.mid(header.indexOf(u"CREATED"_s)).startsWith(created));
}

void TestBatchCommands::listFilters_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("default: not archived")
        << QStringList() << "alice" << QStringList{"spring", "summer"};
    QTest::newRow("archived") << QStringList{"--archived"} << "alice" << QStringList{"autumn"};
    QTest::newRow("all") << QStringList{"--all"} << "alice"
                         << QStringList{"spring", "summer", "autumn"};
    QTest::newRow("mine") << QStringList{"--mine"} << "bob" << QStringList{"summer"};
    QTest::newRow("mine, USERNAME")
        << QStringList{"--mine", "--all"} << "USERNAME=alice" << QStringList{"spring", "autumn"};
    QTest::newRow("search label") << QStringList{"--search", "SUMM"} << "alice"
                                  << QStringList{"summer"};
    QTest::newRow("search user") << QStringList{"--all", "--search", "autumn-u2@new"} << "alice"
                                 << QStringList{"autumn"};
    QTest::newRow("search nothing")
        << QStringList{"--search", "nowhere"} << "alice" << QStringList();
}

void TestBatchCommands::listFilters()
{
    QFETCH(QStringList, options);
    QFETCH(QString, user);
    QFETCH(QStringList, labels);
    addBatch(u"spring"_s, 1, u"alice"_s);
    addBatch(u"summer"_s, 1, u"bob"_s);
    const qint64 autumn = addBatch(u"autumn"_s, 2, u"alice"_s);
    runJob(autumn, 0);
    runJob(autumn, 0);
    QVERIFY(m_store->setArchived(autumn, true).value());
    QProcessEnvironment environment;
    if (user.startsWith(QLatin1String("USERNAME=")))
        environment.insert(u"USERNAME"_s, user.mid(9));
    else
        environment.insert(u"USER"_s, user);
    const Run run = cli(QStringList{"batch", "list", "--json"} + options, environment);
    QCOMPARE(run.code, 0);
    QStringList found;
    for (const QJsonValue &batch : parseJson(run.out).value(u"batches"_s).toArray())
        found << batch.toObject().value(u"label"_s).toString();
    QCOMPARE(found, labels);
}

void TestBatchCommands::showJson()
{
    const qint64 id = addBatch(u"show"_s, 4);
    const ClaimedJob ok = runJob(id, 0, sampleStats(50));
    JobStats unknownTotals = sampleStats(3);
    unknownTotals.messagesTotal = -1;
    unknownTotals.bytesTotal = -1;
    const ClaimedJob failed = runJob(id, 16, unknownTotals);
    const ClaimedJob killed = claim(id);
    QVERIFY(m_store
                ->finishAttempt(killed.attemptId, JobStats(),
                                judgeImapsyncExit(ProcessEnd::killed(15), true, {}))
                .value());

    const Run run = cli({u"batch"_s, u"show"_s, QString::number(id), u"--json"_s});
    QCOMPARE(run.code, 0);
    const QJsonObject json = parseJson(run.out);
    QCOMPARE(json.keys(), (QStringList{u"batch"_s, u"jobs"_s}));
    QCOMPARE(QStringList(json.value(u"batch"_s).toObject().keys()), BatchKeys);
    QCOMPARE(json.value(u"batch"_s).toObject().value(u"id"_s).toInteger(), id);
    const QJsonArray jobs = json.value(u"jobs"_s).toArray();
    QCOMPARE(jobs.size(), 4);
    for (const QJsonValue &job : jobs)
        QCOMPARE(QStringList(job.toObject().keys()), JobKeys);

    const ExitVerdict success = judgeImapsyncExit(ProcessEnd::exited(0), false, {});
    const QJsonObject a{{"id", ok.jobId},
                        {"position", 1},
                        {"user1", "show-u1@old.example"},
                        {"user2", "show-u1@new.example"},
                        {"state", "succeeded"},
                        {"attempts", 1},
                        {"cancel_requested", false},
                        {"exit_code", 0},
                        {"signal", Null},
                        {"verdict", success.title},
                        {"verdict_explanation", success.explanation},
                        {"category", "success"},
                        {"messages_copied", 50},
                        {"messages_total", 50},
                        {"bytes_copied", 5000},
                        {"bytes_total", 5000},
                        {"current_folder", "INBOX"},
                        {"errors", 2},
                        {"last_errors", QJsonArray{"Err 1", "Err 2"}},
                        {"log_path", m_store->job(ok.jobId).value().latestAttempt->logPath}};
    QCOMPARE(fieldsOf(jobs.at(0).toObject(), a), a);
    for (const char *key : {"started_at", "ended_at"})
        QVERIFY2(isUtcIso(jobs.at(0).toObject().value(QLatin1String(key))), key);
    QVERIFY(jobs.at(0).toObject().value(u"duration_seconds"_s).isDouble());
    QVERIFY(QFileInfo::exists(a.value(u"log_path"_s).toString()));

    const QJsonObject b{{"id", failed.jobId},        {"state", "failed"},      {"exit_code", 16},
                        {"category", "credentials"}, {"messages_total", Null}, // not known
                        {"bytes_total", Null}};
    QCOMPARE(fieldsOf(jobs.at(1).toObject(), b), b);
    // Stopped on request: cancelled by signal 15, before the process started.
    const QJsonObject c{{"state", "cancelled"},
                        {"exit_code", Null},
                        {"signal", 15},
                        {"category", "cancelled"},
                        {"log_path", Null}};
    QCOMPARE(fieldsOf(jobs.at(2).toObject(), c), c);
    const QJsonObject d{{"state", "queued"},
                        {"attempts", 0},
                        {"exit_code", Null},
                        {"signal", Null},
                        {"verdict", Null},
                        {"verdict_explanation", Null},
                        {"category", Null},
                        {"messages_copied", 0},
                        {"messages_total", Null},
                        {"bytes_copied", 0},
                        {"bytes_total", Null},
                        {"current_folder", Null},
                        {"errors", 0},
                        {"last_errors", QJsonArray()},
                        {"started_at", Null},
                        {"ended_at", Null},
                        {"duration_seconds", Null},
                        {"log_path", Null}};
    QCOMPARE(fieldsOf(jobs.at(3).toObject(), d), d); // never ran
}

void TestBatchCommands::showText()
{
    const qint64 id = addBatch(u"textual"_s, 2);
    const ClaimedJob job = runJob(id, 16);
    const Run run = cli({u"batch"_s, u"show"_s, QString::number(id)});
    QCOMPARE(run.code, 0);
    const QString logPath = m_store->job(job.jobId).value().latestAttempt->logPath;
    for (const QString &expected :
         {u"%1 (textual)"_s.arg(id), u"imap.old.example (SSL/TLS)"_s, u"2 (1 queued, 1 failed)"_s,
          u"40 of 50 copied"_s, u"textual-u1@old.example → textual-u1@new.example"_s,
          u"textual-u2@old.example → textual-u2@new.example"_s,
          judgeImapsyncExit(ProcessEnd::exited(16), false, {}).title, u"40/50"_s, logPath})
        QVERIFY2(run.out.contains(expected), qPrintable(expected + u'\n' + run.out));
}

// 500 finished jobs whose 20 MB logs say nothing (sparse, all zero bytes):
// every figure must still be there, so it came from the database. The timing
// is printed by bench/bench_batchshow.
void TestBatchCommands::showUsesTheDatabaseOnly()
{
    const qint64 id = addBatch(u"big"_s, 500);
    for (int i = 0; i < 500; ++i) {
        const ClaimedJob job = claim(id);
        const QString log = writeLog(job, QByteArray());
        QFile file(log);
        QVERIFY(file.resize(20 * 1024 * 1024));
        m_store->finishAttempt(job.attemptId, sampleStats(i % 50),
                               judgeImapsyncExit(ProcessEnd::exited(i % 7 ? 0 : 111), false, {}));
    }
    QVERIFY(
        QFile::remove(m_store->jobs(id).value().at(7).latestAttempt->logPath)); // gone: no matter
    const Run run = cli({u"batch"_s, u"show"_s, QString::number(id), u"--json"_s});
    QCOMPARE(run.code, 0);
    const QJsonArray jobs = parseJson(run.out).value(u"jobs"_s).toArray();
    QCOMPARE(jobs.size(), 500);
    for (int i = 0; i < 500; ++i) {
        const QJsonObject job = jobs.at(i).toObject();
        QCOMPARE(job.value(u"messages_copied"_s).toInt(), i % 50);
        QCOMPARE(job.value(u"exit_code"_s).toInt(), i % 7 ? 0 : 111);
        QCOMPARE(job.value(u"last_errors"_s).toArray().size(), 2);
    }
}

void TestBatchCommands::cancel()
{
    const qint64 id = addBatch(u"c"_s, 4);
    const ClaimedJob running = claim(id);
    const QStringList command{u"batch"_s, u"cancel"_s, QString::number(id)};
    Run run = cli(command);
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(u"queued jobs cancelled: 3; running jobs asked to stop: 1."_s),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"stops them within a few seconds"_s), qPrintable(run.out));
    const QList<qint64> ids = jobIds(id);
    QCOMPARE(stateOf(ids[0]), JobState::Running);
    QVERIFY(m_store->job(ids[0]).value().cancelRequested);
    for (int i : {1, 2, 3})
        QCOMPARE(stateOf(ids[i]), JobState::Cancelled);

    run = cli(command);
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(u"already asked to stop"_s), qPrintable(run.out));

    QVERIFY(m_store
                ->finishAttempt(running.attemptId, JobStats(),
                                judgeImapsyncExit(ProcessEnd::killed(15), true, {}))
                .value());
    run = cli(command);
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.startsWith(u"Nothing to cancel"_s), qPrintable(run.out));
}

void TestBatchCommands::cancelSelectedJobs()
{
    const qint64 id = addBatch(u"s"_s, 3);
    const qint64 other = addBatch(u"o"_s, 1);
    const QList<qint64> ids = jobIds(id);
    Run run =
        cli({u"batch"_s, u"cancel"_s, QString::number(id), u"--job"_s, QString::number(ids[1])});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(u"queued jobs cancelled: 1;"_s), qPrintable(run.out));
    QCOMPARE(stateOf(ids[0]), JobState::Queued);
    QCOMPARE(stateOf(ids[1]), JobState::Cancelled);
    QCOMPARE(stateOf(ids[2]), JobState::Queued);
    // A job of another batch is refused, and nothing changes.
    run = cli({u"batch"_s, u"cancel"_s, QString::number(id), u"--job"_s,
               QString::number(jobIds(other)[0])});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(u"is not part of batch"_s), qPrintable(run.err));
    QCOMPARE(stateOf(jobIds(other)[0]), JobState::Queued);
}

void TestBatchCommands::retry_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("jobIndex"); // for --job, -1 otherwise
    QTest::addColumn<QList<int>>("requeued");
    QTest::addColumn<QString>("message");
    QTest::newRow("all ended jobs") << QStringList() << -1 << QList<int>{0, 1, 2, 3}
                                    << "Batch %1: jobs queued again: 4. A delta pass";
    QTest::newRow("failed only") << QStringList{"--failed-only"} << -1 << QList<int>{1, 2, 3}
                                 << "Batch %1: jobs queued again: 3.\n";
    QTest::newRow("one job") << QStringList{"--job"} << 2 << QList<int>{2}
                             << "Job %2 of batch %1 is queued again.";
}

void TestBatchCommands::retry()
{
    QFETCH(QStringList, options);
    QFETCH(int, jobIndex);
    QFETCH(QList<int>, requeued);
    QFETCH(QString, message);
    const qint64 id = addBatch(u"r"_s, 5);
    runJob(id, 0);
    runJob(id, 16);
    const ClaimedJob lost = claim(id);
    QCOMPARE(m_store->markAttemptsInterrupted({lost.attemptId}).value(), 1);
    const QList<qint64> ids = jobIds(id);
    QVERIFY(m_store->requestCancelJobs({ids[3]}).ok());
    // ids[4] stays queued.
    if (jobIndex >= 0)
        options << QString::number(ids[jobIndex]);
    const Run run = cli(QStringList{"batch", "retry", QString::number(id)} + options);
    QCOMPARE(run.code, 0);
    const QString expected = jobIndex >= 0 ? message.arg(id).arg(ids[jobIndex]) : message.arg(id);
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"imapdesk batch run %1"_s.arg(id)), qPrintable(run.out));
    for (int i = 0; i < 4; ++i)
        QCOMPARE(stateOf(ids[i]) == JobState::Queued, requeued.contains(i));
    QCOMPARE(m_store->attempts(ids[1]).value().size(), 1); // history kept
}

void TestBatchCommands::retryRefusals_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("job of another batch")
        << QStringList{"--job", "OTHER"} << 1 << "belongs to batch";
    QTest::newRow("running job") << QStringList{"--job", "RUNNING"} << 1
                                 << "only a job that has ended";
    QTest::newRow("unknown job") << QStringList{"--job", "999"} << 1 << "There is no job 999";
    QTest::newRow("job is not a number") << QStringList{"--job", "x"} << 2 << "job id";
    QTest::newRow("both modes") << QStringList{"--job", "1", "--failed-only"} << 2 << "not both";
    QTest::newRow("nothing failed") << QStringList{"--failed-only"} << 0 << "Nothing to retry";
}

void TestBatchCommands::retryRefusals()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const qint64 id = addBatch(u"r"_s, 2);
    const qint64 other = addBatch(u"o"_s, 1);
    runJob(id, 0);
    const ClaimedJob running = claim(id);
    options.replaceInStrings(u"OTHER"_s, QString::number(jobIds(other).first()));
    options.replaceInStrings(u"RUNNING"_s, QString::number(running.jobId));
    const Run run = cli(QStringList{"batch", "retry", QString::number(id)} + options);
    QCOMPARE(run.code, exitCode);
    const QString output = run.out + run.err;
    QVERIFY2(output.contains(message), qPrintable(output));
    QCOMPARE(stateOf(running.jobId), JobState::Running);
}

void TestBatchCommands::archive()
{
    const qint64 id = addBatch(u"a"_s, 1);
    const QStringList command{u"batch"_s, u"archive"_s, QString::number(id)};
    const auto listed = [this](const QStringList &options) {
        return parseJson(cli(QStringList{"batch", "list", "--json"} + options).out)
            .value(u"batches"_s)
            .toArray()
            .size();
    };
    Run run = cli(command);
    QCOMPARE(run.code, 1); // still queued: an archived batch would never start
    QVERIFY2(run.err.contains(u"has not ended"_s), qPrintable(run.err));
    QVERIFY(!m_store->batch(id).value().archivedAt);

    runJob(id, 0);
    run = cli(command);
    QCOMPARE(run.code, 0);
    QVERIFY(m_store->batch(id).value().archivedAt);
    QCOMPARE(listed({}), 0);
    QCOMPARE(listed({u"--archived"_s}), 1);
    QVERIFY(isUtcIso(parseJson(cli({"batch", "show", QString::number(id), "--json"}).out)
                         .value(u"batch"_s)
                         .toObject()
                         .value(u"archived_at"_s)));
    run = cli(command);
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(u"already archived"_s), qPrintable(run.out));

    run = cli(command + QStringList{u"--undo"_s});
    QCOMPARE(run.code, 0);
    QVERIFY(!m_store->batch(id).value().archivedAt);
    QCOMPARE(listed({}), 1);
    run = cli(command + QStringList{u"--undo"_s});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(u"is not archived"_s), qPrintable(run.out));
}

void TestBatchCommands::deleteRemovesEverything()
{
    KeychainCredentialStore keychain;
    BlockingCredentials blocking(keychain, 60s);
    const CredentialStatus probe = blocking.probe();
    QVERIFY2(probe.ok(),
             qPrintable(probe.message + QStringLiteral("\nRun through scripts/test.sh: "
                                                       "it starts a private keyring.")));
    const qint64 id = addBatch(u"d"_s, 3);
    const qint64 kept = addBatch(u"k"_s, 1);
    QStringList logs{writeLog(claim(kept), "other batch\n")};
    runJob(id, 0);
    runJob(id, 16);
    QList<CredentialRef> refs;
    for (const JobRecord &job : m_store->jobs(id).value()) {
        refs << CredentialRef::fromString(m_store->databaseId(), job.credentialRef);
        QVERIFY(blocking.write(refs.last(), {u"pw1"_s, u"pw2"_s}).ok());
        if (job.latestAttempt)
            logs << job.latestAttempt->logPath;
        const QString run = m_data + u"/run/job-%1"_s.arg(job.id);
        QVERIFY(QDir().mkpath(run));
        QFile leftover(run + u"/pass1"_s);
        QVERIFY(leftover.open(QIODevice::WriteOnly));
    }
    const QString folder = batchLogDirectory(m_data, id);
    QFile stray(folder + u"/stray.log"_s);
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.close();

    const Run run = cli({u"batch"_s, u"delete"_s, QString::number(id)});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Batch %1 deleted (jobs: 3)."_s.arg(id)), qPrintable(run.out));
    QVERIFY(!m_store->batch(id).ok());
    QVERIFY(!QFileInfo::exists(folder));
    QVERIFY(!QFileInfo::exists(logs.at(1)) && !QFileInfo::exists(logs.at(2)));
    QVERIFY(QFileInfo::exists(logs.at(0))); // another batch's log stays
    const QStringList runs =
        QDir(m_data + u"/run"_s).entryList(QDir::NoDotAndDotDot | QDir::AllEntries);
    QVERIFY2(runs.isEmpty(), qPrintable(runs.join(u' ')));
    for (const CredentialRef &ref : refs)
        QCOMPARE(blocking.read(ref).status.error, CredentialError::NotFound);
}

void TestBatchCommands::deleteRefusedWhileRunning()
{
    const qint64 id = addBatch(u"busy"_s, 2);
    const QString log = writeLog(claim(id), "running\n");
    const Run run = cli({u"batch"_s, u"delete"_s, QString::number(id)});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(u"was not deleted: jobs still running: 1."_s), qPrintable(run.err));
    QVERIFY(m_store->batch(id).ok());
    QVERIFY(QFileInfo::exists(log));
}

void TestBatchCommands::deleteWithoutKeychain()
{
    const qint64 id = addBatch(u"nokeyring"_s, 1);
    const ClaimedJob job = runJob(id, 0);
    const QString log = m_store->job(job.jobId).value().latestAttempt->logPath;
    // The session bus of a process is chosen once: a child gets one that does not exist.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s,
                       u"unix:path="_s + m_dir->filePath(u"no-bus"_s));
    QProcess child;
    child.setProcessEnvironment(environment);
    child.start(
        QCoreApplication::applicationFilePath(),
        {u"--cli"_s, u"--data-dir"_s, m_data, u"batch"_s, u"delete"_s, QString::number(id)});
    QVERIFY(child.waitForFinished(60000));
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    const QString err = QString::fromUtf8(child.readAllStandardError());
    QCOMPARE(child.exitCode(), 3);
    QVERIFY2(out.contains(u"Batch %1 deleted"_s.arg(id)), qPrintable(out));
    QVERIFY2(err.contains(QStringLiteral("Batch %1 is deleted, but its saved passwords could not "
                                         "be removed")
                              .arg(id)) &&
                 err.contains(u"no system keyring available"_s),
             qPrintable(err));
    QVERIFY(!m_store->batch(id).ok());
    QVERIFY(!QFileInfo::exists(log));
}

void TestBatchCommands::exportCsv()
{
    const qint64 id = addBatch(u"report, \"quoted\""_s, 2);
    runJob(id, 0);
    const QString path = m_dir->filePath(u"report.csv"_s);
    Run run = cli({u"batch"_s, u"export"_s, QString::number(id), u"--csv"_s, path});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(u"(jobs: 2)"_s), qPrintable(run.out));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = file.readAll().split('\n');
    QCOMPARE(rows.size(), 4); // header, two jobs, and the end after the last CRLF
    QVERIFY(rows.at(0).startsWith("batch_id,batch_label,"));
    const QByteArray first = QByteArray::number(id) + ",\"report, \"\"quoted\"\"\",";
    QVERIFY(rows.at(1).startsWith(first));

    run = cli({u"batch"_s, u"export"_s, QString::number(id), u"--csv"_s, u"-"_s});
    QCOMPARE(run.code, 0);
    file.seek(0);
    QCOMPARE(run.out.toUtf8(), file.readAll());
}

void TestBatchCommands::exportFailures_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing folder") << "missing/report.csv"
                                    << "No such file or directory";
    QTest::newRow("a folder") << "."
                              << "report";
    QTest::newRow("inside a file") << "file/report.csv"
                                   << "report";
}

void TestBatchCommands::exportFailures()
{
    QFETCH(QString, target);
    QFETCH(QString, message);
    const qint64 id = addBatch(u"x"_s, 1);
    QFile file(m_dir->filePath(u"file"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QString path = m_dir->filePath(target);
    const Run run = cli({u"batch"_s, u"export"_s, QString::number(id), u"--csv"_s, path});
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.startsWith(u"Could not write the report to "_s) && run.err.contains(message),
             qPrintable(run.err));
}

void TestBatchCommands::logTail_data()
{
    QTest::addColumn<QByteArray>("log");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("expected");
    QByteArray many;
    QStringList last100;
    for (int i = 1; i <= 150; ++i) {
        many += "line " + QByteArray::number(i) + '\n';
        if (i > 50)
            last100 << u"line %1"_s.arg(i);
    }
    QTest::newRow("default 100") << many << QStringList() << last100;
    QTest::newRow("tail 3") << many << QStringList{"--tail", "3"} << last100.mid(97);
    QTest::newRow("tail 0") << many << QStringList{"--tail", "0"} << QStringList();
    QTest::newRow("unfinished last line")
        << QByteArray("a\r\nb\nc") << QStringList{"--tail", "2"} << QStringList{"b", "c"};
    QTest::newRow("follow an ended job")
        << QByteArray("a\nb") << QStringList{"--follow"} << QStringList{"a", "b"};
}

void TestBatchCommands::logTail()
{
    QFETCH(QByteArray, log);
    QFETCH(QStringList, options);
    QFETCH(QStringList, expected);
    const qint64 id = addBatch(u"log"_s, 1);
    const ClaimedJob job = runJob(id, 0, sampleStats(1), log);
    const Run run = cli(QStringList{"log", QString::number(job.jobId)} + options);
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out.split(u'\n', Qt::SkipEmptyParts), expected);
    QVERIFY(run.err.isEmpty());
}

void TestBatchCommands::logProblems()
{
    const qint64 id = addBatch(u"p"_s, 3);
    const ClaimedJob gone = runJob(id, 0);
    QVERIFY(QFile::remove(m_store->job(gone.jobId).value().latestAttempt->logPath));
    const ClaimedJob noStart = claim(id);
    QVERIFY(m_store->failAttemptToStart(noStart.attemptId, u"exec failed"_s).value());
    const qint64 never = jobIds(id).at(2);

    Run run = cli({u"log"_s, QString::number(gone.jobId)});
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains(u"Cannot read the log of job"_s), qPrintable(run.err));
    run = cli({u"log"_s, QString::number(noStart.jobId)});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(u"has no log file"_s) && run.err.contains(u"exec failed"_s),
             qPrintable(run.err));
    run = cli({u"log"_s, QString::number(never)});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(u"has not run yet"_s), qPrintable(run.err));
    run = cli({u"log"_s, QString::number(never), u"--tail"_s, u"-1"_s});
    QCOMPARE(run.code, 2);
}

// Lines are appended while `log --follow` runs; the attempt then ends with an
// unfinished last line, which is printed before the command returns.
void TestBatchCommands::logFollow()
{
    const qint64 id = addBatch(u"f"_s, 1);
    const ClaimedJob job = claim(id);
    const QString path = writeLog(job, "old 1\nold 2\nold 3\n");
    const auto append = [path](const QByteArray &bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(bytes);
    };
    QObject scope; // the timers die with this test, whatever happens
    QTimer::singleShot(400, &scope, [&] { append("new 1\nnew "); });
    QTimer::singleShot(800, &scope, [&] { append("2\nnew 3\nunfinished"); });
    QString beforeTheEnd;
    QTimer::singleShot(1300, &scope, [&] {
        beforeTheEnd = m_liveOut ? *m_liveOut : QString();
        QVERIFY(m_store
                    ->finishAttempt(job.attemptId, JobStats(),
                                    judgeImapsyncExit(ProcessEnd::exited(0), false, {}))
                    .value());
    });
    QElapsedTimer clock;
    clock.start();
    const Run run = cli({u"log"_s, QString::number(job.jobId), u"--follow"_s, u"--tail"_s, u"2"_s});
    QCOMPARE(run.code, 0);
    QVERIFY2(clock.elapsed() >= 1300, "followed until the attempt ended");
    QCOMPARE(beforeTheEnd, u"old 2\nold 3\nnew 1\nnew 2\nnew 3\n"_s); // printed as they came
    QCOMPARE(run.out, u"old 2\nold 3\nnew 1\nnew 2\nnew 3\nunfinished\n"_s);
}

void TestBatchCommands::unknownIds_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString batch = u"There is no batch 999 in "_s;
    QTest::newRow("show") << QStringList{"batch", "show", "999"} << batch;
    QTest::newRow("show json") << QStringList{"batch", "show", "999", "--json"} << batch;
    QTest::newRow("cancel") << QStringList{"batch", "cancel", "999"} << batch;
    QTest::newRow("retry") << QStringList{"batch", "retry", "999"} << batch;
    QTest::newRow("archive") << QStringList{"batch", "archive", "999"} << batch;
    QTest::newRow("delete") << QStringList{"batch", "delete", "999"} << batch;
    QTest::newRow("export") << QStringList{"batch", "export", "999", "--csv", "-"} << batch;
    QTest::newRow("log") << QStringList{"log", "999"} << u"There is no job 999 in "_s;
}

void TestBatchCommands::unknownIds()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    addBatch(u"one"_s, 1);
    const Run run = cli(arguments);
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.startsWith(message) && run.err.contains(u"imapdesk.sqlite"_s),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestBatchCommands::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("show without id") << QStringList{"batch", "show"};
    QTest::newRow("show two ids") << QStringList{"batch", "show", "1", "2"};
    QTest::newRow("cancel id 0") << QStringList{"batch", "cancel", "0"};
    QTest::newRow("delete not a number") << QStringList{"batch", "delete", "one"};
    QTest::newRow("export without --csv") << QStringList{"batch", "export", "1"};
    QTest::newRow("list with an operand") << QStringList{"batch", "list", "1"};
    QTest::newRow("list archived and all") << QStringList{"batch", "list", "--archived", "--all"};
    QTest::newRow("log without id") << QStringList{"log"};
    QTest::newRow("log bad tail") << QStringList{"log", "1", "--tail", "many"};
    QTest::newRow("unknown option") << QStringList{"batch", "show", "1", "--jsno"};
}

void TestBatchCommands::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments);
    QCOMPARE(run.code, 2);
    QVERIFY(!run.err.isEmpty());
    // --mine without knowing the user is a usage error too.
    QProcessEnvironment nobody;
    nobody.insert(u"HOME"_s, m_data);
    QCOMPARE(cli({u"batch"_s, u"list"_s, u"--mine"_s}, nobody).code, 2);
}

void TestBatchCommands::badDatabase_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unsupported scheme") << "mysql://db.example/imapdesk" << 2 << "Unsupported";
    QTest::newRow("password in the URL")
        << "postgresql://u:secret@localhost/imapdesk" << 2 << "password";
    QTest::newRow("not a database") << "NOT_A_DB" << 3 << "database";
}

void TestBatchCommands::badDatabase()
{
    QFETCH(QString, url);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    if (url == QLatin1String("NOT_A_DB")) {
        url = m_dir->filePath(u"garbage.sqlite"_s);
        QFile garbage(url);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
    }
    for (const QStringList &verb :
         {QStringList{"batch", "list"}, QStringList{"batch", "show", "1", "--json"},
          QStringList{"batch", "delete", "1"}, QStringList{"log", "1"}}) {
        const Run run = cli(QStringList{u"--db"_s, url} + verb);
        QCOMPARE(run.code, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!run.err.contains(u"secret"_s));
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--cli") == 0)
        return runChildCli(app.arguments().mid(2));
    TestBatchCommands test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_batchcommands.moc"
