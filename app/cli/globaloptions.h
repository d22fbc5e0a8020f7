#pragma once

#include <QString>

class QCommandLineParser;
class QProcessEnvironment;

namespace imapdesk {

struct DatabaseLocation;

// Options every verb (and the GUI) understands. Each can also come from an
// environment variable; the command line wins over the environment, which
// wins over the default.
struct GlobalOptions
{
    QString dataDirectory; // IMAPDESK_DATA_DIR, default: the platform's app data folder
    QString databaseUrl;   // IMAPDESK_DB, default: <data dir>/imapdesk.sqlite
    QString imapsyncPath;  // IMAPDESK_IMAPSYNC, default: looked up when a batch starts
    bool verbose = false;

    static void addTo(QCommandLineParser &parser);
    static GlobalOptions from(const QCommandLineParser &parser,
                              const QProcessEnvironment &environment);

    // The database to use; false with a message when --db/IMAPDESK_DB is bad.
    bool database(DatabaseLocation &location, QString &error) const;
};

} // namespace imapdesk
