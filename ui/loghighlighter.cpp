#include "ui/loghighlighter.h"

#include "logs/logerrorlines.h"

#include <QFont>
#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>

namespace imapdesk {

namespace {

// A dark palette is one whose text background is dark.
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// Reds with a contrast ratio above 4.5:1 on white and on a near-black base.
QColor errorColor(bool dark)
{
    return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb7, 0x1c, 0x1c);
}

// A marker yellow; a dim gold on dark backgrounds so light text stays legible.
QColor matchBackground(bool dark)
{
    return dark ? QColor(0x6b, 0x59, 0x00) : QColor(0xff, 0xe0, 0x66);
}

} // namespace

LogHighlighter::LogHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_errorFormat.setFontWeight(QFont::Bold);
    setPalette(QPalette());
}

void LogHighlighter::setPalette(const QPalette &palette)
{
    const bool dark = isDark(palette);
    if (m_errorFormat.foreground().color() == errorColor(dark))
        return;
    m_errorFormat.setForeground(errorColor(dark));
    m_matchFormat.setBackground(matchBackground(dark));
    rehighlight();
}

void LogHighlighter::setSearch(const QString &text, Qt::CaseSensitivity sensitivity)
{
    if (text == m_search && sensitivity == m_sensitivity)
        return;
    m_search = text;
    m_sensitivity = sensitivity;
    rehighlight();
}

bool LogHighlighter::isErrorBlock(const QTextBlock &block)
{
    return block.userState() != -1 && (block.userState() & ErrorLine) != 0;
}

void LogHighlighter::highlightBlock(const QString &text)
{
    const bool error = isImapsyncErrorLine(text);
    setCurrentBlockState(error ? ErrorLine : PlainLine);
    if (error)
        setFormat(0, int(text.size()), m_errorFormat);
    if (!m_search.isEmpty())
        markMatches(text);
}

// The match background on top of whatever the line already has.
void LogHighlighter::markMatches(const QString &text)
{
    const qsizetype length = m_search.size();
    for (qsizetype at = text.indexOf(m_search, 0, m_sensitivity); at >= 0;
         at = text.indexOf(m_search, at + length, m_sensitivity)) {
        QTextCharFormat merged = format(int(at));
        merged.setBackground(m_matchFormat.background());
        setFormat(int(at), int(length), merged);
    }
}

} // namespace imapdesk
