#include "ui/settingshostshortcutspage.h"

#include "settings/settings.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace imapdesk {

namespace {

enum Column { PatternColumn, SuffixColumn, ColumnCount };

// Hands every keystroke to the table, so that validation and the OK button
// follow the typing instead of waiting for the editor to close.
class LiveCommitDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
};

QWidget *LiveCommitDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        // commitData is a signal; emitting it changes no state of the delegate.
        auto *self = const_cast<LiveCommitDelegate *>(this);
        connect(line, &QLineEdit::textEdited, self, [self, line] { emit self->commitData(line); });
    }
    return editor;
}

void LiveCommitDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    // Our own commit coming back: rewriting the text would move the cursor.
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (line && line->text() == index.data(Qt::EditRole).toString())
        return;
    QStyledItemDelegate::setEditorData(editor, index);
}

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *result = new QPushButton(text, parent);
    result->setObjectName(objectName);
    return result;
}

} // namespace

SettingsHostShortcutsPage::SettingsHostShortcutsPage(QWidget *parent)
    : SettingsPage(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_problems(new SettingsStatus(this))
    , m_tryHost(new QLineEdit(this))
    , m_tryResult(new SettingsStatus(this))
{
    m_problems->setObjectName(QStringLiteral("ruleProblems"));
    m_tryHost->setObjectName(QStringLiteral("tryHost"));
    m_tryResult->setObjectName(QStringLiteral("tryResult"));
    auto *intro = new QLabel(
        tr("A host typed in a batch gets the suffix of the first rule whose pattern matches it "
           "(case-insensitive): SV01 with ^(VPS|SV)[0-9]+$ and example.com becomes "
           "SV01.example.com."),
        this);
    intro->setWordWrap(true);
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(createTable(), 1);
    tableRow->addWidget(createButtons());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(tableRow, 1);
    layout->addWidget(m_problems);
    layout->addWidget(createTryRow());
    connect(m_tryHost, &QLineEdit::textChanged, this, &SettingsHostShortcutsPage::updateTry);
    rulesEdited();
}

SettingsHostShortcutsPage::~SettingsHostShortcutsPage()
{
    // An editor still open commits when its table goes: not to this page.
    m_table->disconnect(this);
}

QWidget *SettingsHostShortcutsPage::createTable()
{
    m_table->setObjectName(QStringLiteral("hostShortcutRules"));
    m_table->setHorizontalHeaderLabels({tr("Pattern (regular expression)"), tr("Suffix")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    m_table->setItemDelegate(new LiveCommitDelegate(m_table));
    connect(m_table, &QTableWidget::itemChanged, this, &SettingsHostShortcutsPage::rulesEdited);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &SettingsHostShortcutsPage::updateButtons);
    // Insert and Delete while the table (not an editor) has the focus.
    auto *insert =
        new QShortcut(QKeySequence(Qt::Key_Insert), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(insert, &QShortcut::activated, this, &SettingsHostShortcutsPage::addRule);
    auto *remove =
        new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &SettingsHostShortcutsPage::removeRules);
    return m_table;
}

QWidget *SettingsHostShortcutsPage::createButtons()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *add = button(tr("&Add"), QStringLiteral("addRule"), column);
    m_remove = button(tr("&Remove"), QStringLiteral("removeRule"), column);
    m_up = button(tr("Move &up"), QStringLiteral("moveRuleUp"), column);
    m_down = button(tr("Move &down"), QStringLiteral("moveRuleDown"), column);
    for (QPushButton *each : {add, m_remove, m_up, m_down})
        layout->addWidget(each);
    layout->addStretch(1);
    connect(add, &QPushButton::clicked, this, &SettingsHostShortcutsPage::addRule);
    connect(m_remove, &QPushButton::clicked, this, &SettingsHostShortcutsPage::removeRules);
    connect(m_up, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRule(1); });
    return column;
}

QWidget *SettingsHostShortcutsPage::createTryRow()
{
    auto *row = new QWidget(this);
    auto *form = new QFormLayout(row);
    form->setContentsMargins(0, 0, 0, 0);
    m_tryHost->setPlaceholderText(QStringLiteral("SV01"));
    auto *label = new QLabel(tr("&Try a host:"), row);
    label->setBuddy(m_tryHost);
    form->addRow(label, m_tryHost);
    form->addRow(QString(), m_tryResult);
    return row;
}

QString SettingsHostShortcutsPage::title() const
{
    return tr("Host shortcuts");
}

