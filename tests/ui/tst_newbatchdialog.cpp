// The new-batch dialog as a technician fills it in: servers with shortcuts
// and presets, options, extra arguments, the account list and its rejected
// lines, and what the dialog hands back once "Add batch" is pressed.

#include "accounts/accountlistparser.h"
#include "models/accountpreviewmodel.h"
#include "ui/accountlistpanel.h"
#include "ui/newbatchdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace imapdesk;

namespace {

const QString Fixtures = QStringLiteral(IMAPDESK_TEST_FIXTURES);

HostShortcuts pymapShortcuts()
{
    HostShortcuts shortcuts;
    shortcuts.setRules({{QStringLiteral("^(VPS|SV)[0-9]+$"), QStringLiteral("example.com")}});
    return shortcuts;
}

std::unique_ptr<NewBatchDialog> makeDialog(const QList<ChainableBatch> &batches = {},
                                           const QString &file = QString())
{
    auto dialog = std::make_unique<NewBatchDialog>(pymapShortcuts(), batches, file);
    dialog->show();
    return dialog;
}

template<typename T>
T *child(const QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

QWidget *side(const NewBatchDialog &dialog, const char *name)
{
    return child<QWidget>(&dialog, name);
}

QLineEdit *host(const NewBatchDialog &dialog, const char *sideName)
{
    return child<QLineEdit>(side(dialog, sideName), "host");
}

QPushButton *addButton(const NewBatchDialog &dialog)
{
    return child<QPushButton>(&dialog, "addBatch");
}

// Pastes a list and applies it at once instead of waiting for the typing pause.
void paste(NewBatchDialog &dialog, const QString &text)
{
    child<QPlainTextEdit>(&dialog, "pasteBox")->setPlainText(text);
    dialog.findChild<AccountListPanel *>()->reparseNow();
}

void fillHosts(NewBatchDialog &dialog)
{
    host(dialog, "source")->setText(QStringLiteral("imap.old.example"));
    host(dialog, "destination")->setText(QStringLiteral("imap.new.example"));
}

AccountPreviewModel *previewModel(const NewBatchDialog &dialog)
{
    return qobject_cast<AccountPreviewModel *>(child<QTableView>(&dialog, "preview")->model());
}

void selectData(QComboBox *combo, int value)
{
    combo->setCurrentIndex(combo->findData(value));
}

QString labelText(const NewBatchDialog &dialog, const char *name)
{
    const QLabel *label = child<QLabel>(&dialog, name);
    return label && label->isVisibleTo(&dialog) ? label->text() : QString();
}

// Every text a person can see or hear in a widget, except a text editor's content.
QStringList visibleTexts(const QWidget *widget)
{
    QStringList texts{widget->toolTip(),
                      widget->statusTip(),
                      widget->whatsThis(),
                      widget->accessibleName(),
                      widget->accessibleDescription(),
                      widget->windowTitle()};
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        texts << label->text();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        texts << button->text();
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
        texts << edit->text() << edit->placeholderText();
    if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
    }
    return texts;
}

QStringList modelTexts(const QAbstractItemModel *model)
{
    QStringList texts;
    for (int column = 0; column < model->columnCount(); ++column)
        texts << model->headerData(column, Qt::Horizontal).toString();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::EditRole),
                             int(Qt::UserRole + 1)})
                texts << model->index(row, column).data(role).toString();
        }
    }
    return texts;
}

} // namespace

