// The icons load from the embedded resources through the SVG plugin, in both
// palettes, and the About dialog tells the versions a support ticket needs.

#include "ui/aboutdialog.h"
#include "ui/icons.h"
#include "version.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPair>
#include <QPalette>
#include <QPixmap>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using imapdesk::AboutDialog;
using imapdesk::IconId;
using imapdesk::JobState;

Q_DECLARE_METATYPE(IconId)
Q_DECLARE_METATYPE(JobState)

namespace {

const QString Fixtures = QStringLiteral(IMAPDESK_TEST_FIXTURES);

// Share of the pixels that are at least half opaque.
double coverage(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    int opaque = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            opaque += qAlpha(image.pixel(x, y)) >= 128 ? 1 : 0;
    return double(opaque) / (image.width() * image.height());
}

// Mean lightness of the visible pixels: tells the light set from the dark one.
int meanLightness(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) == 255) {
                sum += QColor(pixel).lightness();
                ++count;
            }
        }
    }
    return count ? int(sum / count) : -1;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    return palette;
}

QString imapsyncText(const AboutDialog &dialog)
{
    const auto *label = dialog.findChild<QLabel *>(QStringLiteral("imapsyncValue"));
    return label ? label->text() : QStringLiteral("<no imapsyncValue label>");
}

AboutDialog::Context aboutContext(const QString &imapsync)
{
    return {imapsync, QStringLiteral("/srv/imapdesk-data"),
            QStringLiteral("postgresql://helpdesk@db.example.com:5432/imapdesk")};
}

} // namespace

class TestIcons final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyIconRenders_data();
    void everyIconRenders();
    void darkPaletteHasLighterActionIcons();
    void stateIcons_data();
    void stateIcons();
    void applicationIconHasPngRenders();
    void refreshIconsFollowsThePalette();
    void aboutShowsVersions();
    void aboutFindsFakeImapsync();
    void aboutSaysWhenImapsyncIsMissing();
    void aboutSaysWhenTheVersionIsUnreadable();

private:
    QPalette m_original;
};

void TestIcons::init()
{
    m_original = QApplication::palette();
}

void TestIcons::cleanup()
{
    QApplication::setPalette(m_original);
}

void TestIcons::everyIconRenders_data()
{
    QTest::addColumn<IconId>("id");
    QTest::addColumn<bool>("dark");
    for (const IconId id : imapdesk::allIconIds()) {
        const QString name = QFileInfo(imapdesk::iconResourcePath(id, false)).completeBaseName();
        QTest::addRow("%s light", qPrintable(name)) << id << false;
        QTest::addRow("%s dark", qPrintable(name)) << id << true;
    }
}

void TestIcons::everyIconRenders()
{
    QFETCH(IconId, id);
    QFETCH(bool, dark);
    if (dark)
        QApplication::setPalette(darkPalette());
    QCOMPARE(imapdesk::isDarkPalette(QApplication::palette()), dark);
    QVERIFY2(QFile::exists(imapdesk::iconResourcePath(id, dark)),
             qPrintable(imapdesk::iconResourcePath(id, dark)));

    const QIcon icon = imapdesk::icon(id);
    QVERIFY(!icon.isNull());
    // 16 and 64 px, and 16 px on a screen scaled by 2 (drawn from the SVG, not scaled up).
    const QList<QPair<int, qreal>> renders{{16, 1.0}, {64, 1.0}, {16, 2.0}};
    for (const auto &[size, ratio] : renders) {
        const QPixmap pixmap = icon.pixmap(QSize(size, size), ratio);
        QCOMPARE(pixmap.size(), QSize(size, size) * ratio);
        const double covered = coverage(pixmap);
        QVERIFY2(covered > 0.05, qPrintable(QStringLiteral("%1 px at %2x: only %3 % opaque")
                                                .arg(size)
                                                .arg(ratio)
                                                .arg(covered * 100, 0, 'f', 1)));
    }
}

void TestIcons::darkPaletteHasLighterActionIcons()
{
    const QList<IconId> actions{IconId::CreateBatch, IconId::Start, IconId::Find, IconId::Settings};
    for (const IconId id : actions) {
        QApplication::setPalette(m_original);
        const int light = meanLightness(imapdesk::icon(id).pixmap(QSize(64, 64), 1.0));
        QApplication::setPalette(darkPalette());
        const int dark = meanLightness(imapdesk::icon(id).pixmap(QSize(64, 64), 1.0));
        QVERIFY2(dark > light + 60,
                 qPrintable(QStringLiteral("%1: lightness %2 on light, %3 on dark")
                                .arg(int(id))
                                .arg(light)
                                .arg(dark)));
    }
}

void TestIcons::stateIcons_data()
{
    QTest::addColumn<JobState>("state");
    QTest::addColumn<bool>("spamOnly");
    QTest::addColumn<IconId>("expected");
    QTest::newRow("queued") << JobState::Queued << false << IconId::StateQueued;
    QTest::newRow("waiting") << JobState::Waiting << false << IconId::StateWaiting;
    QTest::newRow("running") << JobState::Running << false << IconId::StateRunning;
    QTest::newRow("succeeded") << JobState::Succeeded << false << IconId::StateSucceeded;
    QTest::newRow("spam not synced")
        << JobState::Succeeded << true << IconId::StateSucceededWithWarning;
    QTest::newRow("failed") << JobState::Failed << false << IconId::StateFailed;
    QTest::newRow("failed, spam flag ignored") << JobState::Failed << true << IconId::StateFailed;
    QTest::newRow("cancelled") << JobState::Cancelled << false << IconId::StateCancelled;
    QTest::newRow("interrupted") << JobState::Interrupted << false << IconId::StateInterrupted;
}

