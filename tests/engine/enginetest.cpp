#include "enginetest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <csignal>

namespace ImapDeskTest {

namespace {

const QString FakeProgram = QStringLiteral(IMAPDESK_TEST_FIXTURES "/fake-imapsync");

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

qint64 Run::firstLineNumber() const
{
    return out.left(out.indexOf('\n')).trimmed().toLongLong();
}

Engine::Engine()
    : m_environment(QProcessEnvironment::systemEnvironment())
{
    for (const QString &name : m_environment.keys()) {
        if (name.startsWith(QLatin1String("FAKE_IMAPSYNC_")) ||
            name.startsWith(QLatin1String("IMAPDESK_")))
            m_environment.remove(name);
    }
    m_environment.insert(QStringLiteral("IMAPDESK_DATA_DIR"), dataDirectory());
    m_environment.insert(QStringLiteral("IMAPDESK_IMAPSYNC"), FakeProgram);
    m_environment.insert(QStringLiteral("FAKE_IMAPSYNC_RECORD"),
                         m_dir.filePath(QStringLiteral("fake-record.jsonl")));
}

void Engine::setFake(const QString &name, const QString &value)
{
    const QString variable = QStringLiteral("FAKE_IMAPSYNC_") + name;
    if (value.isEmpty())
        m_environment.remove(variable);
    else
        m_environment.insert(variable, value);
}

void Engine::setDatabaseUrl(const QString &url)
{
    m_environment.insert(QStringLiteral("IMAPDESK_DB"), url);
}

Run Engine::imapdesk(const QStringList &arguments) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(IMAPDESK_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

Run Engine::addBatch(int accounts, const QStringList &extra)
{
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    QByteArray list = "# accounts for a test batch\n";
    for (int i = 0; i < accounts; ++i) {
        const QString user = QStringLiteral("user%1-%2@src.example").arg(m_lists).arg(i);
        const QString password = QStringLiteral("Pw %1 s\u00ebcret,#|%2").arg(tag).arg(i);
        m_passwords << password;
        list += QStringLiteral("%1 \"%2\"\n").arg(user, password).toUtf8();
    }
    const QString path = m_dir.filePath(QStringLiteral("accounts-%1.txt").arg(m_lists++));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(list) != list.size())
        return {};
    file.close();
    QStringList arguments = {QStringLiteral("batch"),       QStringLiteral("add"),
                             QStringLiteral("--source"),    QStringLiteral("imap.src.example"),
                             QStringLiteral("--dest"),      QStringLiteral("imap.dst.example"),
                             QStringLiteral("--security1"), QStringLiteral("none"),
                             QStringLiteral("--security2"), QStringLiteral("none")};
    return imapdesk(arguments + extra + QStringList{path});
}

QJsonObject Engine::show(qint64 batchId) const
{
    const Run run = imapdesk({QStringLiteral("batch"), QStringLiteral("show"),
                              QString::number(batchId), QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning("batch show failed: %s", run.err.constData());
    return parseObject(run.out);
}

QStringList Engine::jobStates(qint64 batchId) const
{
    QStringList states;
    const QJsonArray jobs = show(batchId).value(QStringLiteral("jobs")).toArray();
    for (const QJsonValue &job : jobs)
        states << job.toObject().value(QStringLiteral("state")).toString();
    return states;
}

QStringList Engine::passwordHashes() const
{
    QStringList hashes;
    for (const QString &password : m_passwords) {
        hashes << QString::fromLatin1(
            QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha256).toHex());
    }
    return hashes;
}

QList<QJsonObject> Engine::fakeRecords() const
{
    QList<QJsonObject> records;
    const QByteArray content =
        readFile(m_environment.value(QStringLiteral("FAKE_IMAPSYNC_RECORD")));
    for (const QByteArray &line : content.split('\n')) {
        const QJsonObject record = parseObject(line);
        // `imapsync --version` (the start-up probe) is no job.
        if (!record.isEmpty() &&
            !record.value(QStringLiteral("argv")).toArray().contains(QStringLiteral("--version")))
            records << record;
    }
    return records;
}

int Engine::countRunningFakes() const
{
    // Other tests run fakes at the same time: count only ours, whose pid
    // file lies in this data folder. The fake forks short-lived helpers that
    // share its command line until they exec: count only a fake whose parent
    // is not one.
    const QByteArray mine = dataDirectory().toUtf8();
    QHash<QByteArray, QByteArray> parentOfFake; // pid -> parent pid
    QDirIterator processes(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (processes.hasNext()) {
        const QString dir = processes.next();
        const QByteArray line = readFile(dir + QStringLiteral("/cmdline"));
        const QByteArray status = readFile(dir + QStringLiteral("/status"));
        if (!line.contains("fake-imapsync") || !line.contains(mine) || status.contains("State:\tZ"))
            continue;
        const int at = status.indexOf("PPid:\t");
        const QByteArray parent = status.mid(at + 6, status.indexOf('\n', at) - at - 6);
        parentOfFake.insert(QFileInfo(dir).fileName().toLatin1(), parent);
    }
    int count = 0;
    for (auto it = parentOfFake.cbegin(); it != parentOfFake.cend(); ++it) {
        if (!parentOfFake.contains(it.value()))
            ++count;
    }
    return count;
}

QStringList Engine::filesUnder(const QString &subFolder) const
{
    QStringList files;
    QDirIterator it(QDir(dataDirectory()).filePath(subFolder), QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

RunnerProcess::RunnerProcess(const Engine &engine, const QStringList &arguments)
{
    m_process.setProcessEnvironment(engine.environment());
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.start(QStringLiteral(IMAPDESK_BINARY), arguments);
    m_process.waitForStarted();
}

RunnerProcess::~RunnerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

bool RunnerProcess::isRunning() const
{
    const_cast<QProcess &>(m_process).waitForFinished(0); // let QProcess notice an exit
    return m_process.state() != QProcess::NotRunning;
}

bool RunnerProcess::waitForFinished(int timeoutMs)
{
    return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(timeoutMs);
}

int RunnerProcess::exitCode() const
{
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void RunnerProcess::signal(int number) const
{
    ::kill(pid_t(m_process.processId()), number);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray allCommandLines()
{
    QByteArray all;
    QDirIterator processes(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (processes.hasNext())
        all += readFile(processes.next() + QStringLiteral("/cmdline")) + '\n';
    return all;
}

namespace {

// Runs one statement on the server's maintenance database.
bool execOnServer(const QString &serverUrl, const QString &statement)
{
    const QUrl url(serverUrl);
    const QString connection = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok)
                qWarning("%s", qPrintable(query.lastError().text()));
        } else {
            qWarning("%s", qPrintable(db.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace

bool createPostgresDatabase(const QString &serverUrl, const QString &name)
{
    return execOnServer(serverUrl, QStringLiteral("CREATE DATABASE %1").arg(name));
}

void dropPostgresDatabase(const QString &serverUrl, const QString &name)
{
    execOnServer(serverUrl, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

} // namespace ImapDeskTest