class TestNewBatchDialog final : public QObject
{
    Q_OBJECT

private slots:
    void addNeedsServersAndAnAccount_data();
    void addNeedsServersAndAnAccount();
    void hostShortcutsAppliedLive_data();
    void hostShortcutsAppliedLive();
    void portPlaceholderFollowsSecurity();
    void recognisedProviderIsProposed_data();
    void recognisedProviderIsProposed();
    void badExtraArgumentsBlockAdding_data();
    void badExtraArgumentsBlockAdding();
    void unknownOptionOnlyWarns();
    void invalidDefaultDomainBlocksAdding();
    void rejectedLinesMustBeAcknowledged();
    void swapExchangesTheSides();
    void specCarriesEveryField();
    void fileGivenAtConstructionIsLoaded_data();
    void fileGivenAtConstructionIsLoaded();
    void droppedFileIsImported();
    void passwordsAreNeverShown();
    void tabOrderFollowsTheLayout();
    void mnemonicsAreUnique();
    void mnemonicsMoveTheFocus_data();
    void mnemonicsMoveTheFocus();
    void screenshot();
};

void TestNewBatchDialog::addNeedsServersAndAnAccount_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("accounts");
    QTest::addColumn<QString>("blocker"); // empty: Add batch is enabled

    const QString one = QStringLiteral("alice@example.com Alpha-Secret-1\n");
    const QString old = QStringLiteral("imap.old.example");
    const QString next = QStringLiteral("imap.new.example");
    QTest::newRow("nothing") << QString() << QString() << QString() << "source server";
    QTest::newRow("no destination") << old << QString() << one << "destination server";
    QTest::newRow("blank source") << "   " << next << one << "source server";
    QTest::newRow("no account") << old << next << QString() << "at least one valid account";
    QTest::newRow("only a rejected line") << old << next << "bob@example.com\n"
                                          << "at least one valid account";
    QTest::newRow("host with a blank") << "imap old" << next << one << "not a host";
    QTest::newRow("bad port in host")
        << old << "imap.new.example:99999" << one << "not a port number";
    QTest::newRow("everything") << old << next << one << QString();
    QTest::newRow("host with port") << "imap.old.example:1993" << next << one << QString();
}

void TestNewBatchDialog::addNeedsServersAndAnAccount()
{
    QFETCH(QString, source);
    QFETCH(QString, destination);
    QFETCH(QString, accounts);
    QFETCH(QString, blocker);
    auto dialog = makeDialog();
    QVERIFY(!addButton(*dialog)->isEnabled());
    host(*dialog, "source")->setText(source);
    host(*dialog, "destination")->setText(destination);
    paste(*dialog, accounts);
    QCOMPARE(addButton(*dialog)->isEnabled(), blocker.isEmpty());
    QVERIFY2(dialog->blocker().contains(blocker, Qt::CaseInsensitive),
             qPrintable(dialog->blocker()));
    QCOMPARE(labelText(*dialog, "blocker"), dialog->blocker());
    // A disabled OK cannot be bypassed with Enter either.
    dialog->accept();
    QCOMPARE(dialog->result() == QDialog::Accepted, blocker.isEmpty());
}

void TestNewBatchDialog::hostShortcutsAppliedLive_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expanded");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("shown");

    QTest::newRow("Pymap's example") << "SV01"
                                     << "SV01.example.com" << 0 << "SV01 → SV01.example.com";
    QTest::newRow("with a port") << "vps7:1143"
                                 << "vps7.example.com" << 1143 << "vps7 → vps7.example.com";
    QTest::newRow("already complete") << "SV01.example.com"
                                      << "SV01.example.com" << 0 << "";
    QTest::newRow("no rule matches") << "imap.example.org"
                                     << "imap.example.org" << 0 << "";
}

void TestNewBatchDialog::hostShortcutsAppliedLive()
{
    QFETCH(QString, typed);
    QFETCH(QString, expanded);
    QFETCH(int, port);
    QFETCH(QString, shown);
    auto dialog = makeDialog();
    QTest::keyClicks(host(*dialog, "source"), typed);
    const QLabel *expansion = child<QLabel>(side(*dialog, "source"), "hostExpansion");
    QCOMPARE(expansion->isVisible(), !shown.isEmpty());
    if (!shown.isEmpty())
        QCOMPARE(expansion->text(), shown);
    QCOMPARE(dialog->spec().source.host, expanded);
    QCOMPARE(int(dialog->spec().source.port), port);
}

