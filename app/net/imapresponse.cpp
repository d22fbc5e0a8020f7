#include "net/imapresponse.h"

#include <optional>

namespace imapdesk {

namespace {

// "{123}" at the end of line (a server sends no "{n+}"); -1 when there is none.
qint64 trailingLiteralSize(const QByteArray &line)
{
    if (!line.endsWith('}'))
        return -1;
    const qsizetype open = line.lastIndexOf('{');
    if (open < 0 || open + 2 > line.size() - 1)
        return -1;
    bool ok = false;
    const qint64 size = line.mid(open + 1, line.size() - open - 2).toLongLong(&ok);
    return ok && size >= 0 ? size : -1;
}

// Reads IMAP strings and atoms from parenthesized data.
class Tokenizer
{
public:
    explicit Tokenizer(const QByteArray &data)
        : m_data(data)
    {}

    void skipSpaces()
    {
        while (m_pos < m_data.size() && m_data.at(m_pos) == ' ')
            ++m_pos;
    }
    bool take(char c)
    {
        skipSpaces();
        if (m_pos < m_data.size() && m_data.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    // A quoted string, literal or atom; NIL gives a null QByteArray. nullopt on bad syntax.
    std::optional<QByteArray> value()
    {
        skipSpaces();
        if (m_pos >= m_data.size())
            return std::nullopt;
        const char c = m_data.at(m_pos);
        if (c == '"')
            return quoted();
        if (c == '{')
            return literal();
        return atom();
    }

private:
    std::optional<QByteArray> quoted()
    {
        QByteArray out("");
        for (++m_pos; m_pos < m_data.size(); ++m_pos) {
            char c = m_data.at(m_pos);
            if (c == '"') {
                ++m_pos;
                return out;
            }
            if (c == '\\' && m_pos + 1 < m_data.size())
                c = m_data.at(++m_pos);
            out.append(c);
        }
        return std::nullopt;
    }
    std::optional<QByteArray> literal()
    {
        const qsizetype close = m_data.indexOf("}\r\n", m_pos);
        if (close < 0)
            return std::nullopt;
        bool ok = false;
        const qsizetype size = m_data.mid(m_pos + 1, close - m_pos - 1).toLongLong(&ok);
        const qsizetype start = close + 3;
        if (!ok || size < 0 || start + size > m_data.size())
            return std::nullopt;
        m_pos = start + size;
        QByteArray out = m_data.mid(start, size);
        if (out.isNull())
            out = QByteArray("");
        return out;
    }
    std::optional<QByteArray> atom()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_data.size() && m_data.at(m_pos) != ' ' && m_data.at(m_pos) != '(' &&
               m_data.at(m_pos) != ')')
            ++m_pos;
        if (m_pos == start)
            return std::nullopt;
        const QByteArray word = m_data.mid(start, m_pos - start);
        if (word.compare("NIL", Qt::CaseInsensitive) == 0)
            return QByteArray();
        return word;
    }

    const QByteArray &m_data;
    qsizetype m_pos = 0;
};

QString fromWire(const QByteArray &value)
{
    return value.isNull() ? QString() : QString::fromUtf8(value);
}

// Splits "word rest" at the first space.
QPair<QByteArray, QByteArray> firstWord(const QByteArray &text)
{
    const qsizetype space = text.indexOf(' ');
    if (space < 0)
        return {text, {}};
    return {text.left(space), text.mid(space + 1)};
}

} // namespace

FrameStatus takeResponse(QByteArray *buffer, QByteArray *response, qsizetype maxSize)
{
    qsizetype from = 0;
    for (;;) {
        const qsizetype newline = buffer->indexOf('\n', from);
        if (newline < 0)
            return buffer->size() > maxSize ? FrameStatus::TooLong : FrameStatus::Incomplete;
        if (newline > maxSize)
            return FrameStatus::TooLong;
        qsizetype lineEnd = newline;
        if (lineEnd > from && buffer->at(lineEnd - 1) == '\r')
            --lineEnd;
        const qint64 literal = trailingLiteralSize(buffer->mid(from, lineEnd - from));
        if (literal < 0) {
            *response = buffer->left(lineEnd);
            buffer->remove(0, newline + 1);
            return FrameStatus::Complete;
        }
        if (newline + 1 + literal > maxSize)
            return FrameStatus::TooLong;
        if (buffer->size() < newline + 1 + literal)
            return FrameStatus::Incomplete;
        from = newline + 1 + qsizetype(literal);
    }
}

bool ImapResponse::isStatus() const
{
    return keyword == "OK" || keyword == "NO" || keyword == "BAD" || keyword == "BYE" ||
           keyword == "PREAUTH";
}

ImapResponse parseResponse(const QByteArray &response)
{
    ImapResponse parsed;
    QByteArray rest;
    if (response.startsWith('+')) {
        parsed.kind = ImapResponse::Kind::Continuation;
        parsed.text = response.mid(1).trimmed();
        return parsed;
    }
    if (response.startsWith("* ")) {
        parsed.kind = ImapResponse::Kind::Untagged;
        rest = response.mid(2);
    } else {
        parsed.kind = ImapResponse::Kind::Tagged;
        const auto [tag, after] = firstWord(response);
        parsed.tag = tag;
        rest = after;
    }
    auto [keyword, after] = firstWord(rest);
    // "* 23 EXISTS": the number comes first; the keyword is what follows.
    bool numeric = false;
    keyword.toLongLong(&numeric);
    if (numeric && parsed.kind == ImapResponse::Kind::Untagged) {
        const auto [word, tail] = firstWord(after);
        keyword = word;
        after = tail;
    }
    parsed.keyword = keyword.toUpper();
    if (!parsed.isStatus()) {
        parsed.data = after;
        return parsed;
    }
    if (after.startsWith('[')) {
        const qsizetype close = after.indexOf(']');
        if (close > 0) {
            parsed.code = after.mid(1, close - 1);
            after = after.mid(close + 1).trimmed();
        }
    }
    parsed.text = after;
    return parsed;
}

QStringList parseCapabilities(const QByteArray &data)
{
    QStringList capabilities;
    const QList<QByteArray> words = data.simplified().split(' ');
    for (const QByteArray &word : words) {
        if (!word.isEmpty())
            capabilities.append(QString::fromLatin1(word));
    }
    return capabilities;
}

bool hasCapability(const QStringList &capabilities, const char *name)
{
    return capabilities.contains(QLatin1String(name), Qt::CaseInsensitive);
}

QList<QPair<QString, QString>> parseIdFields(const QByteArray &data)
{
    QList<QPair<QString, QString>> fields;
    Tokenizer tokens(data);
    if (!tokens.take('('))
        return fields; // NIL or nothing
    while (!tokens.take(')')) {
        const auto field = tokens.value();
        const auto value = tokens.value();
        if (!field || !value || field->isNull())
            break; // malformed: keep what was read
        fields.append({fromWire(*field), fromWire(*value)});
    }
    return fields;
}

} // namespace imapdesk
