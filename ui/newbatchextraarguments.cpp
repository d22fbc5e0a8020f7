#include "ui/newbatchextraarguments.h"

#include "imapsync/extraarguments.h"
#include "ui/newbatchwidgets.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace imapdesk {

namespace {

QString joinMessages(const QList<ArgumentIssue> &issues)
{
    QStringList messages;
    for (const ArgumentIssue &issue : issues)
        messages.append(issue.message);
    return messages.join(QLatin1Char('\n'));
}

} // namespace

ExtraArgumentsField::ExtraArgumentsField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
{
    m_edit->setObjectName(QStringLiteral("extraArguments"));
    m_edit->setPlaceholderText(tr("e.g. --automap --exclude '^Trash'"));
    m_edit->setToolTip(tr("Added to every imapsync run of the batch, quoted as in a shell. "
                          "Passwords, log files and servers are set by ImapDesk."));
    m_errors = createMessageLabel(QStringLiteral("extraArgumentsErrors"), MessageKind::Error, this);
    m_warnings =
        createMessageLabel(QStringLiteral("extraArgumentsWarnings"), MessageKind::Warning, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_errors);
    layout->addWidget(m_warnings);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &ExtraArgumentsField::validate);
}

void ExtraArgumentsField::validate()
{
    const ExtraArgumentsResult result = parseExtraArguments(m_edit->text());
    m_arguments = result.arguments;
    m_hasErrors = !result.ok();
    showMessage(m_errors, joinMessages(result.errors));
    showMessage(m_warnings, joinMessages(result.warnings));
    emit changed();
}

} // namespace imapdesk