void TestNewBatchDialog::portPlaceholderFollowsSecurity()
{
    auto dialog = makeDialog();
    QWidget *source = side(*dialog, "source");
    auto *port = child<QLineEdit>(source, "port");
    QVERIFY(port->placeholderText().contains(QStringLiteral("993")));
    selectData(child<QComboBox>(source, "security"), int(Security::StartTls));
    QVERIFY(port->placeholderText().contains(QStringLiteral("143")));
    selectData(child<QComboBox>(source, "security"), int(Security::None));
    QVERIFY(port->placeholderText().contains(QStringLiteral("143")));
}

void TestNewBatchDialog::recognisedProviderIsProposed_data()
{
    QTest::addColumn<QString>("sideName");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("preset");
    QTest::addColumn<QString>("option");

    QTest::newRow("Gmail source") << "source"
                                  << "imap.gmail.com" << int(ProviderPreset::Gmail) << "--gmail1";
    QTest::newRow("Gmail destination")
        << "destination"
        << "imap.gmail.com" << int(ProviderPreset::Gmail) << "--gmail2";
    QTest::newRow("Microsoft 365")
        << "destination"
        << "outlook.office365.com" << int(ProviderPreset::Office365) << "--office2";
    QTest::newRow("Exchange") << "source"
                              << "exch01.corp.example" << int(ProviderPreset::Exchange)
                              << "--exchange1";
}

void TestNewBatchDialog::recognisedProviderIsProposed()
{
    QFETCH(QString, sideName);
    QFETCH(QString, host);
    QFETCH(int, preset);
    QFETCH(QString, option);
    auto dialog = makeDialog();
    QWidget *editor = side(*dialog, qPrintable(sideName));
    auto *proposal = child<QWidget>(editor, "presetProposal");
    QVERIFY(!proposal->isVisible());
    child<QLineEdit>(editor, "host")->setText(host);
    QVERIFY(proposal->isVisible());
    const QString text = child<QLabel>(editor, "presetProposalText")->text();
    QVERIFY2(text.contains(option) && text.contains(providerDisplayName(ProviderPreset(preset))),
             qPrintable(text));
    QTest::mouseClick(child<QPushButton>(editor, "applyPreset"), Qt::LeftButton);
    QCOMPARE(child<QComboBox>(editor, "preset")->currentData().toInt(), preset);
    QVERIFY(!proposal->isVisible());
    const BatchSpec spec = dialog->spec();
    QCOMPARE(int((sideName == QLatin1String("source") ? spec.source : spec.destination).preset),
             preset);
}

void TestNewBatchDialog::badExtraArgumentsBlockAdding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named"); // what the message must name

    QTest::newRow("password") << "--automap --password1 Zq8Vw3"
                              << "--password1";
    QTest::newRow("log file") << "--logfile /tmp/x"
                              << "--logfile";
    QTest::newRow("abbreviated log dir") << "--logd /tmp"
                                         << "--logdir";
    QTest::newRow("unterminated quote") << "--folder 'Sent"
                                        << "quote at column 10";
}

void TestNewBatchDialog::badExtraArgumentsBlockAdding()
{
    QFETCH(QString, text);
    QFETCH(QString, named);
    auto dialog = makeDialog();
    fillHosts(*dialog);
    paste(*dialog, QStringLiteral("alice@example.com Alpha-Secret-1\n"));
    QVERIFY(addButton(*dialog)->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "extraArguments"), text);
    const QString errors = labelText(*dialog, "extraArgumentsErrors");
    QVERIFY2(errors.contains(named), qPrintable(errors));
    QVERIFY2(!errors.contains(QStringLiteral("Zq8Vw3")), qPrintable(errors));
    QVERIFY(!addButton(*dialog)->isEnabled());
    QVERIFY(dialog->blocker().contains(QStringLiteral("extra imapsync arguments")));
    child<QLineEdit>(dialog.get(), "extraArguments")->setText(QStringLiteral("--automap"));
    QVERIFY(labelText(*dialog, "extraArgumentsErrors").isEmpty());
    QVERIFY(addButton(*dialog)->isEnabled());
}

