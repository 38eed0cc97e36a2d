#pragma once

#include <QPalette>

#include <memory>

class QSyntaxHighlighter;
class QTextDocument;

namespace tkeci {

/// YAML highlighting for every editor of the program. With KF6SyntaxHighlighting it holds the
/// one definition Repository (loading it is what costs), owned by the wizard and passed to
/// each editor; without it, it hands out our own YamlHighlighter with the same colours.
class YamlHighlighting
{
public:
    YamlHighlighting();
    ~YamlHighlighting();
    YamlHighlighting(const YamlHighlighting &) = delete;
    YamlHighlighting &operator=(const YamlHighlighting &) = delete;

    /// A highlighter parented to `document`, coloured for `palette`.
    QSyntaxHighlighter *attach(QTextDocument *document, const QPalette &palette) const;
    /// Re-colours a highlighter from attach() for a new palette (light/dark switch).
    void applyPalette(QSyntaxHighlighter *highlighter, const QPalette &palette) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tkeci
