#include "ui/passwordsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace imapdesk {

namespace {

const int MinimumWidthInCharacters = 60; // two long addresses side by side with their labels

QLabel *plainLabel(const QString &text, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // user names are not markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

PasswordsDialog::PasswordsDialog(const PasswordsRequest &request, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("passwordsDialog"));
    setWindowTitle(tr("Enter Passwords"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = plainLabel(tr("The passwords of this job are not in the keychain of this "
                                "computer. Enter them again; the job is then queued."),
                             QStringLiteral("intro"), this);
    layout->addWidget(intro);
    if (request.count > 1) {
        layout->addWidget(plainLabel(tr("Job %1 of %2").arg(request.position).arg(request.count),
                                     QStringLiteral("position"), this));
    }

    auto *form = new QFormLayout;
    //: A mailbox and its server: "alice@example.com on imap.example.com"
    const QString onHost = tr("%1 on %2");
    form->addRow(tr("Source:"), plainLabel(onHost.arg(request.user1, request.host1),
                                           QStringLiteral("source"), this));
    m_password1 = addPasswordField(QStringLiteral("password1"));
    form->addRow(tr("Source &password:"), m_password1);
    form->addRow(tr("Destination:"), plainLabel(onHost.arg(request.user2, request.host2),
                                                QStringLiteral("destination"), this));
    m_password2 = addPasswordField(QStringLiteral("password2"));
    form->addRow(tr("Destination pass&word:"), m_password2);
    m_show = new QCheckBox(tr("S&how passwords"), this);
    m_show->setObjectName(QStringLiteral("showPasswords"));
    connect(m_show, &QCheckBox::toggled, this, &PasswordsDialog::setPasswordsVisible);
    form->addRow(QString(), m_show);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Ok);
    m_save->setObjectName(QStringLiteral("savePasswords"));
    m_save->setText(tr("&Save"));
    QPushButton *stop = buttons->button(QDialogButtonBox::Cancel);
    stop->setObjectName(QStringLiteral("stopAsking"));
    if (request.count > 1) {
        stop->setText(tr("S&top"));
        stop->setToolTip(tr("Do not ask for the passwords of the remaining jobs"));
        QPushButton *skip = buttons->addButton(tr("S&kip This Job"), QDialogButtonBox::ActionRole);
        skip->setObjectName(QStringLiteral("skipJob"));
        connect(skip, &QPushButton::clicked, this, [this] { done(Skipped); });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    updateSaveButton();
    setMinimumWidth(fontMetrics().averageCharWidth() * MinimumWidthInCharacters);
}

PasswordsDialog::~PasswordsDialog() = default;

JobCredentials PasswordsDialog::credentials() const
{
    return JobCredentials{m_password1->text(), m_password2->text()};
}

QLineEdit *PasswordsDialog::addPasswordField(const QString &name)
{
    auto *field = new QLineEdit(this);
    field->setObjectName(name);
    field->setEchoMode(QLineEdit::Password);
    connect(field, &QLineEdit::textChanged, this, &PasswordsDialog::updateSaveButton);
    return field;
}

void PasswordsDialog::setPasswordsVisible(bool visible)
{
    const QLineEdit::EchoMode mode = visible ? QLineEdit::Normal : QLineEdit::Password;
    m_password1->setEchoMode(mode);
    m_password2->setEchoMode(mode);
}

// An empty field is far more often a slip than an empty password: one Enter
// too early would save it and the job would fail to log in.
void PasswordsDialog::updateSaveButton()
{
    m_save->setEnabled(!m_password1->text().isEmpty() && !m_password2->text().isEmpty());
}

} // namespace imapdesk
