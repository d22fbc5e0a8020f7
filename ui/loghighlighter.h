#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QPalette;
class QTextBlock;

namespace imapdesk {

// Colours a log view's lines: error lines (as the core classifies them) in a
// red that reads on the palette's background, in bold; occurrences of the
// searched text with a marker background. Runs only for the blocks Qt asks
// for: the lines appended, or all of them when the search changes.
class LogHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    // QTextBlock::userState() bits set by the highlighter.
    enum BlockState { PlainLine = 0, ErrorLine = 1 };

    explicit LogHighlighter(QTextDocument *document);

    // Picks the colours for the palette's base colour (light or dark).
    void setPalette(const QPalette &palette);
    // Marks text in every line; empty marks nothing.
    void setSearch(const QString &text, Qt::CaseSensitivity sensitivity);

    const QTextCharFormat &errorFormat() const { return m_errorFormat; }
    const QTextCharFormat &matchFormat() const { return m_matchFormat; }
    static bool isErrorBlock(const QTextBlock &block);

protected:
    void highlightBlock(const QString &text) override;

private:
    void markMatches(const QString &text);

    QTextCharFormat m_errorFormat;
    QTextCharFormat m_matchFormat;
    QString m_search;
    Qt::CaseSensitivity m_sensitivity = Qt::CaseInsensitive;
};

} // namespace imapdesk
