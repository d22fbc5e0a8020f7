#pragma once

#include <QStyledItemDelegate>

namespace imapdesk {

// Draws the ProgressRole of a cell (models/tableroles.h) as a progress bar
// with its text ("1,234/5,000") inside, through the widget's style: it follows
// the platform look and the light or dark palette. Cells without that role
// are drawn as usual.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ProgressDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace imapdesk
