#include "accounts/accountlistreader.h"

#include "accounts/textdecoding.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>

#include <algorithm>
#include <cstring>
#include <functional>
#include <limits>
#include <optional>

namespace imapdesk {

namespace {

constexpr qsizetype kChunkSize = 64 * 1024;
// No account needs a longer line; the bound is what keeps memory constant.
constexpr qsizetype kMaxLineLength = 64 * 1024;
constexpr qsizetype kBufferSize = kChunkSize + kMaxLineLength;
// A NUL this close to the start means a binary file: say so before any line
// is reported, whatever the first line looks like. Later NULs are caught
// line by line.
constexpr qsizetype kSniffSize = 4096;
constexpr int kMaxSeparatedFields = 4;

const char *const kReasonTexts[] = {
    QT_TRANSLATE_NOOP("AccountListParser", "unterminated quote"),
    QT_TRANSLATE_NOOP("AccountListParser", "unexpected text after a closing quote"),
    QT_TRANSLATE_NOOP("AccountListParser",
                      "too many fields (expected 2 or 4): put a password that contains spaces "
                      "or separators (, ; | tab) in double quotes"),
    QT_TRANSLATE_NOOP("AccountListParser", "line too long (64 KiB or more)"),
    QT_TRANSLATE_NOOP("AccountListParser", "missing user1"),
    QT_TRANSLATE_NOOP("AccountListParser", "missing user2"),
    QT_TRANSLATE_NOOP("AccountListParser", "missing password"),
    QT_TRANSLATE_NOOP("AccountListParser", "missing password1"),
    QT_TRANSLATE_NOOP("AccountListParser", "missing password2"),
    QT_TRANSLATE_NOOP("AccountListParser", "user2 given without password2"),
    QT_TRANSLATE_NOOP("AccountListParser", "user1 contains spaces or control characters"),
    QT_TRANSLATE_NOOP("AccountListParser", "user2 contains spaces or control characters"),
};

std::optional<RejectReason> splitProblem(SplitStatus status)
{
    switch (status) {
    case SplitStatus::Ok:
        return std::nullopt;
    case SplitStatus::UnterminatedQuote:
        return RejectReason::UnterminatedQuote;
    case SplitStatus::TextAfterQuote:
        return RejectReason::TextAfterQuote;
    case SplitStatus::TooManyFields:
        return RejectReason::TooManyFields;
    }
    return std::nullopt;
}

// Headerless lines hold user1 password1 [user2 password2].
std::optional<RejectReason> fieldCountProblem(int count)
{
    if (count == 1)
        return RejectReason::MissingPassword;
    if (count == 3)
        return RejectReason::User2WithoutPassword2;
    return std::nullopt;
}

bool isBadUserChar(QChar c)
{
    if (c.unicode() < 0x80)
        return c.unicode() <= 0x20 || c.unicode() == 0x7F;
    // Other_Format catches zero-width spaces pasted along with a login.
    const QChar::Category category = c.category();
    return c.isSpace() || category == QChar::Other_Control || category == QChar::Other_Format;
}

bool isAcceptableUser(const QString &user)
{
    return std::none_of(user.cbegin(), user.cend(), isBadUserChar);
}

std::optional<RejectReason> accountProblem(const RawAccount &raw, const Account &account)
{
    if (account.user1.isEmpty())
        return RejectReason::MissingUser1;
    if (raw.password1.isEmpty())
        return raw.plainPassword ? RejectReason::MissingPassword : RejectReason::MissingPassword1;
    if (raw.hasUser2 && account.user2.isEmpty())
        return RejectReason::MissingUser2;
    if (raw.hasUser2 && !raw.hasPassword2)
        return RejectReason::User2WithoutPassword2;
    if (raw.hasUser2 && raw.password2.isEmpty())
        return RejectReason::MissingPassword2;
    if (!isAcceptableUser(account.user1))
        return RejectReason::InvalidUser1;
    if (raw.hasUser2 && !isAcceptableUser(account.user2))
        return RejectReason::InvalidUser2;
    return std::nullopt;
}

bool hasOwnPassword2(const RawAccount &raw)
{
    // Exchange Online's single Password column is both passwords.
    return raw.hasPassword2 && !raw.password2.isEmpty() && raw.password2.data != raw.password1.data;
}

bool isBlankOrComment(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\v' || *p == '\f'))
        ++p;
    return p == end || *p == '#';
}

int lineNumberAt(const char *begin, const char *position)
{
    return 1 + static_cast<int>(std::count(begin, position, '\n'));
}

bool isEndOfStream(QIODevice &device)
{
    // Sequential devices (QProcess, sockets) answer -1 once they are closed;
    // only a file reports a real read error that way.
    const auto *file = qobject_cast<QFileDevice *>(&device);
    return device.isSequential() && (!file || file->error() == QFileDevice::NoError);
}

QString readErrorMessage(const QIODevice &device)
{
    return QCoreApplication::translate("AccountListParser", "Could not read the account list: %1")
        .arg(device.errorString());
}

QString utf16Message()
{
    return QCoreApplication::translate(
        "AccountListParser",
        "The file is encoded as UTF-16, not UTF-8. Save it as UTF-8 text (in Excel: "
        "\"CSV UTF-8 (Comma delimited)\") and import it again.");
}

// The line number is errorLine(): callers show it in front of the message.
QString binaryMessage()
{
    return QCoreApplication::translate(
        "AccountListParser",
        "This looks like a binary file, not an account list (it contains a NUL byte).");
}

QString invalidUtf8Message()
{
    return QCoreApplication::translate(
        "AccountListParser",
        "This is not valid UTF-8 text. Save the file as \"CSV UTF-8 (Comma delimited)\" in "
        "Excel or as UTF-8 text in your editor, or import it again and read it as "
        "Windows-1252 (Western European).");
}

QString tooManyLinesMessage()
{
    return QCoreApplication::translate("AccountListParser",
                                       "The account list has too many lines (more than %1).")
        .arg(std::numeric_limits<int>::max());
}

} // namespace

QString rejectReasonText(RejectReason reason)
{
    return QCoreApplication::translate("AccountListParser", kReasonTexts[static_cast<int>(reason)]);
}

AccountListReader::AccountListReader(const AccountListParser::Options &options,
                                     const AccountListParser::AccountSink &onAccount,
                                     const AccountListParser::RejectSink &onRejected)
    : m_options(options)
    , m_onAccount(onAccount)
    , m_onRejected(onRejected)
    , m_buffer(kBufferSize)
{
    QString domain = options.defaultDomain.trimmed();
    if (domain.startsWith(u'@'))
        domain.remove(0, 1);
    if (!domain.isEmpty())
        m_domainSuffix = QLatin1Char('@') + domain;
}

AccountListReader::~AccountListReader()
{
    // Passwords went through the buffer; do not leave them in freed memory.
    volatile char *p = m_buffer.data();
    for (size_t i = 0; i < m_buffer.size(); ++i)
        p[i] = 0;
}

bool AccountListReader::read(QIODevice &device)
{
    if (!device.isReadable())
        return fail(AccountListProblem::Unreadable, readErrorMessage(device), 0);
    bool atEnd = false;
    while (!atEnd) {
        if (!fillBuffer(device, &atEnd) || !consumeBuffer(atEnd))
            return false;
    }
    return true;
}

bool AccountListReader::fillBuffer(QIODevice &device, bool *atEnd)
{
    compactBuffer();
    const qint64 count = device.read(bufferAt(m_end), qsizetype(m_buffer.size()) - m_end);
    if (count > 0) {
        m_end += count;
        return true;
    }
    if (count == 0 && device.isSequential() && device.waitForReadyRead(-1))
        return true;
    if (count < 0 && !isEndOfStream(device))
        return fail(AccountListProblem::Unreadable, readErrorMessage(device), 0);
    *atEnd = true;
    return true;
}

void AccountListReader::compactBuffer()
{
    if (m_begin == 0)
        return;
    std::memmove(m_buffer.data(), bufferAt(m_begin), m_end - m_begin);
    m_end -= m_begin;
    m_scan -= m_begin;
    m_begin = 0;
}

bool AccountListReader::consumeBuffer(bool atEnd)
{
    if (!m_fileStartChecked) {
        if (m_end - m_begin < kSniffSize && !atEnd)
            return true;
        if (!checkFileStart())
            return false;
    }
    if (!consumeLines())
        return false;
    if (atEnd)
        return finishInput();
    if (!m_skippingLongLine && m_end - m_begin >= kMaxLineLength)
        return startLongLine();
    return true;
}

bool AccountListReader::checkFileStart()
{
    m_fileStartChecked = true;
    const char *const start = bufferAt(m_begin);
    const qsizetype size = std::min(m_end - m_begin, kSniffSize);
    const ByteOrderMark bom = detectByteOrderMark(start, size);
    if (bom == ByteOrderMark::Utf16 || looksLikeUtf16(start, size))
        return fail(AccountListProblem::Utf16, utf16Message(), 0);
    if (const auto *nul = static_cast<const char *>(std::memchr(start, '\0', size)))
        return fail(AccountListProblem::Binary, binaryMessage(), lineNumberAt(start, nul));
    if (bom == ByteOrderMark::Utf8)
        m_begin = m_scan = m_begin + 3;
    return true;
}

bool AccountListReader::consumeLines()
{
    while (m_begin < m_end) {
        if (m_skippingLongLine) {
            if (!skipLongLine())
                return false;
            continue;
        }
        auto *newline = static_cast<char *>(std::memchr(bufferAt(m_scan), '\n', m_end - m_scan));
        if (!newline) {
            m_scan = m_end;
            return true;
        }
        if (!handleLine(bufferAt(m_begin), newline))
            return false;
        m_begin = m_scan = newline - m_buffer.data() + 1;
    }
    return true;
}

// The line has no end within the buffer: from here on it is only scanned for
// its end (and NULs), never kept, and rejected once its end is seen.
bool AccountListReader::startLongLine()
{
    if (!startLine())
        return false;
    m_skippingLongLine = true;
    return skipLongLine();
}

bool AccountListReader::skipLongLine()
{
    const char *const begin = bufferAt(m_begin);
    const auto *newline = static_cast<const char *>(std::memchr(begin, '\n', m_end - m_begin));
    const char *const stop = newline ? newline : bufferAt(m_end);
    if (std::memchr(begin, '\0', stop - begin))
        return fail(AccountListProblem::Binary, binaryMessage(), m_line);
    m_begin = m_scan = stop - m_buffer.data() + (newline ? 1 : 0);
    if (newline) {
        m_skippingLongLine = false;
        reject(RejectReason::LineTooLong);
    }
    return true;
}

bool AccountListReader::finishInput()
{
    if (m_skippingLongLine) {
        m_skippingLongLine = false;
        reject(RejectReason::LineTooLong);
        return true;
    }
    if (m_begin == m_end)
        return true;
    char *const begin = bufferAt(m_begin);
    char *const end = bufferAt(m_end);
    m_begin = m_scan = m_end;
    return handleLine(begin, end);
}

bool AccountListReader::startLine()
{
    if (m_line == std::numeric_limits<int>::max())
        return fail(AccountListProblem::TooLarge, tooManyLinesMessage(), 0);
    ++m_line;
    return true;
}

// [begin, end) is one physical line without its '\n'.
bool AccountListReader::handleLine(char *begin, char *end)
{
    if (!startLine())
        return false;
    if (std::memchr(begin, '\0', end - begin))
        return fail(AccountListProblem::Binary, binaryMessage(), m_line);
    if (end - begin >= kMaxLineLength) {
        reject(RejectReason::LineTooLong);
        return true;
    }
    if (end > begin && end[-1] == '\r')
        --end;
    if (!checkEncoding(begin, end))
        return false;
    if (!isBlankOrComment(begin, end))
        handleRecord(begin, end);
    return true;
}

bool AccountListReader::checkEncoding(const char *begin, const char *end)
{
    if (m_options.encoding != AccountListEncoding::Utf8 || isValidUtf8(begin, end - begin))
        return true;
    return fail(AccountListProblem::NotUtf8, invalidUtf8Message(), m_line);
}

void AccountListReader::handleRecord(char *begin, char *end)
{
    switch (m_mode) {
    case Mode::Undecided:
        // The first record decides: a header, or headerless lines for good.
        if (!detectHeader(begin, end) && handleSeparated(begin, end))
            m_mode = Mode::Separated;
        return;
    case Mode::Separated:
        handleSeparated(begin, end);
        return;
    case Mode::Delimited:
        handleDelimited(begin, end);
        return;
    }
}

bool AccountListReader::detectHeader(const char *begin, const char *end)
{
    for (const char delimiter : {',', ';', '\t', '|'}) {
        QByteArray line(begin, end - begin); // splitting unescapes in place
        const SplitStatus status =
            splitDelimitedFields(line.data(), line.data() + line.size(), delimiter, &m_fields);
        if (status != SplitStatus::Ok)
            continue;
        QStringList names;
        for (const FieldView &field : m_fields)
            names.append(text(field));
        const ColumnLayout layout = columnLayoutFromHeader(names);
        if (layout.isValid()) {
            m_mode = Mode::Delimited;
            m_delimiter = delimiter;
            m_layout = layout;
            return true;
        }
    }
    return false;
}

// Returns false when the line held nothing but separators.
bool AccountListReader::handleSeparated(char *begin, char *end)
{
    FieldView fields[kMaxSeparatedFields];
    int count = 0;
    const SplitStatus status =
        splitSeparatedFields(begin, end, fields, kMaxSeparatedFields, &count);
    const std::optional<RejectReason> problem =
        status != SplitStatus::Ok ? splitProblem(status) : fieldCountProblem(count);
    if (problem)
        reject(*problem);
    if (problem || count == 0)
        return problem.has_value();
    RawAccount raw;
    raw.user1 = fields[0];
    raw.password1 = fields[1];
    raw.plainPassword = count == 2;
    raw.hasUser2 = raw.hasPassword2 = count == 4;
    raw.user2 = fields[2];
    raw.password2 = fields[3];
    handleAccount(raw);
    return true;
}

void AccountListReader::handleDelimited(char *begin, char *end)
{
    const SplitStatus status = splitDelimitedFields(begin, end, m_delimiter, &m_fields);
    if (status != SplitStatus::Ok) {
        reject(*splitProblem(status));
        return;
    }
    // Spreadsheets leave rows of bare delimiters behind.
    if (std::all_of(m_fields.cbegin(), m_fields.cend(), std::mem_fn(&FieldView::isEmpty)))
        return;
    RawAccount raw;
    raw.user1 = delimitedField(m_layout.user1);
    raw.password1 = delimitedField(m_layout.password1);
    raw.user2 = delimitedField(m_layout.user2);
    raw.password2 = delimitedField(m_layout.password2);
    raw.hasUser2 = !raw.user2.isEmpty(); // an empty user2 means "same as user1"
    raw.hasPassword2 = m_layout.password2 >= 0;
    raw.plainPassword = m_layout.plainPassword;
    handleAccount(raw);
}

FieldView AccountListReader::delimitedField(int column) const
{
    if (column < 0 || size_t(column) >= m_fields.size())
        return {};
    return m_fields[size_t(column)];
}

void AccountListReader::handleAccount(const RawAccount &raw)
{
    Account account;
    account.line = m_line;
    account.user1 = userText(raw.user1);
    account.user2 = raw.hasUser2 ? userText(raw.user2) : account.user1;
    if (const std::optional<RejectReason> problem = accountProblem(raw, account)) {
        reject(*problem);
        return;
    }
    account.user1 = withDefaultDomain(account.user1);
    account.user2 = raw.hasUser2 ? withDefaultDomain(account.user2) : account.user1;
    account.password1 = text(raw.password1);
    account.password2 = hasOwnPassword2(raw) ? text(raw.password2) : account.password1;
    if (m_onAccount)
        m_onAccount(account);
}

QString AccountListReader::text(const FieldView &field) const
{
    if (m_options.encoding == AccountListEncoding::Windows1252)
        return fromWindows1252(field.data, field.size);
    return QString::fromUtf8(field.data, field.size);
}

QString AccountListReader::userText(const FieldView &field) const
{
    return text(field).trimmed();
}

QString AccountListReader::withDefaultDomain(const QString &user) const
{
    if (m_domainSuffix.isEmpty() || user.contains(u'@'))
        return user;
    return user + m_domainSuffix;
}

void AccountListReader::reject(RejectReason reason)
{
    if (m_onRejected)
        m_onRejected(RejectedLine{m_line, rejectReasonText(reason)});
}

bool AccountListReader::fail(AccountListProblem problem, const QString &message, int line)
{
    m_problem = problem;
    m_error = message;
    m_errorLine = line;
    return false;
}

} // namespace imapdesk