void TestNewBatchDialog::unknownOptionOnlyWarns()
{
    auto dialog = makeDialog();
    fillHosts(*dialog);
    paste(*dialog, QStringLiteral("alice@example.com Alpha-Secret-1\n"));
    child<QLineEdit>(dialog.get(), "extraArguments")->setText(QStringLiteral("--hots1 127.0.0.1"));
    const QString warnings = labelText(*dialog, "extraArgumentsWarnings");
    QVERIFY2(warnings.contains(QStringLiteral("--hots1")), qPrintable(warnings));
    QVERIFY(labelText(*dialog, "extraArgumentsErrors").isEmpty());
    QVERIFY(addButton(*dialog)->isEnabled());
    QCOMPARE(dialog->spec().extraArguments, (QStringList{"--hots1", "127.0.0.1"}));
}

void TestNewBatchDialog::invalidDefaultDomainBlocksAdding()
{
    auto dialog = makeDialog();
    fillHosts(*dialog);
    paste(*dialog, QStringLiteral("carol Charlie-Secret-3\n"));
    auto *domain = child<QLineEdit>(dialog.get(), "defaultDomain");
    domain->setText(QStringLiteral("not a domain"));
    QVERIFY(labelText(*dialog, "defaultDomainProblem").contains(QStringLiteral("not a domain")));
    QVERIFY(!addButton(*dialog)->isEnabled());
    domain->setText(QStringLiteral("@Example.NET"));
    QVERIFY(labelText(*dialog, "defaultDomainProblem").isEmpty());
    QVERIFY(addButton(*dialog)->isEnabled());
    // One field drives the preview: the panel has none of its own here.
    QCOMPARE(dialog->findChildren<QLineEdit *>(QStringLiteral("defaultDomain")).size(), 1);
    QTRY_COMPARE(dialog->accounts().value(0).user1, QStringLiteral("carol@example.net"));
}

