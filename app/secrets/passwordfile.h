#pragma once

#include <QString>

#include <memory>

class QTemporaryFile;

namespace imapdesk {

// One password on the first line of a private temporary file, for imapsync's
// --passfile1/--passfile2 when the password cannot travel in the environment
// (empty or "0", see needsPassfile()). Create it just before the process
// starts and drop it when the process has ended.
//
// Protection: on Unix the file is created with mode 0600 from the start (no
// window with wider rights, whatever the umask). On Windows QFile permissions
// only toggle the read-only flag; the file is protected by the ACL it inherits
// from its folder, so put it under the user's profile (the job's run folder in
// the app data directory, or the user's temp folder), never in a shared one.
// Never put it in the log folder: logs get zipped, copied and attached to tickets.
class PasswordFile final
{
public:
    PasswordFile();
    ~PasswordFile(); // remove()
    PasswordFile(const PasswordFile &) = delete;
    PasswordFile &operator=(const PasswordFile &) = delete;

    // Creates the file in directory, which must exist, holding password and a
    // newline. Refuses a password with a line break (imapsync reads the first
    // line only). On failure errorString() says why; it never has the password.
    bool create(const QString &directory, const QString &password);
    bool exists() const { return m_file != nullptr; }
    QString fileName() const; // absolute, for --passfile1/2
    QString errorString() const { return m_error; }

    // Overwrites the content, then deletes the file. Safe to call again.
    void remove();

    // Removes the password files a crashed run left in directory; returns how many.
    static int removeLeftovers(const QString &directory);
    // Creates directory (and its parents) and keeps it to its owner (0700 on Unix).
    static bool makePrivateDirectory(const QString &directory, QString *error);

private:
    std::unique_ptr<QTemporaryFile> m_file;
    QString m_error;
};

} // namespace imapdesk
