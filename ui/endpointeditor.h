#pragma once

#include "accounts/hostshortcuts.h"
#include "storage/jobstoretypes.h"
#include "util/hostport.h"

#include <QGroupBox>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;

namespace imapdesk {

// One side of a batch: host (short names expanded live with the host
// shortcuts, "host:port" accepted), port, security and provider preset, with
// a proposal of the preset when the host is recognised (Gmail, Microsoft 365,
// Exchange) and none is chosen.
class EndpointEditor final : public QGroupBox
{
    Q_OBJECT

public:
    enum class Side { Source = 1, Destination = 2 }; // imapsync's 1 and 2

    EndpointEditor(Side side, const HostShortcuts &shortcuts, QWidget *parent = nullptr);

    // The server as the batch will use it: host expanded, port 0 for the
    // default of the security mode. Meaningful only when problem() is empty.
    BatchEndpoint endpoint() const;
    // Why endpoint() cannot be used ("enter the host", a bad port...), or empty.
    QString problem() const;

    // Exchanges everything typed with `other` (source <-> destination).
    void swapWith(EndpointEditor &other);

    // The host field, which has the focus first.
    QWidget *firstField() const;

signals:
    void changed();

private:
    struct Input
    {
        QString host;
        QString port;
        int security = 0;
        int preset = 0;
    };

    void buildFields();
    void buildLayout();
    void refresh();
    void updateExpansion();
    void updateProposal();
    void applyProposedPreset();
    Input input() const;
    void setInput(const Input &input);
    QString portProblem(const HostPort &typed) const;
    QString expandedHost() const;
    Security security() const;
    ProviderPreset preset() const;

    Side m_side;
    HostShortcuts m_shortcuts;
    QLineEdit *m_host = nullptr;
    QLabel *m_expansion = nullptr;
    QLabel *m_hostProblem = nullptr;
    QFrame *m_proposal = nullptr;
    QLabel *m_proposalText = nullptr;
    QPushButton *m_applyPreset = nullptr;
    QLineEdit *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QComboBox *m_preset = nullptr;
};

} // namespace imapdesk
