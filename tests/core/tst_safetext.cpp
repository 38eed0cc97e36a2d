// Text from servers and nodes made safe for a terminal: escapes for controls and bidi
// overrides, line structure kept, long texts cut with the count of what was left out.
#include "text/SafeText.h"

#include <QTest>

using namespace tkeci;

class TestSafeText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapes_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain, newline and tab kept")
            << QStringLiteral("a b\n\tc 中文") << QStringLiteral("a b\n\tc 中文");
        QTest::newRow("title change")
            << QStringLiteral("x\x1b]0;owned\x07y") << QStringLiteral("x\\x1b]0;owned\\x07y");
        QTest::newRow("screen clear") << QStringLiteral("\x1b[2J") << QStringLiteral("\\x1b[2J");
        QTest::newRow("carriage return overwrites")
            << QStringLiteral("denied\rallowed") << QStringLiteral("denied\\x0dallowed");
        QTest::newRow("DEL and C1 CSI")
            << QStringLiteral("a\x7f") + QChar(0x9b) << QStringLiteral("a\\x7f\\x9b");
        QTest::newRow("right-to-left override") << QStringLiteral("file") + QChar(0x202e)
                + QStringLiteral("gpj.exe") << QStringLiteral("file\\u202egpj.exe");
        QTest::newRow("isolate") << QString(QChar(0x2067)) << QStringLiteral("\\u2067");
        QTest::newRow("NUL") << QString(QChar(0)) << QStringLiteral("\\x00");
    }

    void escapes()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(safeText(in), out);
    }

    void longTextIsCut()
    {
        const QString big(10 * 1024 * 1024, u'm');
        const QString cut = safeText(big, 2000);
        QVERIFY(cut.startsWith(QString(2000, u'm')));
        QVERIFY2(cut.endsWith(QStringLiteral("… (10483760 characters more)")),
            qPrintable(cut.right(60)));
        QCOMPARE(safeText(QStringLiteral("short"), 2000), QStringLiteral("short"));
    }
};

QTEST_GUILESS_MAIN(TestSafeText)
#include "tst_safetext.moc"
