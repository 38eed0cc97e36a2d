#pragma once

#include "YamlNode.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace tkeci {

/// Bounds that keep hostile input (huge files, deep nesting, alias bombs) from costing more
/// than a moment: anything beyond them is refused with a YamlError, never parsed further.
struct YamlLimits
{
    qsizetype maxBytes = 1024 * 1024;
    int maxDepth = 64;
    qsizetype maxNodes = 100000; // after aliases are expanded
};

/// A YAML problem at a place in the text (1-based line and column; 0 when unknown).
struct YamlError
{
    enum class Kind { Syntax, TooLarge, TooDeep, TooManyNodes, Binary, DuplicateKey };
    Kind kind = Kind::Syntax;
    int line = 0;
    int column = 0;
    QString detail; // technical text from the parser, English
};

struct YamlParseResult
{
    std::vector<YamlNode> documents;
    std::optional<YamlError> error;
};

/// Parses every document of `text`. Empty documents are kept as null nodes.
YamlParseResult parseYamlDocuments(const QByteArray &text, const YamlLimits &limits = {});

/// Emits one document, block style, two-space indent, ending with a newline.
QByteArray emitYaml(const YamlNode &document);
/// Emits several documents separated by `---`.
QByteArray emitYamlDocuments(const std::vector<YamlNode> &documents);

/// A user-facing sentence for a YamlError (translated), e.g. "line 3, column 5: ...".
QString describeYamlError(const YamlError &error);

} // namespace tkeci
