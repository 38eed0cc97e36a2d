// The YAML editor: highlighting (light and dark), line numbers, the error mark, large files.
#include "edit/ManifestEdits.h"
#include "editor/EditorFindBar.h"
#include "editor/ManifestEditor.h"
#include "editor/ManifestFileTab.h"
#include "editor/YamlHighlighting.h"
#include "profile/ProfileReader.h"
#include "render/ManifestRenderer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace tkeci;

namespace {

QTextCharFormat formatAt(const QTextDocument &doc, int line, int column)
{
    const QTextBlock block = doc.findBlockByNumber(line);
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (column >= r.start && column < r.start + r.length)
            return r.format;
    }
    return {};
}

} // namespace

class TestManifestEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void highlightsYaml()
    {
        YamlHighlighting highlighting;
        ManifestEditor editor(highlighting);
        editor.setPlainText(
            QStringLiteral("---\n# a comment\nkind: ConfigMap\ndata:\n  port: 4240\n"
                           "  quoted: \"a # not a comment\"\n  - enabled: true\n"));
        const QTextDocument &doc = *editor.document();
        const QColor key = formatAt(doc, 2, 0).foreground().color();
        QVERIFY(formatAt(doc, 2, 0).fontWeight() == QFont::Bold);
        QVERIFY(formatAt(doc, 1, 3).fontItalic()); // comment
        QVERIFY(formatAt(doc, 4, 9).foreground().color() != key); // number
        QVERIFY(!formatAt(doc, 5, 14).fontItalic()); // the # inside quotes is no comment
        QVERIFY(formatAt(doc, 0, 0).fontWeight() == QFont::Bold); // document marker
        QVERIFY(formatAt(doc, 6, 4).fontWeight() == QFont::Bold); // key after "- "

        // A dark palette switches to the dark colour set at once.
        QPalette dark = editor.palette();
        dark.setColor(QPalette::Base, QColor(0x23, 0x26, 0x29));
        dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
        editor.setPalette(dark);
        QApplication::processEvents();
        QVERIFY(formatAt(doc, 2, 0).foreground().color() != key);
    }

    /// Find and go to line from the keyboard, in a bar under the editor (no dialog).
    void findBarFindsAndGoesToLine()
    {
        YamlHighlighting highlighting;
        ManifestEdits edits;
        edits.setGenerated(renderManifests(defaultProfile().plan).manifests);
        ManifestFileTab tab(edits, highlighting, QStringLiteral("cilium"));
        tab.resize(900, 600);
        tab.show();
        tab.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&tab));
        ManifestEditor *editor = tab.editor();
        EditorFindBar *bar = tab.findBar();
        QVERIFY(!bar->isVisible());
        const QString text = editor->toPlainText();
        const QString needle = QStringLiteral("kind:");
        QList<int> at;
        for (qsizetype i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1))
            at.append(int(i));
        QVERIFY2(at.size() >= 3, qPrintable(text.left(500)));
        const auto matchStart = [editor] { return editor->textCursor().selectionStart(); };

        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QVERIFY(bar->findField()->hasFocus());
        QTest::keyClicks(bar->findField(), needle); // found as it is typed
        QCOMPARE(editor->textCursor().selectedText(), needle);
        QCOMPARE(matchStart(), at[0]);
        QTest::keyClick(bar->findField(), Qt::Key_Return);
        QCOMPARE(matchStart(), at[1]);
        editor->setFocus(); // F3 and Shift+F3 work from the editor too
        QTest::keyClick(editor, Qt::Key_F3);
        QCOMPARE(matchStart(), at[2]);
        QTest::keyClick(editor, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(matchStart(), at[1]);
        QTest::keyClick(editor, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(matchStart(), at[0]);
        QTest::keyClick(editor, Qt::Key_F3, Qt::ShiftModifier); // wraps to the last one
        QCOMPARE(matchStart(), at.last());
        QCOMPARE(bar->statusLabel()->text(), QStringLiteral("Search wrapped around"));

        bar->findField()->setText(QStringLiteral("no-such-text-anywhere"));
        QVERIFY(!bar->findNext());
        QCOMPARE(bar->statusLabel()->text(), QStringLiteral("Not found"));
        QCOMPARE(matchStart(), at.last()); // the cursor stays where it was
        bar->findField()->setFocus();
        QTest::keyClick(bar->findField(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QVERIFY(editor->hasFocus());

        QTest::keyClick(editor, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QVERIFY(bar->lineField()->hasFocus());
        QTest::keyClicks(bar->lineField(), QStringLiteral("5"));
        QTest::keyClick(bar->lineField(), Qt::Key_Return);
        QCOMPARE(editor->textCursor().blockNumber(), 4);
        QCOMPARE(editor->textCursor().positionInBlock(), 0);
        QVERIFY(editor->hasFocus());
        QTest::keyClick(editor, Qt::Key_G, Qt::ControlModifier);
        QVERIFY(bar->lineField()->hasFocus());
        QCOMPARE(bar->lineField()->value(), 5); // starts at the cursor's line
        QCOMPARE(bar->lineField()->maximum(), editor->document()->blockCount());
    }

    void marksTheErrorLine()
    {
        YamlHighlighting highlighting;
        ManifestEditor editor(highlighting);
        editor.setPlainText(QStringLiteral("a: 1\nb: [\nc: 3\n"));
        QVERIFY(editor.extraSelections().isEmpty());
        editor.setErrorLine(2);
        QCOMPARE(editor.extraSelections().size(), 1);
        QCOMPARE(editor.extraSelections().first().cursor.blockNumber(), 1);
        editor.setErrorLine(0);
        QVERIFY(editor.extraSelections().isEmpty());
        QVERIFY(editor.lineNumberAreaWidth() > 0);
    }

    void largeManifestStaysFluid()
    {
        // ~20,000 lines: the rendered Cilium manifest repeated.
        const QByteArray cilium
            = renderManifests(defaultProfile().plan).manifests.file(QStringLiteral("cilium"))->yaml;
        QByteArray big;
        while (big.count('\n') < 20000)
            big += cilium + "---\n";
        YamlHighlighting highlighting;
        ManifestEditor editor(highlighting);
        editor.resize(800, 600);
        editor.show();
        QElapsedTimer timer;
        timer.start();
        editor.setPlainText(QString::fromUtf8(big));
        QApplication::processEvents();
        const qint64 load = timer.elapsed();
        timer.restart();
        QTextCursor c(editor.document()->findBlockByNumber(10000));
        editor.setTextCursor(c);
        for (int i = 0; i < 20; ++i)
            QTest::keyClick(&editor, Qt::Key_X);
        QApplication::processEvents();
        const qint64 typing = timer.elapsed();
        qInfo("%d lines: set+highlight %lld ms; 20 keystrokes %lld ms", int(editor.blockCount()),
            load, typing);
        QVERIFY(editor.blockCount() >= 20000);
        QVERIFY2(typing < 2000, "typing in a large manifest must stay fluid");
    }
};

QTEST_MAIN(TestManifestEditor)
#include "tst_manifesteditor.moc"
