#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace imapdesk {

// How the server lets a client send literals (RFC 3501 §4.3, RFC 7888).
enum class LiteralMode {
    Synchronizing, // {n}: wait for the server's "+" before the bytes
    Plus,          // LITERAL+: {n+} for any size
    Minus,         // LITERAL-: {n+} up to 4096 bytes, {n} above
};

LiteralMode literalMode(const QStringList &capabilities);

// One client command, split where the client must wait for the server's "+" continuation
// (after a synchronizing literal or an AUTHENTICATE without initial response). The last
// piece ends with CRLF; a command without waits is a single piece.
using CommandPieces = QList<QByteArray>;

// A quoted string is only safe for short 7-bit text without CR, LF or NUL.
bool needsLiteral(const QByteArray &value);

// Appends value as an IMAP astring to pieces: quoted, or a literal when needsLiteral().
void appendString(CommandPieces *pieces, const QByteArray &value, LiteralMode mode);

// "tag LOGIN user password" with each argument quoted or sent as a literal (UTF-8).
CommandPieces loginCommand(const QByteArray &tag, const QString &user, const QString &password,
                           LiteralMode mode);

// base64("\0user\0password"): the SASL PLAIN message (RFC 4616), no authorization identity.
QByteArray plainSaslResponse(const QString &user, const QString &password);

// "tag AUTHENTICATE PLAIN <response>" with SASL-IR (RFC 4959), else the response as a
// second piece after the server's empty challenge.
CommandPieces authenticatePlainCommand(const QByteArray &tag, const QString &user,
                                       const QString &password, bool initialResponse);

// "tag ID (...)" (RFC 2971), or "tag ID NIL" without fields; fields are short ASCII here.
QByteArray idCommand(const QByteArray &tag, const QList<QPair<QString, QString>> &fields);

} // namespace imapdesk
