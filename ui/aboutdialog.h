#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QLabel;
class QVBoxLayout;

namespace imapdesk {

// Help > About: what a support ticket needs to know about this installation
// (ImapDesk, Qt, the operating system, the imapsync found, where the data
// lives), with a button that copies it as plain text.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Context
    {
        QString imapsyncPath;  // as configured; empty: next to ImapDesk, then PATH
        QString dataDirectory; // GlobalOptions::dataDirectory
        QString database;      // DatabaseLocation::displayName(): never a password
    };

    // Looks for imapsync and asks its version without blocking: the line
    // says "checking…" until imapsync answers.
    explicit AboutDialog(const Context &context, QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The facts shown, one per line, as the Copy button puts them on the clipboard.
    QString supportText() const;

private:
    QLabel *addFact(const QString &name, const QString &value);
    void createHeader();
    void createFacts(const Context &context);
    void createFooter();
    void findImapsync(const QString &configuredPath);
    void setImapsyncText(const QString &text);
    void copyToClipboard();

    QVBoxLayout *m_layout = nullptr;
    QList<QPair<QString, QLabel *>> m_facts; // name, value: in display order
    QLabel *m_imapsync = nullptr;
};

} // namespace imapdesk
