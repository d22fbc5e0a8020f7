#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace imapdesk {

enum class FrameStatus { Complete, Incomplete, TooLong };

// Takes one complete server response off the front of buffer: a line (without its CRLF)
// with any literals ("{n}" CRLF and n bytes) kept inline. Incomplete: wait for more bytes.
// TooLong: the response exceeds maxSize, which a pre-flight check never needs.
FrameStatus takeResponse(QByteArray *buffer, QByteArray *response, qsizetype maxSize);

struct ImapResponse
{
    enum class Kind { Untagged, Tagged, Continuation };
    Kind kind = Kind::Untagged;
    QByteArray tag;     // tagged responses only
    QByteArray keyword; // upper case: OK, NO, BAD, BYE, PREAUTH, CAPABILITY, ID, ...
    QByteArray code;    // the [response code] of a status response, without brackets
    QByteArray text;    // the human-readable text of a status response or continuation
    QByteArray data;    // after the keyword, for data responses such as CAPABILITY or ID

    bool isStatus() const;
};

ImapResponse parseResponse(const QByteArray &response);

// Capability names from "IMAP4rev1 STARTTLS AUTH=PLAIN ..." (CAPABILITY data or code).
QStringList parseCapabilities(const QByteArray &data);
bool hasCapability(const QStringList &capabilities, const char *name);

// The field/value pairs of ID data: ("name" "Dovecot" "version" NIL) or NIL (RFC 2971).
// A NIL value is a null QString.
QList<QPair<QString, QString>> parseIdFields(const QByteArray &data);

} // namespace imapdesk
