// The main window's start over a large history (issue 4, benchmark 2: 10,000
// jobs in 200 batches; first painted window under 1.5 s, RSS under 200 MB,
// sort or filter of the job list under 100 ms).
//
//   bench_gui_startup [--jobs N] [--batches N] [--biggest N] [--runs N]
//
// Builds the history of bench_models (benchhistory.h) in a temporary data
// folder, then starts itself --runs (5) times as a fresh process that opens
// the window the way the desktop application does (QApplication, identity,
// translations, window icon, Settings on a temporary INI file, MigrationService
// with session-only passwords, retention, MainWindow, show; the runner is not
// started: no imapsync needed). Each child measures, with the monotonic clock:
//   - from exec (the parent's clock just before QProcess::start(), so fork,
//     exec, loading and static initialisation included) and from main()
//     (QApplication not constructed yet) to the first painted window: the
//     first QEvent::Paint to any widget of the window starts the paint pass
//     that the expose triggers; a queued call posted then runs once that pass
//     has returned to the event loop, i.e. every widget was painted into the
//     backing store and flushed. The steps in between are printed too.
//   - VmRSS and VmHWM (/proc/self/status) right then;
//   - selecting the biggest batch, then sorting its job table by each column
//     (both orders, as a header click does) and typing a filter in the job
//     search box key by key, then clearing it: each from the action to the
//     end of the job table's next paint pass (same queued-call technique; a
//     repaint is asked for too, so an action that changes no row counts).
// The parent prints the median (min, max) of each figure over the runs.

#include "benchhistory.h"
#include "models/joblistmodel.h"
#include "secrets/sessioncredentialstore.h"
#include "service/migrationservice.h"
#include "settings/settings.h"
#include "storage/database.h"
#include "storage/jobstore.h"
#include "ui/icons.h"
#include "ui/mainwindow.h"
#include "util/applicationpaths.h"
#include "util/translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMap>
#include <QProcess>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <time.h>
#include <vector>

using namespace imapdesk;

namespace {

const char *const LaunchVariable = "IMAPDESK_BENCH_LAUNCH_NS";

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

double msSince(qint64 startNs)
{
    return double(monotonicNs() - startNs) / 1e6;
}

// One figure for the parent: "name<TAB>value".
void figure(const QString &name, double value)
{
    out() << name << '\t' << QString::number(value, 'f', 2) << '\n';
    out().flush();
}

double statusKilobytes(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toDouble();
    }
    return 0;
}

// Measures from an action to the end of the next paint pass that paints a
// watched widget: at its first paint event a queued call is posted, which
// runs once that pass has returned to the event loop.
class PaintWatch final : public QObject
{
public:
    explicit PaintWatch(std::function<bool(QObject *)> watched)
        : m_watched(std::move(watched))
    {
        m_timeout.setSingleShot(true);
        connect(&m_timeout, &QTimer::timeout, &m_loop, &QEventLoop::quit);
        qApp->installEventFilter(this);
    }
    ~PaintWatch() override { qApp->removeEventFilter(this); }

