#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace tkeci {

/// A small YAML highlighter for when KSyntaxHighlighting is not available (Debian 12 ships it
/// for Qt 5 only). Same look as KSyntaxHighlighting's default themes: keys, strings, numbers
/// and booleans, comments, document markers, anchors. Colours follow a light or dark palette.
class YamlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit YamlHighlighter(QTextDocument *document);
    /// Picks the light or dark colour set and re-highlights.
    void setDark(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key, m_string, m_number, m_comment, m_marker, m_anchor;
};

} // namespace tkeci
