#include "ui/settingspage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace imapdesk {

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent)
{}

bool SettingsPage::applyLater(std::function<void(const QString &)> /*done*/)
{
    return false;
}

SettingsStatus::SettingsStatus(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    clear();
}

void SettingsStatus::setStatus(State state, const QString &text)
{
    m_state = state;
    m_text->setText(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    if (state == State::Busy)
        pixmap = QStyle::SP_BrowserReload;
    else if (state == State::Success)
        pixmap = QStyle::SP_DialogApplyButton;
    else if (state == State::Failure)
        pixmap = QStyle::SP_MessageBoxWarning;
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    m_icon->setVisible(state != State::None);
    setVisible(state != State::None);
}

QString SettingsStatus::text() const
{
    return m_text->text();
}

QLabel *settingsNote(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText); // dimmed, in light and dark palettes
    return label;
}

} // namespace imapdesk
