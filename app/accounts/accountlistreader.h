#pragma once

#include "accounts/accountcolumns.h"
#include "accounts/accountfields.h"
#include "accounts/accountlistparser.h"

#include <vector>

namespace imapdesk {

// Why a line was rejected; rejectReasonText() words it. No reason ever
// carries text from the line, so a password can never be echoed back.
enum class RejectReason {
    UnterminatedQuote,
    TextAfterQuote,
    TooManyFields,
    LineTooLong,
    MissingUser1,
    MissingUser2,
    MissingPassword,
    MissingPassword1,
    MissingPassword2,
    User2WithoutPassword2,
    InvalidUser1,
    InvalidUser2,
};

QString rejectReasonText(RejectReason reason);

// The values of one record before they become an Account: views into the
// line buffer, so nothing is converted until the record is known to be good.
struct RawAccount
{
    FieldView user1;
    FieldView password1;
    FieldView user2;
    FieldView password2;
    bool hasUser2 = false;      // otherwise user2 is user1
    bool hasPassword2 = false;  // a password2 field or column exists
    bool plainPassword = false; // one-pair wording: "missing password"
};

// The state of one AccountListParser::parse() run (internal to app/accounts):
// reads the device in chunks into a fixed buffer, cuts physical lines, checks
// their bytes and turns each record into an account or a rejected line.
// Memory stays bounded by the buffer whatever the size of the input.
class AccountListReader final
{
public:
    AccountListReader(const AccountListParser::Options &options,
                      const AccountListParser::AccountSink &onAccount,
                      const AccountListParser::RejectSink &onRejected);
    ~AccountListReader();
    AccountListReader(const AccountListReader &) = delete;
    AccountListReader &operator=(const AccountListReader &) = delete;

    bool read(QIODevice &device);
    QString errorString() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    AccountListProblem problem() const { return m_problem; }

private:
    enum class Mode { Undecided, Separated, Delimited };

    bool fillBuffer(QIODevice &device, bool *atEnd);
    void compactBuffer();
    bool consumeBuffer(bool atEnd);
    bool checkFileStart();
    bool consumeLines();
    bool startLongLine();
    bool skipLongLine();
    bool finishInput();
    bool startLine();
    bool handleLine(char *begin, char *end);
    bool checkEncoding(const char *begin, const char *end);
    void handleRecord(char *begin, char *end);
    bool detectHeader(const char *begin, const char *end);
    bool handleSeparated(char *begin, char *end);
    void handleDelimited(char *begin, char *end);
    FieldView delimitedField(int column) const;
    void handleAccount(const RawAccount &raw);
    QString text(const FieldView &field) const;
    QString userText(const FieldView &field) const;
    QString withDefaultDomain(const QString &user) const;
    void reject(RejectReason reason);
    bool fail(AccountListProblem problem, const QString &message, int line);
    char *bufferAt(qsizetype offset) { return m_buffer.data() + offset; }

    AccountListParser::Options m_options;
    AccountListParser::AccountSink m_onAccount;
    AccountListParser::RejectSink m_onRejected;
    QString m_domainSuffix; // "@example.com", empty without a default domain

    std::vector<char> m_buffer;
    qsizetype m_begin = 0; // start of the line being assembled
    qsizetype m_scan = 0;  // bytes before this offset hold no '\n'
    qsizetype m_end = 0;   // end of the data read so far
    bool m_fileStartChecked = false;
    bool m_skippingLongLine = false;
    int m_line = 0;

    Mode m_mode = Mode::Undecided;
    char m_delimiter = ',';
    ColumnLayout m_layout;
    std::vector<FieldView> m_fields;

    QString m_error;
    int m_errorLine = 0;
    AccountListProblem m_problem = AccountListProblem::None;
};

} // namespace imapdesk
