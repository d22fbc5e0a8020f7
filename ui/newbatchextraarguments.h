#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace imapdesk {

// The extra imapsync arguments of a batch, validated as they are typed with
// the command builder's own checks (parseExtraArguments): errors, which name
// the option and forbid the batch, and warnings, which only inform.
class ExtraArgumentsField final : public QWidget
{
    Q_OBJECT

public:
    explicit ExtraArgumentsField(QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QStringList arguments() const { return m_arguments; }
    bool hasErrors() const { return m_hasErrors; }

signals:
    void changed();

private:
    void validate();

    QLineEdit *m_edit = nullptr;
    QLabel *m_errors = nullptr;
    QLabel *m_warnings = nullptr;
    QStringList m_arguments;
    bool m_hasErrors = false;
};

} // namespace imapdesk
