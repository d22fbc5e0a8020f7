#include "ui/newbatchcheck.h"

#include "models/accountpreviewmodel.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QWidget>

namespace imapdesk {

namespace {

PreflightEndpoint endpointOf(const PreflightHost &host, const QString &user = QString(),
                             const QString &password = QString())
{
    return {host.host, host.port, host.security, user, password};
}

QString serverName(const PreflightHost &host)
{
    return QStringLiteral("%1:%2").arg(host.host).arg(host.port);
}

QString certificateKey(const PreflightHost &host)
{
    return host.host.toLower() + u':' + QString::number(host.port);
}

// "AB:CD:…" in two lines of 16 bytes: readable aloud, comparable with what a server shows.
QString groupedFingerprint(const QByteArray &fingerprint)
{
    const QString hex = fingerprintHex(fingerprint).toUpper();
    QStringList pairs;
    for (int i = 0; i + 1 < hex.size(); i += 2)
        pairs << hex.mid(i, 2);
    const qsizetype half = pairs.size() / 2;
    return pairs.mid(0, half).join(u':') + QStringLiteral(":\n") + pairs.mid(half).join(u':');
}

// The questions' texts, in the check's translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(imapdesk::NewBatchCheck)
};

CheckQuestion certificateQuestion(const PreflightHost &host, const TlsDetails &tls)
{
    CheckQuestion question;
    question.kind = CheckQuestion::Kind::Certificate;
    question.host = host;
    question.tls = tls;
    question.title = Tr::tr("Untrusted Certificate");
    QStringList paragraphs{Tr::tr("The certificate of %1 is not trusted: %2")
                               .arg(serverName(host), tls.problemTexts.join(u' '))};
    if (!tls.subjectName.isEmpty() && tls.expiry.isValid()) {
        paragraphs << Tr::tr("Issued to %1 by %2, valid until %3.")
                          .arg(tls.subjectName, tls.issuerName,
                               QLocale().toString(tls.expiry.date(), QLocale::ShortFormat));
    }
    paragraphs << Tr::tr("SHA-256 fingerprint:\n%1").arg(groupedFingerprint(tls.fingerprint))
               << Tr::tr("Trust this certificate for this server?");
    question.text = paragraphs.join(QStringLiteral("\n\n"));
    return question;
}

CheckQuestion clearTextQuestion(const PreflightHost &host)
{
    CheckQuestion question;
    question.kind = CheckQuestion::Kind::ClearText;
    question.host = host;
    question.title = Tr::tr("Unencrypted Connection");
    question.text = Tr::tr("%1 offers no encryption: to check the logins, the passwords would "
                           "travel over the network in clear text, readable on the way.\n\n"
                           "Send the passwords unencrypted to check the logins on this server?")
                        .arg(serverName(host));
    return question;
}

bool defaultAsker(QWidget *parent, const CheckQuestion &question)
{
    QMessageBox box(QMessageBox::Warning, question.title, question.text,
                    QMessageBox::Yes | QMessageBox::No, parent);
    box.setDefaultButton(QMessageBox::No); // trusting is a decision, not a reflex
    return box.exec() == QMessageBox::Yes;
}

} // namespace

NewBatchCheck::NewBatchCheck(AccountPreviewModel *model, QWidget *parent)
    : QObject(parent)
    , m_model(model)
    , m_parent(parent)
    , m_asker(defaultAsker)
{
    connect(&m_check, &PreflightCheck::hostChecked, this, &NewBatchCheck::onHostChecked);
    connect(&m_check, &PreflightCheck::rowChecked, this, &NewBatchCheck::onRowChecked);
    connect(&m_check, &PreflightCheck::finished, this, &NewBatchCheck::onFinished);
    connect(m_model, &AccountPreviewModel::checksCleared, this, &NewBatchCheck::invalidate);
}

void NewBatchCheck::setAsker(CheckQuestionAsker asker)
{
    m_asker = asker ? std::move(asker) : CheckQuestionAsker(defaultAsker);
}

void NewBatchCheck::setEndpoints(const BatchEndpoint &source, const BatchEndpoint &destination)
{
    const PreflightHost sourceHost =
        PreflightHost::of({source.host, source.port, source.security, {}, {}});
    const PreflightHost destinationHost =
        PreflightHost::of({destination.host, destination.port, destination.security, {}, {}});
    if (sourceHost == m_source && destinationHost == m_destination)
        return;
    m_source = sourceHost;
    m_destination = destinationHost;
    invalidate();
}

