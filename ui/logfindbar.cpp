#include "ui/logfindbar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTextCursor>
#include <QToolButton>

namespace imapdesk {

LogFindBar::LogFindBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("findBar"));
    buildLayout();
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textEdited, this, &LogFindBar::searchEdited);
    connect(m_caseSensitive, &QCheckBox::toggled, this, &LogFindBar::searchEdited);
    connect(m_next, &QToolButton::clicked, this, &LogFindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &LogFindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, &LogFindBar::dismiss);
    hide();
}

void LogFindBar::buildLayout()
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setPlaceholderText(tr("Find in log"));
    m_edit->setClearButtonEnabled(true);
    m_previous = addButton(QStringLiteral("findPrevious"), tr("Previous match (Shift+Enter)"));
    m_previous->setArrowType(Qt::UpArrow);
    m_next = addButton(QStringLiteral("findNext"), tr("Next match (Enter)"));
    m_next->setArrowType(Qt::DownArrow);
    m_caseSensitive = new QCheckBox(tr("Match &case"), this);
    m_caseSensitive->setObjectName(QStringLiteral("findCaseSensitive"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_close = addButton(QStringLiteral("findClose"), tr("Close (Escape)"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_caseSensitive);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_close);
}

QToolButton *LogFindBar::addButton(const QString &objectName, const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    return button;
}

QString LogFindBar::searchText() const
{
    return m_edit->text();
}

Qt::CaseSensitivity LogFindBar::caseSensitivity() const
{
    return m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
}

void LogFindBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    announceSearch();
}

void LogFindBar::dismiss()
{
    hide();
    m_status->clear();
    emit searchChanged(QString(), caseSensitivity());
    m_editor->setFocus(Qt::OtherFocusReason);
}

bool LogFindBar::findNext()
{
    return find({});
}

bool LogFindBar::findPrevious()
{
    return find(QTextDocument::FindBackward);
}

// From the editor's cursor on, then once more from the other end.
bool LogFindBar::find(QTextDocument::FindFlags flags)
{
    const QString text = m_edit->text();
    if (text.isEmpty()) {
        showResult(true);
        return false;
    }
    if (caseSensitivity() == Qt::CaseSensitive)
        flags |= QTextDocument::FindCaseSensitively;
    QTextDocument *document = m_editor->document();
    QTextCursor found = document->find(text, m_editor->textCursor(), flags);
    if (found.isNull()) {
        QTextCursor wrapped(document);
        if (flags & QTextDocument::FindBackward)
            wrapped.movePosition(QTextCursor::End);
        found = document->find(text, wrapped, flags);
    }
    if (!found.isNull())
        m_editor->setTextCursor(found);
    showResult(!found.isNull());
    return !found.isNull();
}

// Find as you type: stay on the current match while it still matches.
void LogFindBar::searchEdited()
{
    announceSearch();
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(cursor.selectionStart());
    m_editor->setTextCursor(cursor);
    if (m_edit->text().isEmpty())
        showResult(true);
    else
        findNext();
}

void LogFindBar::announceSearch()
{
    emit searchChanged(m_edit->text(), caseSensitivity());
}

void LogFindBar::showResult(bool found)
{
    m_status->setText(found ? QString() : tr("Not found"));
}

bool LogFindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Escape) {
        dismiss();
        return true;
    }
    if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        return QWidget::eventFilter(watched, event);
    if (key->modifiers() & Qt::ShiftModifier)
        findPrevious();
    else
        findNext();
    return true;
}

} // namespace imapdesk
