#include "YamlHighlighter.h"

namespace tkeci {

YamlHighlighter::YamlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setDark(false);
}

void YamlHighlighter::setDark(bool dark)
{
    // Colours of KSyntaxHighlighting's "Breeze Light" / "Breeze Dark" themes.
    m_key.setForeground(QColor(dark ? QStringLiteral("#2980b9") : QStringLiteral("#0057ae")));
    m_key.setFontWeight(QFont::Bold);
    m_string.setForeground(QColor(dark ? QStringLiteral("#f44f4f") : QStringLiteral("#bf0303")));
    m_number.setForeground(QColor(dark ? QStringLiteral("#f67400") : QStringLiteral("#b08000")));
    m_comment.setForeground(QColor(dark ? QStringLiteral("#7a7c7d") : QStringLiteral("#898887")));
    m_comment.setFontItalic(true);
    m_marker.setForeground(QColor(dark ? QStringLiteral("#27aeae") : QStringLiteral("#006e28")));
    m_marker.setFontWeight(QFont::Bold);
    m_anchor.setForeground(QColor(dark ? QStringLiteral("#8e44ad") : QStringLiteral("#644a9b")));
    rehighlight();
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("^(---|\\.\\.\\.)\\s*$"));
    static const QRegularExpression key(
        QStringLiteral("^(\\s*(?:-\\s+)*)([^\\s#'\"][^:#]*?|\"[^\"]*\"|'[^']*')\\s*:(?=\\s|$)"));
    static const QRegularExpression quoted(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'"));
    static const QRegularExpression scalar(QStringLiteral(
        "(?<=[:\\-\\[,]\\s)\\s*(-?\\d+(?:\\.\\d+)?|true|false|null|~)\\s*(?=$|#|,|\\])"));
    static const QRegularExpression anchor(QStringLiteral("[&*][A-Za-z0-9_-]+"));

    if (marker.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_marker);
        return;
    }
    // A # starts a comment only outside quotes and after whitespace (or at the start).
    qsizetype commentAt = -1;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'#' && (i == 0 || text.at(i - 1).isSpace())) {
            commentAt = i;
            break;
        }
    }
    const QString code = commentAt >= 0 ? text.left(commentAt) : text;
    if (const auto m = key.match(code); m.hasMatch())
        setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), m_key);
    for (auto it = scalar.globalMatch(code); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_number);
    }
    for (auto it = anchor.globalMatch(code); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_anchor);
    }
    for (auto it = quoted.globalMatch(code); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_string);
    }
    if (commentAt >= 0)
        setFormat(int(commentAt), int(text.size() - commentAt), m_comment);
}

} // namespace tkeci