// Results of other servers or other accounts are no results: they go, with a running check.
void NewBatchCheck::invalidate()
{
    ++m_generation;
    m_check.cancel();
    m_questions.clear();
    m_model->clearChecks();
    const bool hadResults = !m_hostResults.isEmpty();
    m_hostResults.clear();
    setRunning(false);
    if (hadResults)
        emit summaryChanged();
}

void NewBatchCheck::start()
{
    ++m_generation;
    m_hostResults.clear();
    m_questions.clear();
    m_model->clearChecks();
    run(true, true);
}

void NewBatchCheck::stop()
{
    ++m_generation;
    m_check.cancel(); // emits nothing more: the pending cells are ours to reset
    m_questions.clear();
    m_model->clearPendingChecks();
    setRunning(false);
    emit summaryChanged();
}

// Checks the accounts on the chosen sides. A side left out still needs an endpoint: the
// other side's server without a user, which costs no connection of its own.
void NewBatchCheck::run(bool source, bool destination)
{
    m_runSource = source;
    m_runDestination = destination;
    const PreflightHost sourceHost = source ? m_source : m_destination;
    const PreflightHost destinationHost = destination ? m_destination : m_source;
    for (const PreflightHost &host : {sourceHost, destinationHost})
        m_check.setHostTrust(host, trust(host));

    const QVector<Account> &accounts = m_model->accountList().accounts;
    QList<PreflightAccount> checks;
    checks.reserve(accounts.size() + 1);
    for (int row = 0; row < accounts.size(); ++row) {
        const Account &account = accounts.at(row);
        checks.append({source ? endpointOf(m_source, account.user1, account.password1)
                              : endpointOf(sourceHost),
                       destination ? endpointOf(m_destination, account.user2, account.password2)
                                   : endpointOf(destinationHost)});
        if (source)
            m_model->setChecking(row, PreflightSide::Source);
        if (destination)
            m_model->setChecking(row, PreflightSide::Destination);
    }
    // Without accounts the servers are still worth a look.
    checks.append({endpointOf(sourceHost), endpointOf(destinationHost)});
    for (const PreflightHost &host : {sourceHost, destinationHost})
        m_hostResults.remove(host);
    m_check.start(checks);
    setRunning(true);
    emit summaryChanged();
}

void NewBatchCheck::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    emit runningChanged(running);
}

void NewBatchCheck::onHostChecked(const PreflightHost &host, const ProbeResult &result)
{
    m_hostResults.insert(host, result);
    const bool hasLogins = !m_model->accountList().accounts.isEmpty();
    if (result.outcome == ProbeOutcome::TlsProblem && !result.tls.fingerprint.isEmpty() &&
        !result.tls.problems.isEmpty() && !result.tls.acceptedByFingerprint)
        m_questions.append(certificateQuestion(host, result.tls));
    else if (result.ok() && !result.tls.encrypted && hasLogins && !m_clearText.contains(host))
        m_questions.append(clearTextQuestion(host));
    emit summaryChanged();
}

void NewBatchCheck::onRowChecked(int row, PreflightSide side, const ProbeResult &result)
{
    // The last row only has the servers; a side left out of this run keeps its result.
    if (row >= m_model->accountList().accounts.size())
        return;
    if ((side == PreflightSide::Source && !m_runSource) ||
        (side == PreflightSide::Destination && !m_runDestination))
        return;
    m_model->setCheckResult(row, side, result);
    emit summaryChanged();
}

// Not within the check's signal: a question runs an event loop of its own.
void NewBatchCheck::onFinished()
{
    if (m_questions.isEmpty()) {
        setRunning(false);
        emit summaryChanged();
        return;
    }
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation] {
            if (generation == m_generation) // not stopped or started again meanwhile
                askQuestions();
        },
        Qt::QueuedConnection);
}

void NewBatchCheck::askQuestions()
{
    const quint64 generation = m_generation;
    bool source = false;
    bool destination = false;
    while (!m_questions.isEmpty()) {
        const CheckQuestion question = m_questions.takeFirst();
        const bool yes = ask(question);
        if (generation != m_generation)
            return; // stopped or invalidated while the question was open
        if (!yes)
            continue;
        if (question.kind == CheckQuestion::Kind::Certificate)
            rememberCertificate(question.host, question.tls.fingerprintHex());
        else
            m_clearText.insert(question.host);
        source = source || question.host == m_source;
        destination = destination || question.host == m_destination;
    }
    if (source || destination) {
        run(source, destination);
        return;
    }
    setRunning(false);
    emit summaryChanged();
}