void TestNewBatchDialog::rejectedLinesMustBeAcknowledged()
{
    auto dialog = makeDialog();
    fillHosts(*dialog);
    paste(*dialog, QStringLiteral("alice@example.com Alpha-Secret-1\n"
                                  "bob@example.com\n"
                                  "carol@example.com Charlie-Secret-3\n"
                                  "ALICE@example.com Other-Secret-4\n"));
    AccountPreviewModel *model = previewModel(*dialog);
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->rowKind(1), AccountPreviewModel::RowKind::Rejected);
    QCOMPARE(model->index(1, AccountPreviewModel::LineColumn).data().toInt(), 2);
    QVERIFY(model->index(1, AccountPreviewModel::StatusColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Rejected: ")));
    QCOMPARE(model->rowKind(3), AccountPreviewModel::RowKind::Duplicate);

    auto *skip = child<QCheckBox>(dialog.get(), "skipRejected");
    QVERIFY(skip->isVisible());
    QVERIFY2(skip->text().contains(QStringLiteral("1 rejected")), qPrintable(skip->text()));
    QVERIFY(!addButton(*dialog)->isEnabled());
    QString summary = labelText(*dialog, "queueSummary");
    QVERIFY2(summary.contains(QStringLiteral("2 account")) &&
                 summary.contains(QStringLiteral("1 rejected line")) &&
                 summary.contains(QStringLiteral("1 duplicate")),
             qPrintable(summary));

    QTest::keyClick(skip, Qt::Key_Space);
    QVERIFY(skip->isChecked());
    QVERIFY(addButton(*dialog)->isEnabled());
    summary = labelText(*dialog, "queueSummary");
    QVERIFY2(summary.contains(QStringLiteral("skipped; 1 duplicate")), qPrintable(summary));

    // Other rejected lines: the technician decides again.
    paste(*dialog, QStringLiteral("alice@example.com Alpha-Secret-1\nbob\ndave\n"));
    QVERIFY(!skip->isChecked());
    QVERIFY(skip->text().contains(QStringLiteral("2 rejected")));
    QVERIFY(!addButton(*dialog)->isEnabled());

    // Nothing rejected any more: no checkbox at all.
    paste(*dialog, QStringLiteral("alice@example.com Alpha-Secret-1\n"));
    QVERIFY(!skip->isVisible());
    QVERIFY(addButton(*dialog)->isEnabled());
}

void TestNewBatchDialog::swapExchangesTheSides()
{
    auto dialog = makeDialog();
    QWidget *source = side(*dialog, "source");
    QWidget *destination = side(*dialog, "destination");
    host(*dialog, "source")->setText(QStringLiteral("SV01"));
    child<QLineEdit>(source, "port")->setText(QStringLiteral("1993"));
    selectData(child<QComboBox>(source, "security"), int(Security::StartTls));
    host(*dialog, "destination")->setText(QStringLiteral("imap.gmail.com"));
    selectData(child<QComboBox>(destination, "preset"), int(ProviderPreset::Gmail));

    QTest::mouseClick(child<QPushButton>(dialog.get(), "swap"), Qt::LeftButton);
    const BatchSpec spec = dialog->spec();
    QCOMPARE(spec.source.host, QStringLiteral("imap.gmail.com"));
    QCOMPARE(spec.source.port, quint16(0));
    QCOMPARE(spec.source.security, Security::Ssl);
    QCOMPARE(spec.source.preset, ProviderPreset::Gmail);
    QCOMPARE(host(*dialog, "destination")->text(), QStringLiteral("SV01")); // as typed
    QCOMPARE(spec.destination.host, QStringLiteral("SV01.example.com"));
    QCOMPARE(spec.destination.port, quint16(1993));
    QCOMPARE(spec.destination.security, Security::StartTls);
    QCOMPARE(spec.destination.preset, ProviderPreset::None);
    QVERIFY(child<QLabel>(destination, "hostExpansion")->isVisible());
}

void TestNewBatchDialog::specCarriesEveryField()
{
    const QList<ChainableBatch> batches{{7, QStringLiteral("ticket 4700"), JobState::Running},
                                        {9, QString(), JobState::Queued}};
    auto dialog = makeDialog(batches);
    QWidget *source = side(*dialog, "source");
    QWidget *destination = side(*dialog, "destination");
    host(*dialog, "source")->setText(QStringLiteral(" SV01 "));
    child<QLineEdit>(source, "port")->setText(QStringLiteral("143"));
    selectData(child<QComboBox>(source, "security"), int(Security::StartTls));
    selectData(child<QComboBox>(source, "preset"), int(ProviderPreset::Domino));
    host(*dialog, "destination")->setText(QStringLiteral("outlook.office365.com"));
    selectData(child<QComboBox>(destination, "security"), int(Security::None));
    QTest::mouseClick(child<QPushButton>(destination, "applyPreset"), Qt::LeftButton);
    child<QLineEdit>(dialog.get(), "label")->setText(QStringLiteral("  ticket 4711 "));
    child<QLineEdit>(dialog.get(), "defaultDomain")->setText(QStringLiteral("Example.NET"));
    child<QCheckBox>(dialog.get(), "dryRun")->setChecked(true);
    child<QCheckBox>(dialog.get(), "justLogin")->setChecked(true);
    child<QLineEdit>(dialog.get(), "extraArguments")
        ->setText(QStringLiteral("--automap --exclude '^Junk E-mail$'"));
    auto *after = child<QComboBox>(dialog.get(), "afterBatch");
    QCOMPARE(after->count(), 3);
    QVERIFY(after->itemText(1).contains(QStringLiteral("ticket 4700")));
    after->setCurrentIndex(after->findData(qint64(9)));
    paste(*dialog, QStringLiteral("alice@example.com Alpha-Secret-1\n"
                                  "carol \"Charlie Secret 4\" carol.new \"Dest 5\"\n"));

    QTest::mouseClick(addButton(*dialog), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const BatchSpec spec = dialog->spec();
    QCOMPARE(spec.source.host, QStringLiteral("SV01.example.com"));
    QCOMPARE(spec.source.port, quint16(143));
    QCOMPARE(spec.source.security, Security::StartTls);
    QCOMPARE(spec.source.preset, ProviderPreset::Domino);
    QCOMPARE(spec.destination.host, QStringLiteral("outlook.office365.com"));
    QCOMPARE(spec.destination.port, quint16(0));
    QCOMPARE(spec.destination.security, Security::None);
    QCOMPARE(spec.destination.preset, ProviderPreset::Office365);
    QCOMPARE(spec.label, QStringLiteral("ticket 4711"));
    QCOMPARE(spec.defaultDomain, QStringLiteral("example.net"));
    QVERIFY(spec.dryRun);
    QVERIFY(spec.justLogin);
    QCOMPARE(spec.extraArguments,
             (QStringList{"--automap", "--exclude", QStringLiteral("^Junk E-mail$")}));
    QCOMPARE(spec.afterBatchId.value_or(-1), qint64(9));
    QVERIFY(!spec.owner.isEmpty() || qEnvironmentVariableIsEmpty("USER"));

    const QList<Account> accounts = dialog->accounts();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(0).user1, QStringLiteral("alice@example.com"));
    QCOMPARE(accounts.at(0).password2, QStringLiteral("Alpha-Secret-1"));
    QCOMPARE(accounts.at(1).user1, QStringLiteral("carol@example.net"));
    QCOMPARE(accounts.at(1).password1, QStringLiteral("Charlie Secret 4"));
    QCOMPARE(accounts.at(1).user2, QStringLiteral("carol.new@example.net"));
    QCOMPARE(accounts.at(1).password2, QStringLiteral("Dest 5"));

    // Defaults: no chaining, no modes.
    after->setCurrentIndex(0);
    QVERIFY(!dialog->spec().afterBatchId.has_value());
}

void TestNewBatchDialog::fileGivenAtConstructionIsLoaded_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("usable");

    QTest::newRow("good.txt") << "cli/good.txt" << true;
    QTest::newRow("mixed.txt") << "cli/mixed.txt" << true;
    QTest::newRow("exchange-online.csv") << "accounts/exchange-online.csv" << true;
    QTest::newRow("two-pair.tsv") << "accounts/two-pair.tsv" << true;
    QTest::newRow("bom-crlf.csv") << "accounts/bom-crlf.csv" << true;
    QTest::newRow("pymap-style.txt") << "accounts/pymap-style.txt" << true;
    QTest::newRow("binary.bin") << "accounts/binary.bin" << false;
}

