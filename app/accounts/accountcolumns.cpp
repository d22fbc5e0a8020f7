#include "accounts/accountcolumns.h"

#include <QHash>

#include <array>

namespace imapdesk {

namespace {

enum class Column {
    Unknown,
    User1,
    Password1,
    User2,
    Password2,
    User,         // one-pair lists: the same login on both sides
    Password,     // one-pair lists, and Exchange Online's Password
    EmailAddress, // Exchange Online's EmailAddress
};
constexpr size_t kColumnKinds = static_cast<size_t>(Column::EmailAddress) + 1;

// Normalised names (see normalizedName()).
const QHash<QString, Column> &knownColumns()
{
    static const QHash<QString, Column> columns = [] {
        QHash<QString, Column> map;
        const auto add = [&map](Column column, std::initializer_list<const char *> names) {
            for (const char *name : names)
                map.insert(QString::fromLatin1(name), column);
        };
        add(Column::User1, {"user1", "username1", "login1", "email1", "emailaddress1", "mailbox1",
                            "account1", "sourceuser", "sourceusername", "sourcelogin",
                            "sourceemail", "sourcemailbox", "sourceaccount", "srcuser"});
        add(Column::Password1, {"password1", "pass1", "passwd1", "pwd1", "sourcepassword",
                                "sourcepass", "srcpassword"});
        add(Column::User2,
            {"user2", "username2", "login2", "email2", "emailaddress2", "mailbox2", "account2",
             "destinationuser", "destinationusername", "destinationlogin", "destinationemail",
             "destinationmailbox", "destinationaccount", "destuser", "targetuser", "targetusername",
             "targetlogin", "targetemail"});
        add(Column::Password2, {"password2", "pass2", "passwd2", "pwd2", "destinationpassword",
                                "destpassword", "targetpassword"});
        add(Column::User, {"user", "username", "login", "email", "mail", "mailbox", "account"});
        add(Column::Password, {"password", "pass", "passwd", "pwd"});
        add(Column::EmailAddress, {"emailaddress"});
        return map;
    }();
    return columns;
}

QString normalizedName(const QString &name)
{
    QString normalized;
    normalized.reserve(name.size());
    for (const QChar c : name) {
        if (!c.isSpace() && c != u'_' && c != u'-' && c != u'.')
            normalized.append(c.toLower());
    }
    return normalized;
}

// Index of the first column of each kind, -1 when absent.
struct FoundColumns
{
    std::array<int, kColumnKinds> first;

    FoundColumns() { first.fill(-1); }
    int operator[](Column column) const { return first[static_cast<size_t>(column)]; }
};

FoundColumns findColumns(const QStringList &names)
{
    FoundColumns found;
    for (int i = 0; i < names.size(); ++i) {
        const Column column = knownColumns().value(normalizedName(names.at(i)), Column::Unknown);
        int &first = found.first[static_cast<size_t>(column)];
        if (column != Column::Unknown && first < 0)
            first = i;
    }
    return found;
}

int firstPresent(std::initializer_list<int> indexes)
{
    for (const int index : indexes) {
        if (index >= 0)
            return index;
    }
    return -1;
}

} // namespace

// Exchange Online's IMAP migration CSV is "EmailAddress,UserName,Password":
// UserName is the login on the source server (user1), EmailAddress the
// Microsoft 365 mailbox (user2), and its single Password serves as password1
// and password2.
ColumnLayout columnLayoutFromHeader(const QStringList &names)
{
    const FoundColumns found = findColumns(names);
    ColumnLayout layout;
    layout.user1 =
        firstPresent({found[Column::User1], found[Column::User], found[Column::EmailAddress]});
    const int emailAddress = found[Column::EmailAddress];
    layout.user2 =
        firstPresent({found[Column::User2], emailAddress != layout.user1 ? emailAddress : -1});
    layout.password1 = firstPresent({found[Column::Password1], found[Column::Password]});
    layout.plainPassword = found[Column::Password1] < 0 && layout.password1 >= 0;
    const int sharedPassword = layout.user2 >= 0 ? found[Column::Password] : -1;
    layout.password2 = firstPresent({found[Column::Password2], sharedPassword});
    return layout;
}

} // namespace imapdesk
