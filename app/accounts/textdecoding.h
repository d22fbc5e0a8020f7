#pragma once

#include <QString>

namespace imapdesk {

// Byte-level helpers of the account list reader (internal to app/accounts).

enum class ByteOrderMark { None, Utf8, Utf16 };

// Looks at the first bytes of a file; `size` may be smaller than a BOM.
ByteOrderMark detectByteOrderMark(const char *data, qsizetype size);

// True when the first bytes look like BOM-less UTF-16 ("a\0b\0" or "\0a\0b").
bool looksLikeUtf16(const char *data, qsizetype size);

bool isAscii(const char *data, qsizetype size);

// Strict UTF-8 (RFC 3629): no overlong forms, surrogates or code points above
// U+10FFFF, no truncated sequences.
bool isValidUtf8(const char *data, qsizetype size);

// Windows-1252 as the WHATWG Encoding Standard defines it: Latin-1 except for
// 0x80-0x9F, where the five undefined bytes map to the C1 controls.
QString fromWindows1252(const char *data, qsizetype size);

} // namespace imapdesk
