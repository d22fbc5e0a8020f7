#include "ui/endpointeditor.h"

#include "ui/newbatchwidgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace imapdesk {

namespace {

constexpr quint16 SslPort = 993;
constexpr quint16 PlainPort = 143;

const ProviderPreset Presets[] = {ProviderPreset::None, ProviderPreset::Gmail,
                                  ProviderPreset::Office365, ProviderPreset::Exchange,
                                  ProviderPreset::Domino};

} // namespace

EndpointEditor::EndpointEditor(Side side, const HostShortcuts &shortcuts, QWidget *parent)
    : QGroupBox(parent)
    , m_side(side)
    , m_shortcuts(shortcuts)
{
    const bool source = side == Side::Source;
    setObjectName(source ? QStringLiteral("source") : QStringLiteral("destination"));
    setTitle(source ? tr("Source") : tr("Destination"));
    buildFields();
    buildLayout();
    connect(m_host, &QLineEdit::textChanged, this, &EndpointEditor::refresh);
    connect(m_port, &QLineEdit::textChanged, this, &EndpointEditor::refresh);
    connect(m_security, &QComboBox::currentIndexChanged, this, &EndpointEditor::refresh);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &EndpointEditor::refresh);
    connect(m_applyPreset, &QPushButton::clicked, this, &EndpointEditor::applyProposedPreset);
    refresh();
}

// Created in tab order: host, "Apply preset" right after it, port, security, preset.
void EndpointEditor::buildFields()
{
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("imap.example.com"));
    m_host->setToolTip(tr("Server name or address, optionally with :port. Short names are "
                          "completed by the host shortcuts of the settings."));
    m_expansion = createMessageLabel(QStringLiteral("hostExpansion"), MessageKind::Note, this);
    m_hostProblem = createMessageLabel(QStringLiteral("hostProblem"), MessageKind::Error, this);

    m_proposal = new QFrame(this);
    m_proposal->setObjectName(QStringLiteral("presetProposal"));
    m_proposal->setFrameShape(QFrame::StyledPanel);
    m_proposalText =
        createMessageLabel(QStringLiteral("presetProposalText"), MessageKind::Note, m_proposal);
    m_applyPreset = new QPushButton(tr("Apply preset"), m_proposal);
    m_applyPreset->setObjectName(QStringLiteral("applyPreset"));

    m_port = new QLineEdit(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setValidator(new QIntValidator(0, 65535, m_port));
    m_port->setToolTip(tr("Leave empty for the usual port of the security mode."));

    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("security"));
    m_security->addItem(tr("SSL/TLS"), int(Security::Ssl));
    m_security->addItem(tr("STARTTLS"), int(Security::StartTls));
    m_security->addItem(tr("None (unencrypted)"), int(Security::None));

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("preset"));
    for (const ProviderPreset preset : Presets) {
        m_preset->addItem(preset == ProviderPreset::None ? tr("None") : providerDisplayName(preset),
                          int(preset));
    }
    m_preset->setToolTip(tr("Adds imapsync's options for this provider (--gmail1, --office2...)."));
}

// Mnemonics differ per side so that every field of the dialog has its own.
void EndpointEditor::buildLayout()
{
    const bool source = m_side == Side::Source;
    auto *proposalLayout = new QHBoxLayout(m_proposal);
    proposalLayout->addWidget(m_proposalText, 1);
    proposalLayout->addWidget(m_applyPreset);

    auto *hostColumn = new QVBoxLayout;
    hostColumn->setContentsMargins(0, 0, 0, 0);
    hostColumn->addWidget(m_host);
    hostColumn->addWidget(m_expansion);
    hostColumn->addWidget(m_hostProblem);
    hostColumn->addWidget(m_proposal);

    auto *form = new QFormLayout(this);
    form->addRow(source ? tr("&Host:") : tr("H&ost:"), hostColumn);
    form->addRow(source ? tr("&Port:") : tr("Por&t:"), m_port);
    form->addRow(source ? tr("S&ecurity:") : tr("&Security:"), m_security);
    form->addRow(source ? tr("P&rovider preset:") : tr("Pro&vider preset:"), m_preset);
    // The label buddy of a layout row is not set by addRow().
    if (auto *hostLabel = qobject_cast<QLabel *>(form->labelForField(hostColumn)))
        hostLabel->setBuddy(m_host);
}