    // Runs action, then the event loop until that paint pass is over; ms.
    double time(const std::function<void()> &action, int timeoutMs = 10000)
    {
        ++m_generation;
        m_painted = false;
        m_done = false;
        const qint64 start = monotonicNs();
        action();
        m_timeout.start(timeoutMs);
        while (!m_done && m_timeout.isActive())
            m_loop.exec();
        m_timeout.stop();
        return double((m_done ? m_endNs : monotonicNs()) - start) / 1e6;
    }

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted && m_watched(object)) {
            m_painted = true;
            QMetaObject::invokeMethod(
                this,
                [this, generation = m_generation] {
                    if (generation != m_generation)
                        return; // a paint of an earlier measurement
                    m_endNs = monotonicNs();
                    m_done = true;
                    m_loop.quit();
                },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    std::function<bool(QObject *)> m_watched;
    QEventLoop m_loop;
    QTimer m_timeout;
    int m_generation = 0;
    qint64 m_endNs = 0;
    bool m_painted = false;
    bool m_done = false;
};

// --- The child: one start of the window

struct ChildArguments
{
    QString dataDirectory;
    QString settingsFile;
    qint64 biggest = 0;
};

class StartedWindow final
{
public:
    StartedWindow(const ChildArguments &arguments, qint64 mainNs);
    bool open();
    void measureStart();
    void measureJobTable();

private:
    QTableView *jobView() const;
    PaintWatch jobTableWatch() const;
    void sortEachColumn();
    void typeFilter();

    ChildArguments m_arguments;
    qint64 m_mainNs;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MigrationService> m_service;
    std::unique_ptr<MainWindow> m_window;
};

StartedWindow::StartedWindow(const ChildArguments &arguments, qint64 mainNs)
    : m_arguments(arguments)
    , m_mainNs(mainNs)
{}

bool StartedWindow::open()
{
    m_settings = std::make_unique<Settings>(
        std::make_unique<QSettings>(m_arguments.settingsFile, QSettings::IniFormat));
    installTranslators(*qApp, m_settings->language());
    QApplication::setWindowIcon(icon(IconId::Application));
    figure(QStringLiteral("main() -> settings, translations, icon"), msSince(m_mainNs));
    m_service = std::make_unique<MigrationService>();
    m_service->setCredentialStore(std::make_unique<SessionCredentialStore>());
    DatabaseLocation location;
    QString error;
    if (!DatabaseLocation::parse(defaultDatabaseFile(m_arguments.dataDirectory), location, error) ||
        !m_service->open(location, m_arguments.dataDirectory, &error)) {
        out() << "error\t" << error << '\n';
        return false;
    }
    m_service->applyRetention(m_settings->retentionWeeks(), false, &error);
    figure(QStringLiteral("main() -> history open"), msSince(m_mainNs));
    return true;
}

void StartedWindow::measureStart()
{
    const qint64 launchNs = qEnvironmentVariable(LaunchVariable).toLongLong();
    PaintWatch watch([this](QObject *object) {
        auto *widget = qobject_cast<QWidget *>(object);
        return m_window && widget && widget->window() == m_window.get();
    });
    watch.time([this] {
        m_window = std::make_unique<MainWindow>(*m_service, *m_settings);
        figure(QStringLiteral("main() -> window constructed"), msSince(m_mainNs));
        m_window->show();
        figure(QStringLiteral("main() -> show() returned"), msSince(m_mainNs));
    });
    figure(QStringLiteral("main() -> first paint pass done"), msSince(m_mainNs));
    if (launchNs > 0)
        figure(QStringLiteral("exec -> first paint pass done"), msSince(launchNs));
    figure(QStringLiteral("VmRSS after the first paint (MB)"), statusKilobytes("VmRSS:") / 1024);
    figure(QStringLiteral("VmHWM after the first paint (MB)"), statusKilobytes("VmHWM:") / 1024);
}

QTableView *StartedWindow::jobView() const
{
    return m_window->findChild<QTableView *>(QStringLiteral("jobView"));
}

PaintWatch StartedWindow::jobTableWatch() const
{
    QWidget *viewport = jobView()->viewport();
    return PaintWatch([viewport](QObject *object) { return object == viewport; });
}

void StartedWindow::measureJobTable()
{
    {
        PaintWatch watch = jobTableWatch();
        const double ms = watch.time([this] { m_window->selectBatch(m_arguments.biggest); });
        figure(QStringLiteral("select the biggest batch (%1 jobs)")
                   .arg(jobView()->model()->rowCount()),
               ms);
    }
    sortEachColumn();
    typeFilter();
    figure(QStringLiteral("VmRSS at the end (MB)"), statusKilobytes("VmRSS:") / 1024);
}

void StartedWindow::sortEachColumn()
{
    QTableView *view = jobView();
    PaintWatch watch = jobTableWatch();
    for (int column = 0; column < JobListModel::ColumnCount; ++column) {
        const QString name = view->model()->headerData(column, Qt::Horizontal).toString();
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const double ms = watch.time([view, column, order] {
                view->horizontalHeader()->setSortIndicator(column, order); // as a click does
                view->viewport()->update(); // a paint pass even if nothing moved
            });
            figure(QStringLiteral("sort by %1, %2")
                       .arg(name, order == Qt::AscendingOrder ? QStringLiteral("ascending")
                                                              : QStringLiteral("descending")),
                   ms);
        }
    }
}

