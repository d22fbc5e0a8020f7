#pragma once

#include "ui/settingspage.h"

class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QWidget;

namespace imapdesk {

class DatabasePasswordField;
struct DatabaseLocation;
struct DatabaseTestResult;

// The data folder and the history database: an SQLite file (the default) or
// a PostgreSQL server whose URL is composed from its fields and whose
// password goes to the system keyring, with a "Test connection" that opens
// it in the background.
class SettingsStoragePage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit SettingsStoragePage(QWidget *parent = nullptr);

    QString title() const override;
    void load(const Settings &settings) override;
    void apply(Settings &settings) const override;
    bool applyLater(std::function<void(const QString &message)> done) override;
    QString problem() const override;

private:
    QWidget *createDataFolderRow();
    QWidget *createDatabaseGroup();
    QWidget *createSqliteFields();
    QWidget *createPostgreSqlFields();
    QWidget *createTestRow();
    void loadPostgreSql(const DatabaseLocation &location);
    void browseDataFolder();
    void browseSqliteFile();
    void updateKind();
    void edited();
    void testConnection();
    void runTest(const DatabaseLocation &location, const QString &password);
    void showTestResult(const DatabaseTestResult &result);
    // What the fields say: "" for the default SQLite file, a path or a URL.
    QString composedUrl() const;
    // What apply() stores: the loaded URL while the fields are unchanged.
    QString appliedUrl() const;
    // The PostgreSQL server the fields name; false while they name none.
    bool postgreSqlLocation(DatabaseLocation *location) const;
    QString optionsProblem() const;
    QString effectiveDataDirectory() const;

    QLineEdit *m_dataFolder = nullptr;
    QRadioButton *m_sqlite = nullptr;
    QRadioButton *m_postgreSql = nullptr;
    QWidget *m_sqliteFields = nullptr;
    QWidget *m_postgreSqlFields = nullptr;
    QLineEdit *m_sqliteFile = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_databaseName = nullptr;
    QLineEdit *m_options = nullptr;
    DatabasePasswordField *m_password = nullptr;
    QPushButton *m_test = nullptr;
    SettingsStatus *m_status = nullptr;
    QString m_loadedUrl;      // as stored: kept when the fields were not changed
    QString m_loadedComposed; // what the fields composed right after load()
    int m_testRun = 0;
};

} // namespace imapdesk
