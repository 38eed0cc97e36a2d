#pragma once

#include <QString>

namespace tkeci {

/// Text from outside (a server's Status message, a pod's log, a node's command output) made
/// safe to print on a terminal or show in a widget: C0 and C1 control characters other than
/// newline and tab, DEL, and the Unicode bidi controls that reorder what is shown (U+202E
/// right-to-left override ...) are written as escapes (`\x1b`, `\u202e`), so no escape
/// sequence sets a title, clears a screen or overwrites a line, and no text pretends to be
/// another. Longer than `maxChars` characters, it is cut and says how much more there was.
QString safeText(const QString &text, qsizetype maxChars = 2000);

} // namespace tkeci
