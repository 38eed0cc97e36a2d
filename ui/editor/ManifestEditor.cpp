#include "ManifestEditor.h"

#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QTextBlock>

#include "YamlHighlighting.h"

namespace tkeci {
namespace {

class Gutter : public QWidget
{
public:
    explicit Gutter(ManifestEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    { }
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    ManifestEditor *m_editor;
};

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

ManifestEditor::ManifestEditor(const YamlHighlighting &highlighting, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighting(highlighting)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true); // YAML is indented with spaces; Tab keeps moving focus
    m_gutter = new Gutter(this);
    m_highlighter = m_highlighting.attach(document(), palette());
    applyPalette();
    connect(this, &QPlainTextEdit::blockCountChanged, this,
        [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void ManifestEditor::applyPalette()
{
    m_highlighting.applyPalette(m_highlighter, palette());
    updateMarks();
}

void ManifestEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QPlainTextEdit::changeEvent(event);
}

int ManifestEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 12 + fontMetrics().horizontalAdvance(u'9') * std::max(3, digits);
}

void ManifestEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void ManifestEditor::setErrorLine(int line)
{
    if (line == m_errorLine)
        return;
    m_errorLine = line;
    updateMarks();
    m_gutter->update();
}

void ManifestEditor::updateMarks()
{
    QList<QTextEdit::ExtraSelection> marks;
    if (m_errorLine > 0) {
        QTextEdit::ExtraSelection mark;
        mark.format.setBackground(QColor(211, 47, 47, isDark(palette()) ? 110 : 60));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.cursor = QTextCursor(document()->findBlockByNumber(m_errorLine - 1));
        marks.append(mark);
    }
    setExtraSelections(marks);
}

void ManifestEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber() + 1;
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const bool error = number == m_errorLine;
            if (error)
                painter.fillRect(0, top, m_gutter->width(), height, QColor(211, 47, 47));
            painter.setPen(error ? QColor(Qt::white) : palette().color(QPalette::PlaceholderText));
            painter.drawText(
                0, top, m_gutter->width() - 6, lineHeight, Qt::AlignRight, QString::number(number));
        }
        block = block.next();
        top += height;
        ++number;
    }
}

} // namespace tkeci
