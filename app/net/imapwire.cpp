#include "net/imapwire.h"

#include "net/imapresponse.h"

namespace imapdesk {

namespace {

// Longer strings go as literals: some servers cap the length of a command line. (Dovecot
// reads at most 1 KiB before the login, literals included.)
constexpr int kMaxQuoted = 256;
constexpr int kMaxLiteralMinus = 4096;

QByteArray quoted(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size() + 2);
    out.append('"');
    for (const char c : value) {
        if (c == '"' || c == '\\')
            out.append('\\');
        out.append(c);
    }
    out.append('"');
    return out;
}

} // namespace

LiteralMode literalMode(const QStringList &capabilities)
{
    if (hasCapability(capabilities, "LITERAL+"))
        return LiteralMode::Plus;
    if (hasCapability(capabilities, "LITERAL-"))
        return LiteralMode::Minus;
    return LiteralMode::Synchronizing;
}

bool needsLiteral(const QByteArray &value)
{
    if (value.size() > kMaxQuoted)
        return true;
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == 0 || byte == '\r' || byte == '\n' || byte >= 0x80)
            return true;
    }
    return false;
}

void appendString(CommandPieces *pieces, const QByteArray &value, LiteralMode mode)
{
    if (pieces->isEmpty())
        pieces->append(QByteArray());
    if (!needsLiteral(value)) {
        pieces->last().append(quoted(value));
        return;
    }
    const bool plus = mode == LiteralMode::Plus ||
                      (mode == LiteralMode::Minus && value.size() <= kMaxLiteralMinus);
    pieces->last().append('{' + QByteArray::number(value.size()) + (plus ? "+}\r\n" : "}\r\n"));
    if (plus)
        pieces->last().append(value);
    else
        pieces->append(value); // sent after the server's "+"
}

CommandPieces loginCommand(const QByteArray &tag, const QString &user, const QString &password,
                           LiteralMode mode)
{
    CommandPieces pieces{tag + " LOGIN "};
    appendString(&pieces, user.toUtf8(), mode);
    pieces.last().append(' ');
    appendString(&pieces, password.toUtf8(), mode);
    pieces.last().append("\r\n");
    return pieces;
}

QByteArray plainSaslResponse(const QString &user, const QString &password)
{
    QByteArray message;
    message.append('\0');
    message.append(user.toUtf8());
    message.append('\0');
    message.append(password.toUtf8());
    return message.toBase64();
}

CommandPieces authenticatePlainCommand(const QByteArray &tag, const QString &user,
                                       const QString &password, bool initialResponse)
{
    const QByteArray response = plainSaslResponse(user, password);
    if (initialResponse)
        return {tag + " AUTHENTICATE PLAIN " + response + "\r\n"};
    return {tag + " AUTHENTICATE PLAIN\r\n", response + "\r\n"};
}

QByteArray idCommand(const QByteArray &tag, const QList<QPair<QString, QString>> &fields)
{
    if (fields.isEmpty())
        return tag + " ID NIL\r\n";
    QByteArray command = tag + " ID (";
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            command.append(' ');
        command.append(quoted(fields.at(i).first.toUtf8()));
        command.append(' ');
        command.append(quoted(fields.at(i).second.toUtf8()));
    }
    command.append(")\r\n");
    return command;
}

} // namespace imapdesk
