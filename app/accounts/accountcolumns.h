#pragma once

#include <QStringList>

namespace imapdesk {

// Where the account values sit in a list that starts with a header row
// (internal to app/accounts). -1 means "no such column".
struct ColumnLayout
{
    int user1 = -1;
    int password1 = -1;
    int user2 = -1;
    int password2 = -1;
    // password1 comes from a plain "password" column: a missing value is
    // reported as "missing password" rather than "missing password1".
    bool plainPassword = false;

    bool isValid() const { return user1 >= 0 && password1 >= 0; }
};

// Recognises header names case-insensitively, ignoring blanks, '_', '-' and
// '.', so "User Name", "user_name" and "USERNAME" are one name. Unknown
// columns are ignored; the result is invalid unless a user and a password
// column were found.
ColumnLayout columnLayoutFromHeader(const QStringList &names);

} // namespace imapdesk
