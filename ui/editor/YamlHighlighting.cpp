#include "YamlHighlighting.h"

#ifdef TKECI_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#else
#include "YamlHighlighter.h"
#endif

namespace tkeci {

struct YamlHighlighting::Private
{
#ifdef TKECI_HAVE_KSYNTAXHIGHLIGHTING
    KSyntaxHighlighting::Repository repository;
#endif
};

YamlHighlighting::YamlHighlighting()
    : d(std::make_unique<Private>())
{ }

YamlHighlighting::~YamlHighlighting() = default;

QSyntaxHighlighter *YamlHighlighting::attach(QTextDocument *document, const QPalette &palette) const
{
#ifdef TKECI_HAVE_KSYNTAXHIGHLIGHTING
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setDefinition(d->repository.definitionForName(QStringLiteral("YAML")));
#else
    auto *highlighter = new YamlHighlighter(document);
#endif
    applyPalette(highlighter, palette);
    return highlighter;
}

void YamlHighlighting::applyPalette(QSyntaxHighlighter *highlighter, const QPalette &palette) const
{
#ifdef TKECI_HAVE_KSYNTAXHIGHLIGHTING
    auto *h = static_cast<KSyntaxHighlighting::SyntaxHighlighter *>(highlighter);
    h->setTheme(d->repository.themeForPalette(palette));
    h->rehighlight();
#else
    static_cast<YamlHighlighter *>(highlighter)
        ->setDark(palette.color(QPalette::Base).lightness() < 128);
#endif
}

} // namespace tkeci
