#include "yaml/YamlParserMessages.h"

#include <QCoreApplication>

#include <yaml-cpp/exceptions.h>

namespace tkeci {

namespace {

// Keyed by yaml-cpp's own constants (exceptions.h, namespace YAML::ErrorMsg), so a reworded
// message in another yaml-cpp version falls through to its own text instead of a wrong one.
struct Known
{
    const char *parser;
    const char *text; // source text of the translation, context tkeci::YamlParser
    bool prefix; // the parser appends a value after it
};

const Known kKnown[] = {
    {YAML::ErrorMsg::YAML_DIRECTIVE_ARGS,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "a %YAML directive takes exactly one argument"),
        false},
    {YAML::ErrorMsg::YAML_VERSION,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "the %YAML version cannot be read: "), true},
    {YAML::ErrorMsg::YAML_MAJOR_VERSION,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "the %YAML version is newer than 1.x"), false},
    {YAML::ErrorMsg::REPEATED_YAML_DIRECTIVE,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "the %YAML directive appears twice"), false},
    {YAML::ErrorMsg::TAG_DIRECTIVE_ARGS,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "a %TAG directive takes exactly two arguments"),
        false},
    {YAML::ErrorMsg::REPEATED_TAG_DIRECTIVE,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "the same %TAG directive appears twice"), false},
    {YAML::ErrorMsg::CHAR_IN_TAG_HANDLE,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "a character that a tag (!...) may not contain"),
        false},
    {YAML::ErrorMsg::TAG_WITH_NO_SUFFIX,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "a tag (!...) without a name after it"), false},
    {YAML::ErrorMsg::END_OF_VERBATIM_TAG,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "a tag !<...> is not closed with >"), false},
    {YAML::ErrorMsg::END_OF_MAP,
        QT_TRANSLATE_NOOP("tkeci::YamlParser",
            "a map ends where it should not: check the indentation of the keys"),
        false},
    {YAML::ErrorMsg::END_OF_MAP_FLOW,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "a map opened with { is not closed with }"), false},
    {YAML::ErrorMsg::END_OF_SEQ,
        QT_TRANSLATE_NOOP("tkeci::YamlParser",
            "a list ends where it should not: check the indentation of the - entries"),
        false},
    {YAML::ErrorMsg::END_OF_SEQ_FLOW,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "a list opened with [ is not closed with ]"), false},
    {YAML::ErrorMsg::MULTIPLE_TAGS,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "a value has more than one tag (!...)"), false},
    {YAML::ErrorMsg::MULTIPLE_ANCHORS,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "a value has more than one anchor (&...)"), false},
    {YAML::ErrorMsg::MULTIPLE_ALIASES,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "a value has more than one alias (*...)"), false},
    {YAML::ErrorMsg::ALIAS_CONTENT,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "an alias (*...) cannot have a value or a tag"),
        false},
    {YAML::ErrorMsg::INVALID_HEX,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "a \\x, \\u or \\U escape has a non-hex digit"),
        false},
    {YAML::ErrorMsg::INVALID_UNICODE,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "an escape names no Unicode character: "), true},
    {YAML::ErrorMsg::INVALID_ESCAPE,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "an unknown escape in a double-quoted string: \\"),
        true},
    {YAML::ErrorMsg::UNKNOWN_TOKEN,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "text that is not YAML here"), false},
    {YAML::ErrorMsg::DOC_IN_SCALAR,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "a --- or ... line inside a quoted string"), false},
    {YAML::ErrorMsg::EOF_IN_SCALAR,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "a quoted string is not closed before the end"),
        false},
    {YAML::ErrorMsg::CHAR_IN_SCALAR,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "a character that is not allowed in this value"),
        false},
    {YAML::ErrorMsg::TAB_IN_INDENTATION,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "a tab in the indentation: indent with spaces"),
        false},
    {YAML::ErrorMsg::FLOW_END,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "a ] or } that closes nothing"), false},
    {YAML::ErrorMsg::BLOCK_ENTRY,
        QT_TRANSLATE_NOOP("tkeci::YamlParser",
            "a list entry (-) where a list cannot start: check its indentation"),
        false},
    {YAML::ErrorMsg::MAP_KEY,
        QT_TRANSLATE_NOOP(
            "tkeci::YamlParser", "a key where a map cannot start: check its indentation"),
        false},
    {YAML::ErrorMsg::MAP_VALUE,
        QT_TRANSLATE_NOOP("tkeci::YamlParser",
            "a value (key: value) where none can be: check the indentation, or quote a "
            "value that contains \": \""),
        false},
    {YAML::ErrorMsg::ALIAS_NOT_FOUND,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "a * without an alias name after it"), false},
    {YAML::ErrorMsg::ANCHOR_NOT_FOUND,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "an & without an anchor name after it"), false},
    {YAML::ErrorMsg::CHAR_IN_ALIAS,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "a character that an alias name may not contain"),
        false},
    {YAML::ErrorMsg::CHAR_IN_ANCHOR,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "a character that an anchor name may not contain"),
        false},
    {YAML::ErrorMsg::ZERO_INDENT_IN_BLOCK,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "a block string (| or >) with indentation 0"),
        false},
    {YAML::ErrorMsg::CHAR_IN_BLOCK,
        QT_TRANSLATE_NOOP(
            "tkeci::YamlParser", "an unexpected character after | or > (a block string)"),
        false},
    {YAML::ErrorMsg::AMBIGUOUS_ANCHOR,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "the same anchor on more than one value"), false},
    {YAML::ErrorMsg::UNKNOWN_ANCHOR,
        QT_TRANSLATE_NOOP("tkeci::YamlParser", "an alias (*...) to an anchor that is not defined"),
        false},
};

} // namespace

QString yamlParserMessageText(const QString &parserMessage)
{
    for (const Known &k : kKnown) {
        const QString parser = QString::fromLatin1(k.parser);
        if (k.prefix ? parserMessage.startsWith(parser) : parserMessage == parser)
            return QCoreApplication::translate("tkeci::YamlParser", k.text)
                + parserMessage.mid(k.prefix ? parser.size() : parserMessage.size());
    }
    return parserMessage;
}

} // namespace tkeci
