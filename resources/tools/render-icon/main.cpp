// render-icon SVG OUTPUT-PATTERN SIZE...
// Renders SVG at each SIZE (square, antialiased, transparent background) to
// OUTPUT-PATTERN with %1 replaced by the size, e.g. "hicolor/%1x%1/apps/x.png".

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: render-icon SVG OUTPUT-PATTERN SIZE...\n");
        return 2;
    }
    QSvgRenderer renderer(args[1]);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "render-icon: cannot read %s\n", qPrintable(args[1]));
        return 1;
    }
    for (const QString &sizeText : args.mid(3)) {
        const int size = sizeText.toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString output = QString(args[2]).replace(QStringLiteral("%1"), sizeText);
        if (!image.save(output, "PNG", 9)) {
            std::fprintf(stderr, "render-icon: cannot write %s\n", qPrintable(output));
            return 1;
        }
        std::printf("%s\n", qPrintable(output));
    }
    return 0;
}
