#include "ui/progressdelegate.h"

#include "models/tableroles.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

#include <cmath>

namespace imapdesk {

namespace {

constexpr int BarSteps = 1000; // per mille: smooth enough for any column width
constexpr int Margin = 2;      // between the bar and the cell's edges
constexpr int TextPadding = 6; // around the text inside the bar

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

QStyleOptionProgressBar barOption(const QStyleOptionViewItem &option, const ProgressValue &value)
{
    QStyleOptionProgressBar bar;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.palette = option.palette;
    bar.fontMetrics = option.fontMetrics;
    bar.rect = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    bar.minimum = 0;
    bar.maximum = BarSteps; // never 0: that would be a busy bar, animated forever
    bar.progress = value.fraction < 0 ? 0 : int(std::lround(value.fraction * BarSteps));
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.text = option.fontMetrics.elidedText(value.text, Qt::ElideRight,
                                             bar.rect.width() - 2 * TextPadding);
    return bar;
}

} // namespace

ProgressDelegate::ProgressDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QVariant value = index.data(ProgressRole);
    if (!value.canConvert<ProgressValue>()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell itself first (selection, focus), without its text.
    QStyleOptionViewItem cell(option);
    initStyleOption(&cell, index);
    cell.text.clear();
    QStyle *style = styleOf(option);
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, option.widget);
    const ProgressValue progress = value.value<ProgressValue>();
    if (progress.fraction < 0 && progress.text.isEmpty())
        return; // not started: an empty cell, not an empty bar
    const QStyleOptionProgressBar bar = barOption(option, progress);
    painter->save();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
    painter->restore();
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const ProgressValue progress = index.data(ProgressRole).value<ProgressValue>();
    const int textWidth = option.fontMetrics.horizontalAdvance(progress.text);
    size.setWidth(std::max(size.width(), textWidth + 2 * (TextPadding + Margin)));
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 2 * Margin + 4));
    return size;
}

} // namespace imapdesk