// Types the first characters of a user of the middle of the table, then
// clears the box.
void StartedWindow::typeFilter()
{
    QTableView *view = jobView();
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("jobSearch"));
    const QString user = view->model()->index(view->model()->rowCount() / 2, 0).data().toString();
    const QString text = user.left(user.indexOf(QLatin1Char('@')));
    PaintWatch watch = jobTableWatch();
    search->setFocus();
    for (int i = 0; i < text.size(); ++i) {
        const QString key = text.mid(i, 1);
        const double ms = watch.time([view, search, key] {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, key);
            QApplication::sendEvent(search, &press);
            view->viewport()->update(); // a paint pass even if no row went
        });
        figure(QStringLiteral("filter, typing \"%1\" (%2 rows shown)")
                   .arg(text.left(i + 1))
                   .arg(view->model()->rowCount()),
               ms);
    }
    figure(QStringLiteral("filter, cleared (%1 rows shown)").arg(view->model()->rowCount()),
           watch.time([view, search] {
               search->clear();
               view->viewport()->update();
           }));
}

int runChild(int argc, char *argv[], qint64 mainNs)
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    figure(QStringLiteral("main() -> QApplication constructed"), msSince(mainNs));
    const QStringList arguments = QApplication::arguments();
    const ChildArguments child{arguments.value(2), arguments.value(3),
                               arguments.value(4).toLongLong()};
    StartedWindow window(child, mainNs);
    if (!window.open())
        return 1;
    window.measureStart();
    window.measureJobTable();
    return 0;
}

// --- The parent: the history, then the runs

struct ParentOptions
{
    HistoryShape shape;
    int runs = 5;
};

bool buildData(const QString &dataDirectory, const HistoryShape &shape, qint64 *biggest)
{
    DatabaseLocation location;
    QString error;
    DatabaseLocation::parse(defaultDatabaseFile(dataDirectory), location, error);
    const std::unique_ptr<Database> db = Database::open(location, &error);
    if (!db) {
        out() << "Cannot create the history: " << error << '\n';
        return false;
    }
    JobStore store(*db);
    *biggest = buildHistory(store, shape);
    return *biggest > 0;
}

// One child run; its figures by name, in order.
QList<std::pair<QString, double>> runOnce(const QStringList &arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (environment.value(QStringLiteral("QT_QPA_PLATFORM")).isEmpty())
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QString::fromLatin1(LaunchVariable), QString::number(monotonicNs()));
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    child.waitForFinished(120000);
    QList<std::pair<QString, double>> figures;
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() == 2)
            figures.append({QString::fromUtf8(fields[0]), fields[1].toDouble()});
    }
    return figures;
}

void report(const QStringList &names, QMap<QString, std::vector<double>> &values)
{
    for (const QString &name : names) {
        std::vector<double> &v = values[name];
        std::sort(v.begin(), v.end());
        out() << QStringLiteral("%1: %2 (min %3, max %4)\n")
                     .arg(name, -58)
                     .arg(v[v.size() / 2], 0, 'f', 1)
                     .arg(v.front(), 0, 'f', 1)
                     .arg(v.back(), 0, 'f', 1);
    }
    out().flush();
}

int runParent(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ParentOptions options;
    options.shape = parseHistoryShape(app.arguments());
    const int runs = app.arguments().indexOf(QLatin1String("--runs"));
    if (runs > 0 && runs + 1 < app.arguments().size())
        options.runs = std::max(1, app.arguments()[runs + 1].toInt());
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    qint64 biggest = 0;
    if (!buildData(data, options.shape, &biggest))
        return 1;
    out() << QStringLiteral("History: %1 jobs in %2 batches, the biggest %3 jobs (%4 running). "
                            "Build %5. %6 runs, platform %7; times in ms:\n")
                 .arg(options.shape.jobs)
                 .arg(options.shape.batches)
                 .arg(options.shape.biggest)
                 .arg(options.shape.running)
                 .arg(QStringLiteral(IMAPDESK_BUILD_TYPE))
                 .arg(options.runs)
                 .arg(qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen")));
    out().flush();
    const QStringList arguments{QStringLiteral("--child"), data,
                                dir.filePath(QStringLiteral("settings.ini")),
                                QString::number(biggest)};
    QStringList names;
    QMap<QString, std::vector<double>> values;
    for (int run = 0; run < options.runs; ++run) {
        for (const auto &[name, value] : runOnce(arguments)) {
            if (!names.contains(name))
                names << name;
            values[name].push_back(value);
        }
    }
    if (names.isEmpty()) {
        out() << "The child printed no figures.\n";
        return 1;
    }
    report(names, values);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const qint64 mainNs = monotonicNs();
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv, mainNs);
    return runParent(argc, argv);
}
