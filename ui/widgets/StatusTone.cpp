#include "StatusTone.h"

#include <QLabel>
#include <QPalette>

namespace tkeci {

QColor toneColor(const QPalette &palette, Tone tone)
{
    if (tone == Tone::Neutral)
        return palette.color(QPalette::WindowText);
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    // Hues of a traffic light; lightness picked for a contrast of about 4.5:1 (WCAG AA) on a
    // light window (#efefef) and on a dark one (#2a2a2a).
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x6f, 0xcf, 0x8b) : QColor(0x1b, 0x6e, 0x35);
    case Tone::Warning:
        return dark ? QColor(0xf2, 0xc0, 0x5c) : QColor(0x8a, 0x5a, 0x00);
    case Tone::Bad:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    case Tone::Neutral:
        break;
    }
    return palette.color(QPalette::WindowText);
}

void setLabelTone(QLabel *label, Tone tone)
{
    if (tone == Tone::Neutral) {
        label->setPalette(QPalette()); // nothing resolved: inherits the parent's again
        return;
    }
    const QPalette inherited
        = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    QPalette p = inherited;
    p.setColor(QPalette::WindowText, toneColor(inherited, tone));
    label->setPalette(p);
}

} // namespace tkeci
