#pragma once

#include "accounts/accountlistparser.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QMimeData;
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

    // Lets a dialog own the default domain field (one field, not two): the
    // panel's own field goes away and `field` drives the preview instead.
    void setDefaultDomainField(QLineEdit *field);
    // The dialog shows its own summary of what will be queued.
    void setSummaryVisible(bool visible);
    // Applies edits still waiting for the typing pause, so the list is current.
    void reparseNow();
    // Puts the sample account list (resources/samples) in the paste box to
    // show the format; Ctrl+Z brings back what was there.
    void loadSample();

    // The local file a drag carries, if it carries exactly one.
    static QString droppedFile(const QMimeData *mime);

signals:
    // The preview shows another list: edited, imported or re-read.
    void accountListChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    void importLater(const QString &path);
    void reparse();
    void showDomainValidity();
    void pastedTextEdited();
    AccountList parseImportedFile(QString *openError) const;
    void showList(const AccountList &list);
    bool askForLegacyEncoding(const AccountList &failed);
    AccountListParser::Options parserOptions() const;

    QFormLayout *m_form = nullptr;
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
