#pragma once

#include "accounts/accountlistparser.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QTimer;

namespace imapdesk {

class AccountPreviewModel;

// Paste box (or imported file) on top, live preview of every parsed line
// below: accepted accounts with masked passwords, rejected lines with their
// reason, duplicates. Parsing happens in the core; this only shows it.
class AccountListPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AccountListPanel(QWidget *parent = nullptr);

    // Loads a file into the preview. Asks before reading a non-UTF-8 file as
    // Windows-1252. Returns false (after telling the user) when it cannot.
    bool importFile(const QString &path);

    const AccountList &accountList() const;

private:
    void buildLayout();
    void reparse();
    void pastedTextEdited();
    AccountList parseImportedFile(QString *openError) const;
    void showList(const AccountList &list);
    bool askForLegacyEncoding(const AccountList &failed);
    AccountListParser::Options parserOptions() const;

    QLineEdit *m_defaultDomain = nullptr;
    QPlainTextEdit *m_pasteBox = nullptr;
    QTableView *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QTimer *m_reparseTimer = nullptr;
    AccountPreviewModel *m_model = nullptr;
    // The file the preview shows, if any: re-read when the default domain
    // changes; forgotten as soon as the user types in the paste box.
    QString m_importedPath;
    AccountListEncoding m_importedEncoding = AccountListEncoding::Utf8;
};

} // namespace imapdesk