bool NewBatchCheck::ask(const CheckQuestion &question)
{
    return m_asker(m_parent, question);
}

QString NewBatchCheck::rememberedCertificate(const PreflightHost &host) const
{
    const QString accepted = m_certificates.value(certificateKey(host));
    if (!accepted.isEmpty() || !m_settings)
        return accepted;
    return m_settings->acceptedCertificate(host.host, host.port);
}

void NewBatchCheck::rememberCertificate(const PreflightHost &host, const QString &hex)
{
    m_certificates.insert(certificateKey(host), hex);
    if (m_settings)
        m_settings->setAcceptedCertificate(host.host, host.port, hex);
}

PreflightHostTrust NewBatchCheck::trust(const PreflightHost &host) const
{
    PreflightHostTrust trust;
    const QByteArray fingerprint = parseFingerprint(rememberedCertificate(host));
    if (!fingerprint.isEmpty())
        trust.acceptedFingerprints.insert(fingerprint);
    trust.allowClearText = m_clearText.contains(host);
    return trust;
}

QString NewBatchCheck::acceptedCertificate(const BatchEndpoint &endpoint) const
{
    if (endpoint.security == Security::None || endpoint.host.trimmed().isEmpty())
        return {};
    return rememberedCertificate(
        PreflightHost::of({endpoint.host, endpoint.port, endpoint.security, {}, {}}));
}

QString NewBatchCheck::summary() const
{
    QStringList lines;
    if (m_source == m_destination) {
        lines << summaryLine(m_source, true, true);
    } else {
        lines << summaryLine(m_source, true, false) << summaryLine(m_destination, false, true);
    }
    lines.removeAll(QString());
    return lines.join(u'\n');
}

QString NewBatchCheck::hostState(const PreflightHost &host, bool source, bool destination) const
{
    const auto found = m_hostResults.constFind(host);
    if (found == m_hostResults.cend()) {
        const bool checked = (source && m_runSource) || (destination && m_runDestination);
        return m_running && checked ? tr("checking…") : QString();
    }
    if (!found->ok())
        return checkCellText(CheckCell{false, *found});
    if (!found->tls.encrypted)
        return tr("OK, not encrypted");
    if (found->tls.acceptedByFingerprint)
        return tr("OK, with the certificate you accepted");
    return tr("OK");
}

QString NewBatchCheck::summaryLine(const PreflightHost &host, bool source, bool destination) const
{
    const QString state = hostState(host, source, destination);
    if (state.isEmpty())
        return {};
    const QString server = serverName(host);
    const QString label = source && destination ? tr("Source and destination %1").arg(server)
                          : source              ? tr("Source %1").arg(server)
                                                : tr("Destination %1").arg(server);
    int ok = 0;
    int failed = 0;
    int notTried = 0;
    int checking = 0;
    QList<PreflightSide> sides;
    if (source)
        sides << PreflightSide::Source;
    if (destination)
        sides << PreflightSide::Destination;
    const int accounts = int(m_model->accountList().accounts.size());
    for (int row = 0; row < accounts; ++row) {
        for (const PreflightSide side : std::as_const(sides)) {
            const CheckCell &cell = m_model->check(row, side);
            if (cell.checking)
                ++checking;
            else if (!cell.result)
                continue;
            else if (cell.result->ok())
                ++ok;
            else if (cell.result->outcome == ProbeOutcome::InsecureRefused)
                ++notTried;
            else
                ++failed;
        }
    }
    QStringList tally;
    if (ok > 0)
        tally << tr("%n login(s) OK", nullptr, ok);
    if (failed > 0)
        tally << tr("%n failed", nullptr, failed);
    if (notTried > 0)
        tally << tr("%n not tried", nullptr, notTried);
    if (checking > 0)
        tally << tr("%n checking", nullptr, checking);
    const QString line = tr("%1: %2").arg(label, state);
    return tally.isEmpty() ? line : tr("%1 — %2").arg(line, tally.join(QStringLiteral(", ")));
}

QString NewBatchCheck::details() const
{
    QStringList lines;
    for (const PreflightHost &host : {m_source, m_destination}) {
        const auto found = m_hostResults.constFind(host);
        if (found != m_hostResults.cend())
            lines << found->message << found->warnings;
    }
    lines.removeAll(QString());
    lines.removeDuplicates();
    return lines.join(u'\n');
}

} // namespace imapdesk
