#pragma once

class QLabel;
class QString;
class QWidget;

namespace imapdesk {

// Small pieces the new-batch dialog and its endpoint editors share.

enum class MessageKind { Error, Warning, Note };

// A word-wrapped plain-text label for a message under a field, coloured by
// kind in a way that reads on light and dark palettes; hidden until it has text.
QLabel *createMessageLabel(const QString &objectName, MessageKind kind, QWidget *parent);

// Sets the text and shows the label only when there is something to say.
void showMessage(QLabel *label, const QString &text);

} // namespace imapdesk
