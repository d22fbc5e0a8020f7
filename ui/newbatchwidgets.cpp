#include "ui/newbatchwidgets.h"

#include <QColor>
#include <QLabel>
#include <QPalette>
#include <QString>

namespace imapdesk {

namespace {

// The palette has no "error" role: pick a red or amber that keeps its
// contrast whether the system palette is light or dark.
QColor messageColor(MessageKind kind, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (kind) {
    case MessageKind::Error:
        return dark ? QColor(255, 128, 128) : QColor(176, 0, 32);
    case MessageKind::Warning:
        return dark ? QColor(255, 200, 90) : QColor(140, 80, 0);
    case MessageKind::Note:
        break;
    }
    return palette.color(QPalette::WindowText);
}

} // namespace

QLabel *createMessageLabel(const QString &objectName, MessageKind kind, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // messages quote what the user typed
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, messageColor(kind, palette));
    label->setPalette(palette);
    label->hide();
    return label;
}

void showMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace imapdesk