void TestNewBatchDialog::fileGivenAtConstructionIsLoaded()
{
    QFETCH(QString, file);
    QFETCH(bool, usable);
    const QString path = Fixtures + QLatin1Char('/') + file;
    QFile device(path);
    QVERIFY(device.open(QIODevice::ReadOnly));
    const AccountList expected = parseAccountList(device);

    auto dialog = makeDialog({}, path);
    QTRY_COMPARE(previewModel(*dialog)->accountList().isUsable(), usable);
    QTRY_COMPARE(dialog->accounts().size(), expected.accounts.size());
    QCOMPARE(previewModel(*dialog)->rowCount(),
             expected.accounts.size() + expected.errors.size() + expected.duplicates.size());
    QCOMPARE(child<QCheckBox>(dialog.get(), "skipRejected")->isVisible(),
             usable && !expected.errors.isEmpty());
    const QString summary = labelText(*dialog, "queueSummary");
    if (usable) {
        QVERIFY2(summary.startsWith(QString::number(expected.accounts.size()) + QLatin1Char(' ')),
                 qPrintable(summary));
    } else {
        QVERIFY2(summary.contains(QStringLiteral("binary")), qPrintable(summary));
        fillHosts(*dialog);
        QVERIFY(!addButton(*dialog)->isEnabled());
    }
}