void TestIcons::stateIcons()
{
    QFETCH(JobState, state);
    QFETCH(bool, spamOnly);
    QFETCH(IconId, expected);
    QCOMPARE(imapdesk::stateIconId(state, spamOnly), expected);
    const QIcon icon = imapdesk::stateIcon(state, spamOnly);
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.cacheKey(), imapdesk::icon(expected).cacheKey()); // cached, not re-parsed
    QVERIFY(coverage(icon.pixmap(QSize(16, 16), 1.0)) > 0.5);       // a filled badge
    QVERIFY(coverage(icon.pixmap(QSize(64, 64), 1.0)) > 0.5);
}

void TestIcons::applicationIconHasPngRenders()
{
    for (const int size : {16, 32, 48, 64, 128, 256}) {
        const QString path =
            QStringLiteral(":/icons/hicolor/%1x%1/apps/org.imapdesk.ImapDesk.png").arg(size);
        const QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY(coverage(QPixmap::fromImage(image)) > 0.5);
    }
}

void TestIcons::refreshIconsFollowsThePalette()
{
    QObject window;
    auto *action = new QAction(&window);
    imapdesk::setIcon(action, IconId::Find);
    QCOMPARE(action->icon().cacheKey(), imapdesk::icon(IconId::Find).cacheKey());
    const qint64 lightKey = action->icon().cacheKey();

    QApplication::setPalette(darkPalette());
    imapdesk::refreshIcons(&window);
    QCOMPARE(action->icon().cacheKey(), imapdesk::icon(IconId::Find).cacheKey());
    QVERIFY(action->icon().cacheKey() != lightKey);

    auto *plain = new QAction(&window); // no id: left alone
    imapdesk::refreshIcons(&window);
    QVERIFY(plain->icon().isNull());
}

void TestIcons::aboutShowsVersions() // and is destroyed while the probe runs
{
    AboutDialog dialog(aboutContext(Fixtures + QStringLiteral("/fake-imapsync")));
    const auto *version = dialog.findChild<QLabel *>(QStringLiteral("versionLabel"));
    QVERIFY(version);
    QCOMPARE(version->text(), QStringLiteral("ImapDesk " IMAPDESK_VERSION));
    QVERIFY(!dialog.windowIcon().isNull());

    const QString text = dialog.supportText();
    QVERIFY2(text.startsWith(QStringLiteral("ImapDesk " IMAPDESK_VERSION "\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(QT_VERSION_STR)), qPrintable(text));
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
    QVERIFY2(text.contains(QDir::toNativeSeparators(QStringLiteral("/srv/imapdesk-data"))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("postgresql://helpdesk@db.example.com:5432/imapdesk")),
             qPrintable(text));
}

void TestIcons::aboutFindsFakeImapsync()
{
    const QString fake = Fixtures + QStringLiteral("/fake-imapsync");
    AboutDialog dialog(aboutContext(fake));
    dialog.show();
    QCOMPARE(imapsyncText(dialog), QStringLiteral("checking…"));
    QTRY_VERIFY2(imapsyncText(dialog).contains(QStringLiteral("2.229")),
                 qPrintable(imapsyncText(dialog)));
    QVERIFY(imapsyncText(dialog).contains(
        QDir::toNativeSeparators(QFileInfo(fake).absoluteFilePath())));

    auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyButton"));
    QVERIFY(copy);
    QApplication::clipboard()->clear();
    copy->click();
    const QString copied = QApplication::clipboard()->text();
    QCOMPARE(copied, dialog.supportText());
    QVERIFY2(copied.contains(QStringLiteral("2.229")), qPrintable(copied));
}

void TestIcons::aboutSaysWhenImapsyncIsMissing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AboutDialog dialog(aboutContext(dir.filePath(QStringLiteral("imapsync"))));
    QVERIFY2(imapsyncText(dialog).startsWith(QStringLiteral("not found: ")),
             qPrintable(imapsyncText(dialog)));
    QVERIFY(imapsyncText(dialog).contains(QStringLiteral("does not exist")));
}

void TestIcons::aboutSaysWhenTheVersionIsUnreadable()
{
#ifdef Q_OS_WIN
    QSKIP("needs a shell script standing in for imapsync");
#endif
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString program = dir.filePath(QStringLiteral("imapsync"));
    QFile script(program);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho 'not imapsync'\n");
    script.close();
    QVERIFY(script.setPermissions(script.permissions() | QFileDevice::ExeOwner));

    AboutDialog dialog(aboutContext(program));
    QTRY_VERIFY2(imapsyncText(dialog).contains(QStringLiteral("version unknown")),
                 qPrintable(imapsyncText(dialog)));
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