void SettingsHostShortcutsPage::load(const Settings &settings)
{
    setRules(settings.hostShortcutRules());
}

void SettingsHostShortcutsPage::apply(Settings &settings) const
{
    settings.setHostShortcutRules(rules());
}

QString SettingsHostShortcutsPage::problem() const
{
    return m_currentProblems.join(u'\n');
}

QVector<HostShortcutRule> SettingsHostShortcutsPage::rules() const
{
    auto text = [this](int row, int column) {
        const QTableWidgetItem *item = m_table->item(row, column);
        return item ? item->text() : QString();
    };
    QVector<HostShortcutRule> result;
    for (int row = 0; row < m_table->rowCount(); ++row)
        result.append({text(row, PatternColumn), text(row, SuffixColumn)});
    return result;
}

void SettingsHostShortcutsPage::setRules(const QVector<HostShortcutRule> &rules)
{
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(int(rules.size()));
        for (int row = 0; row < rules.size(); ++row) {
            m_table->setItem(row, PatternColumn, new QTableWidgetItem(rules.at(row).pattern));
            m_table->setItem(row, SuffixColumn, new QTableWidgetItem(rules.at(row).suffix));
        }
    }
    rulesEdited();
}

void SettingsHostShortcutsPage::addRule()
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker blocker(m_table);
        m_table->insertRow(row);
        m_table->setItem(row, PatternColumn, new QTableWidgetItem);
        m_table->setItem(row, SuffixColumn, new QTableWidgetItem);
    }
    m_table->setCurrentCell(row, PatternColumn);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, PatternColumn));
    rulesEdited();
}

void SettingsHostShortcutsPage::removeRules()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(std::min(row, m_table->rowCount() - 1), PatternColumn);
    rulesEdited();
}

void SettingsHostShortcutsPage::moveRule(int offset)
{
    const int row = m_table->currentRow();
    const int target = row + offset;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    {
        const QSignalBlocker blocker(m_table);
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem *moving = m_table->takeItem(row, column);
            m_table->setItem(row, column, m_table->takeItem(target, column));
            m_table->setItem(target, column, moving);
        }
    }
    m_table->setCurrentCell(target, std::max(0, m_table->currentColumn()));
    rulesEdited();
}

void SettingsHostShortcutsPage::rulesEdited()
{
    const QVector<HostShortcutRule> current = rules();
    m_currentProblems = HostShortcuts::validate(current);
    if (current.size() > Settings::MaxHostShortcutRules)
        m_currentProblems
            << tr("At most %1 rules are allowed.").arg(Settings::MaxHostShortcutRules);
    {
        // Mark the rules that are wrong; the messages below say why.
        const QSignalBlocker blocker(m_table);
        const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this);
        for (int row = 0; row < current.size(); ++row) {
            const bool bad = !HostShortcuts::validate({current.at(row)}).isEmpty();
            if (QTableWidgetItem *item = m_table->item(row, PatternColumn))
                item->setIcon(bad ? warning : QIcon());
        }
    }
    if (m_currentProblems.isEmpty())
        m_problems->clear();
    else
        m_problems->setStatus(SettingsStatus::State::Failure, m_currentProblems.join(u'\n'));
    updateButtons();
    updateTry();
    emit problemChanged();
}

void SettingsHostShortcutsPage::updateButtons()
{
    const int row = m_table->currentRow();
    const bool selected = row >= 0 && !m_table->selectedItems().isEmpty();
    m_remove->setEnabled(selected);
    m_up->setEnabled(selected && row > 0);
    m_down->setEnabled(selected && row < m_table->rowCount() - 1);
}

void SettingsHostShortcutsPage::updateTry()
{
    const QString host = m_tryHost->text().trimmed();
    HostShortcuts shortcuts;
    if (host.isEmpty()) {
        m_tryResult->clear();
    } else if (!shortcuts.setRules(rules())) {
        m_tryResult->setStatus(SettingsStatus::State::Failure,
                               tr("Correct the rules above to try them."));
    } else if (const QString expanded = shortcuts.expand(host); expanded != host) {
        //: a typed host and what the rules make of it
        m_tryResult->setStatus(SettingsStatus::State::Success, tr("%1 → %2").arg(host, expanded));
    } else {
        m_tryResult->setStatus(SettingsStatus::State::Info,
                               tr("No rule changes %1: it is used as typed.").arg(host));
    }
}

} // namespace imapdesk
