#pragma once

#include <QTextDocument>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace imapdesk {

// The find bar under a log view: searches its editor's text, case-insensitive
// unless asked, wrapping around at either end. Enter finds the next match,
// Shift+Enter the previous one, Escape closes the bar.
class LogFindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit LogFindBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    QString searchText() const;
    Qt::CaseSensitivity caseSensitivity() const;

    // Shows the bar with its text selected and the keyboard focus in it.
    void activate();
    // Hides the bar and gives the focus back to the editor.
    void dismiss();
    // Selects the next or previous match in the editor; false when there is none.
    bool findNext();
    bool findPrevious();

signals:
    // What to mark in the editor: the search text while the bar is shown,
    // an empty text once it is closed.
    void searchChanged(const QString &text, Qt::CaseSensitivity sensitivity);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    QToolButton *addButton(const QString &objectName, const QString &toolTip);
    bool find(QTextDocument::FindFlags flags);
    void searchEdited();
    void announceSearch();
    void showResult(bool found);

    QPlainTextEdit *m_editor = nullptr;
    QLineEdit *m_edit = nullptr;
    QCheckBox *m_caseSensitive = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace imapdesk
