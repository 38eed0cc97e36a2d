#pragma once

#include <QPlainTextEdit>

class QSyntaxHighlighter;

namespace tkeci {
class YamlHighlighting;

/// A YAML editor: monospace, no wrapping, line numbers in a gutter, and one line that can be
/// marked as the place of a parse error (red in the gutter and across the line).
class ManifestEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ManifestEditor(const YamlHighlighting &highlighting, QWidget *parent = nullptr);

    /// 1-based line to mark; 0 clears the mark.
    void setErrorLine(int line);
    int errorLine() const { return m_errorLine; }
    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void updateMarks();

    const YamlHighlighting &m_highlighting;
    QWidget *m_gutter = nullptr;
    QSyntaxHighlighter *m_highlighter = nullptr;
    int m_errorLine = 0;
};

} // namespace tkeci
