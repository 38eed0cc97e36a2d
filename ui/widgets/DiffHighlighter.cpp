#include "DiffHighlighter.h"

#include <QPalette>

namespace tkeci {

DiffHighlighter::DiffHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{ }

void DiffHighlighter::setPalette(const QPalette &palette)
{
    const auto mix = [&palette](QColor tint) {
        const QColor base = palette.color(QPalette::Base);
        const qreal a = base.lightnessF() < 0.5 ? 0.35 : 0.2; // dark themes need more
        return QColor::fromRgbF(base.redF() * (1 - a) + tint.redF() * a,
            base.greenF() * (1 - a) + tint.greenF() * a, base.blueF() * (1 - a) + tint.blueF() * a);
    };
    m_removed = QTextCharFormat();
    m_removed.setBackground(mix(QColor(0xd0, 0x20, 0x20)));
    m_added = QTextCharFormat();
    m_added.setBackground(mix(QColor(0x20, 0xa0, 0x40)));
    m_header = QTextCharFormat();
    m_header.setFontWeight(QFont::Bold);
    rehighlight();
}

void DiffHighlighter::highlightBlock(const QString &text)
{
    if (text.startsWith(QLatin1String("---")) || text.startsWith(QLatin1String("+++")))
        setFormat(0, int(text.size()), m_header);
    else if (text.startsWith(u'-'))
        setFormat(0, int(text.size()), m_removed);
    else if (text.startsWith(u'+'))
        setFormat(0, int(text.size()), m_added);
}

} // namespace tkeci