void TestNewBatchDialog::droppedFileIsImported()
{
    auto dialog = makeDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(Fixtures + QStringLiteral("/cli/good.txt"))});
    mime.setText(QStringLiteral("file name as text"));
    // On the dialog, and on the paste box (which would otherwise paste the name).
    for (QWidget *target : {static_cast<QWidget *>(dialog.get()),
                            child<QPlainTextEdit>(dialog.get(), "pasteBox")->viewport()}) {
        paste(*dialog, QStringLiteral("zed@example.com Zulu-Secret-1\n"));
        QCOMPARE(dialog->accounts().size(), 1);
        const QPoint center = target->rect().center();
        QDragEnterEvent enter(center, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(center), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE(dialog->accounts().size(), 3);
        QVERIFY(child<QPlainTextEdit>(dialog.get(), "pasteBox")->toPlainText().isEmpty());
    }
}

void TestNewBatchDialog::passwordsAreNeverShown()
{
    const QStringList passwords{"Alpha-Secret-1", "Bravo#Secret2", "Charlie Secret 4",
                                "Delta-Unterminated", "Echo-Duplicate-5"};
    auto dialog = makeDialog({{3, QStringLiteral("earlier"), JobState::Succeeded}});
    host(*dialog, "source")->setText(QStringLiteral("SV01"));
    host(*dialog, "destination")->setText(QStringLiteral("imap.gmail.com"));
    child<QLineEdit>(dialog.get(), "extraArguments")->setText(QStringLiteral("--hots1 x --maxage"));
    paste(*dialog,
          QStringLiteral("alice@example.com Alpha-Secret-1\n"
                         "bob@example.com Bravo#Secret2 robert@example.org Alpha-Secret-1\n"
                         "carol \"Charlie Secret 4\"\n"
                         "dave@example.com \"Delta-Unterminated\n"
                         "ALICE@example.com Echo-Duplicate-5\n"
                         "erin@example.com\n"));
    QCOMPARE(dialog->accounts().size(), 3);
    QVERIFY(child<QCheckBox>(dialog.get(), "skipRejected")->isVisible());

    const auto *pasteBox = child<QPlainTextEdit>(dialog.get(), "pasteBox");
    QStringList texts = visibleTexts(dialog.get());
    for (const QWidget *widget : dialog->findChildren<QWidget *>()) {
        if (widget != pasteBox)
            texts << visibleTexts(widget);
    }
    texts << modelTexts(previewModel(*dialog));
    QVERIFY(texts.size() > 100);
    for (const QString &text : std::as_const(texts)) {
        for (const QString &password : passwords)
            QVERIFY2(!text.contains(password), qPrintable(text));
    }
}

void TestNewBatchDialog::tabOrderFollowsTheLayout()
{
    auto dialog = makeDialog();
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    QStringList visited;
    QWidget *widget = host(*dialog, "source");
    QTRY_COMPARE(QApplication::focusWidget(), widget);
    do {
        const QString owner = widget->parentWidget()->objectName();
        visited << (owner == QLatin1String("source") || owner == QLatin1String("destination")
                        ? owner + QLatin1Char('.') + widget->objectName()
                        : widget->objectName());
        QTest::keyClick(widget, Qt::Key_Tab);
        widget = QApplication::focusWidget();
    } while (widget && widget != host(*dialog, "source") && visited.size() < 40);
    // Cancel is last; "Add batch" is disabled and skipped.
    const QStringList expected{"source.host",
                               "source.port",
                               "source.security",
                               "source.preset",
                               "swap",
                               "destination.host",
                               "destination.port",
                               "destination.security",
                               "destination.preset",
                               "label",
                               "defaultDomain",
                               "afterBatch",
                               "extraArguments",
                               "dryRun",
                               "justLogin",
                               "importFile",
                               "pasteBox",
                               "preview"};
    QCOMPARE(visited.mid(0, expected.size()), expected);
}

