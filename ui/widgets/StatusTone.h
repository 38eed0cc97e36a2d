#pragma once

#include <QColor>

class QLabel;
class QPalette;

namespace tkeci {

/// What a status text says: the colour follows from it and from the palette in use.
enum class Tone { Neutral, Good, Warning, Bad };

/// A text colour for `tone` that reads on `palette`'s window and base colours: the hue is fixed
/// (green, amber, red), the lightness follows the theme, so a dark desktop gets light tones.
/// Neutral is the palette's own text colour.
QColor toneColor(const QPalette &palette, Tone tone);

/// Colours `label`'s text for `tone` through its palette (no style sheet, so fonts, padding
/// and a later theme stay the desktop's). Neutral gives the label back its inherited palette.
void setLabelTone(QLabel *label, Tone tone);

} // namespace tkeci
