#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace tkeci {

/// A unified diff's lines: removed ones on a red tint, added ones on a green one, both mixed
/// into the palette's base colour so they read on light and dark themes alike; the file
/// headers in bold. Used by every diff the wizard shows (kube-controller-manager's manifest,
/// the cluster's objects before an apply).
class DiffHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit DiffHighlighter(QTextDocument *document);
    /// Re-derives the tints from `palette` (call it on QEvent::PaletteChange).
    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_removed, m_added, m_header;
};

} // namespace tkeci