void TestNewBatchDialog::mnemonicsAreUnique()
{
    auto dialog = makeDialog();
    fillHosts(*dialog);
    paste(*dialog, QStringLiteral("alice@example.com Alpha-Secret-1\nbob\n"));
    const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
    QHash<QChar, QString> seen;
    for (const QWidget *widget : dialog->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        QString text;
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            text = label->text();
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            text = button->text();
        const QRegularExpressionMatch match = mnemonic.match(text);
        if (!match.hasMatch())
            continue;
        const QChar key = match.captured(1).at(0).toLower();
        QVERIFY2(!seen.contains(key), qPrintable(seen.value(key) + QStringLiteral(" / ") + text));
        seen.insert(key, text);
    }
    QVERIFY(seen.size() >= 18);
}

void TestNewBatchDialog::mnemonicsMoveTheFocus_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("sideName"); // empty: a field of the dialog itself
    QTest::addColumn<QString>("field");

    QTest::newRow("source host") << int(Qt::Key_H) << "source"
                                 << "host";
    QTest::newRow("source port") << int(Qt::Key_P) << "source"
                                 << "port";
    QTest::newRow("destination host") << int(Qt::Key_O) << "destination"
                                      << "host";
    QTest::newRow("destination preset") << int(Qt::Key_V) << "destination"
                                        << "preset";
    QTest::newRow("label") << int(Qt::Key_L) << ""
                           << "label";
    QTest::newRow("default domain") << int(Qt::Key_D) << ""
                                    << "defaultDomain";
    QTest::newRow("start after") << int(Qt::Key_A) << ""
                                 << "afterBatch";
    QTest::newRow("extra arguments") << int(Qt::Key_X) << ""
                                     << "extraArguments";
    QTest::newRow("accounts") << int(Qt::Key_U) << ""
                              << "pasteBox";
}

void TestNewBatchDialog::mnemonicsMoveTheFocus()
{
    QFETCH(int, key);
    QFETCH(QString, sideName);
    QFETCH(QString, field);
    auto dialog = makeDialog();
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    const QObject *parent = sideName.isEmpty() ? static_cast<QObject *>(dialog.get())
                                               : side(*dialog, qPrintable(sideName));
    auto *target = parent->findChild<QWidget *>(field);
    QVERIFY(target);
    QTest::keyClick(dialog.get(), Qt::Key(key), Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), target);
}

// Kept as a test artifact for people to look at; not compared pixel by pixel.
void TestNewBatchDialog::screenshot()
{
    auto dialog = makeDialog({{41, QStringLiteral("ticket 4700"), JobState::Running}});
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    host(*dialog, "source")->setText(QStringLiteral("SV01"));
    host(*dialog, "destination")->setText(QStringLiteral("imap.gmail.com"));
    child<QLineEdit>(dialog.get(), "label")->setText(QStringLiteral("ticket 4711"));
    child<QLineEdit>(dialog.get(), "defaultDomain")->setText(QStringLiteral("example.com"));
    child<QLineEdit>(dialog.get(), "extraArguments")
        ->setText(QStringLiteral("--automap --logfile x"));
    paste(*dialog, QStringLiteral("alice Alpha-Secret-1\n"
                                  "bob Bravo#2 robert@example.org \"Bravo 3\"\n"
                                  "dave@example.com\n"
                                  "ALICE Other-4\n"));
    const QString folder = qEnvironmentVariable("IMAPDESK_TEST_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(folder);
    QVERIFY(dialog->grab().save(QDir(folder).filePath(QStringLiteral("new-batch-dialog.png"))));
}

QTEST_MAIN(TestNewBatchDialog)
#include "tst_newbatchdialog.moc"