QWidget *EndpointEditor::firstField() const
{
    return m_host;
}

Security EndpointEditor::security() const
{
    return Security(m_security->currentData().toInt());
}

ProviderPreset EndpointEditor::preset() const
{
    return ProviderPreset(m_preset->currentData().toInt());
}

void EndpointEditor::refresh()
{
    m_port->setPlaceholderText(
        tr("%1 (default)").arg(security() == Security::Ssl ? SslPort : PlainPort));
    const QString hostText = m_host->text().trimmed();
    showMessage(m_hostProblem, hostText.isEmpty() ? QString() : problem());
    updateExpansion();
    updateProposal();
    emit changed();
}

// "SV01 → SV01.example.com": the technician sees what the shortcut made of it.
void EndpointEditor::updateExpansion()
{
    HostPort typed;
    QString error;
    const bool ok = parseHostPort(m_host->text(), &typed, &error);
    const QString expanded = ok ? m_shortcuts.expand(typed.host) : QString();
    showMessage(m_expansion,
                ok && expanded != typed.host ? tr("%1 → %2").arg(typed.host, expanded) : QString());
}

void EndpointEditor::updateProposal()
{
    const QString host = expandedHost();
    const ProviderPreset recognised = recognizeProvider(host);
    const bool propose = recognised != ProviderPreset::None && preset() == ProviderPreset::None;
    if (propose) {
        showMessage(m_proposalText, tr("%1 looks like %2: imapsync has a preset for it (%3).")
                                        .arg(host, providerDisplayName(recognised),
                                             presetOption(recognised, int(m_side))));
        m_applyPreset->setProperty("preset", int(recognised));
    }
    m_proposal->setVisible(propose);
}

void EndpointEditor::applyProposedPreset()
{
    const int index = m_preset->findData(m_applyPreset->property("preset"));
    if (index < 0)
        return;
    m_preset->setCurrentIndex(index);
    m_preset->setFocus(Qt::OtherFocusReason); // the button has just disappeared
}

QString EndpointEditor::expandedHost() const
{
    HostPort typed;
    QString error;
    if (!parseHostPort(m_host->text(), &typed, &error))
        return {};
    return m_shortcuts.expand(typed.host);
}

QString EndpointEditor::problem() const
{
    if (m_host->text().trimmed().isEmpty()) {
        return m_side == Side::Source ? tr("Enter the source server.")
                                      : tr("Enter the destination server.");
    }
    HostPort typed;
    QString error;
    if (!parseHostPort(m_host->text(), &typed, &error))
        return error;
    return portProblem(typed);
}

QString EndpointEditor::portProblem(const HostPort &typed) const
{
    if (m_port->text().isEmpty())
        return {};
    const uint port = m_port->text().toUInt();
    if (port > 65535)
        return tr("%1 is not a port number (1-65535).").arg(m_port->text());
    if (port != 0 && typed.port != 0 && port != typed.port) {
        return tr("Two different ports: %1 in the host field and %2 in the port field.")
            .arg(typed.port)
            .arg(port);
    }
    return {};
}

BatchEndpoint EndpointEditor::endpoint() const
{
    HostPort typed;
    QString error;
    parseHostPort(m_host->text(), &typed, &error);
    BatchEndpoint endpoint;
    endpoint.host = m_shortcuts.expand(typed.host);
    const uint port = m_port->text().toUInt();
    endpoint.port = port != 0 && port <= 65535 ? quint16(port) : typed.port;
    endpoint.security = security();
    endpoint.preset = preset();
    return endpoint;
}

EndpointEditor::Input EndpointEditor::input() const
{
    return {m_host->text(), m_port->text(), m_security->currentIndex(), m_preset->currentIndex()};
}

void EndpointEditor::setInput(const Input &input)
{
    m_host->setText(input.host);
    m_port->setText(input.port);
    m_security->setCurrentIndex(input.security);
    m_preset->setCurrentIndex(input.preset);
}

void EndpointEditor::swapWith(EndpointEditor &other)
{
    const Input mine = input();
    setInput(other.input());
    other.setInput(mine);
}

} // namespace imapdesk
