#include "text/SafeText.h"

#include <QCoreApplication>

namespace tkeci {
namespace {

bool isBidiControl(char16_t c)
{
    // ALM, LRM, RLM, the embeddings and overrides (LRE..RLO), the isolates (LRI..PDI).
    return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
}

bool isControl(char16_t c)
{
    return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f);
}

} // namespace

QString safeText(const QString &text, qsizetype maxChars)
{
    const qsizetype kept = std::min(text.size(), maxChars);
    QString out;
    out.reserve(kept + 16);
    for (qsizetype i = 0; i < kept; ++i) {
        const char16_t c = text.at(i).unicode();
        if (isControl(c))
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else if (isBidiControl(c))
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += QChar(c);
    }
    if (text.size() > kept) {
        // Counted apart: lupdate's parser loops on a template call inside translate().
        const qsizetype more = text.size() - kept;
        const int count = more > INT_MAX ? INT_MAX : int(more);
        out += QCoreApplication::translate(
            "tkeci::SafeText", "… (%n characters more)", nullptr, count);
    }
    return out;
}

} // namespace tkeci
