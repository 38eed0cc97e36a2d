// The one file that parses and emits with yaml-cpp (YamlParserMessages reads only its error
// constants): everything else works on YamlNode.
#include "YamlCodec.h"
#include "YamlParserMessages.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <set>
#include <sstream>
#include <string>

namespace tkeci {
namespace {

struct ConvertError
{
    YamlError error;
};

class Converter
{
public:
    explicit Converter(const YamlLimits &limits)
        : m_limits(limits)
    { }

    YamlNode convert(const YAML::Node &in, int depth)
    {
        if (depth > m_limits.maxDepth)
            fail(YamlError::Kind::TooDeep, in,
                QStringLiteral("nesting deeper than %1 levels").arg(m_limits.maxDepth));
        if (++m_nodes > m_limits.maxNodes)
            fail(YamlError::Kind::TooManyNodes, in,
                QStringLiteral("more than %1 nodes (aliases expanded)").arg(m_limits.maxNodes));
        YamlNode out;
        switch (in.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            break;
        case YAML::NodeType::Scalar: {
            // Aliases share one scalar in yaml-cpp but become copies here: count the bytes too,
            // or a few thousand aliases of one long string would take gigabytes.
            m_bytes += qsizetype(in.Scalar().size());
            if (m_bytes > 4 * m_limits.maxBytes)
                fail(YamlError::Kind::TooManyNodes, in,
                    QStringLiteral("more than %1 bytes of values (aliases expanded)")
                        .arg(4 * m_limits.maxBytes));
            const QString text = QString::fromStdString(in.Scalar());
            // yaml-cpp tags quoted scalars "!" and plain ones "?": keep that so "true" stays a
            // string.
            // An explicit !!str tag is a string too.
            const bool string = in.Tag() == "!" || in.Tag() == "tag:yaml.org,2002:str";
            out = string ? YamlNode(text) : YamlNode::plain(text);
            break;
        }
        case YAML::NodeType::Sequence:
            out = YamlNode::sequence();
            for (const YAML::Node &item : in)
                out.append(convert(item, depth + 1));
            break;
        case YAML::NodeType::Map: {
            out = YamlNode::map();
            for (const auto &pair : in) {
                if (!pair.first.IsScalar())
                    fail(YamlError::Kind::Syntax, pair.first,
                        QStringLiteral("a map key must be a plain value"));
                m_bytes += qsizetype(pair.first.Scalar().size());
                const QString key = QString::fromStdString(pair.first.Scalar());
                if (out.contains(key))
                    fail(YamlError::Kind::DuplicateKey, pair.first,
                        QStringLiteral("duplicate key \"%1\"").arg(key));
                ++m_nodes;
                out[key] = convert(pair.second, depth + 1);
            }
            break;
        }
        }
        const YAML::Mark mark = in.Mark();
        if (!mark.is_null())
            out.setPosition(mark.line + 1, mark.column + 1);
        return out;
    }

private:
    [[noreturn]] static void fail(YamlError::Kind kind, const YAML::Node &at, const QString &detail)
    {
        YamlError e {kind, 0, 0, detail};
        const YAML::Mark mark = at.Mark();
        if (!mark.is_null()) {
            e.line = mark.line + 1;
            e.column = mark.column + 1;
        }
        throw ConvertError {e};
    }

    const YamlLimits &m_limits;
    qsizetype m_nodes = 0;
    qsizetype m_bytes = 0;
};

/// Counts documents without building them. yaml-cpp 0.7's LoadAll() can keep returning
/// documents without consuming input on some malformed text (found by fuzz_profile: 183 bytes
/// grew its document vector past 1 GB), so the document stream is walked once with a bound first.
class DocumentCounter : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &) override { }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &, YAML::anchor_t) override { }
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override { }
    void OnScalar(
        const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override
    { }
    void OnSequenceStart(
        const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    { }
    void OnSequenceEnd() override { }
    void OnMapStart(
        const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    { }
    void OnMapEnd() override { }
};

/// Whether yaml-cpp's document loop ends within a count no real text can exceed.
bool documentStreamEnds(const std::string &text)
{
    std::istringstream stream(text);
    YAML::Parser parser(stream);
    DocumentCounter counter;
    // Every document but an empty last one takes at least a few bytes ("---\n").
    const size_t bound = text.size() / 3 + 2;
    for (size_t documents = 0; parser.HandleNextDocument(counter);) {
        if (++documents > bound)
            return false;
    }
    return true;
}

bool needsQuotes(const QString &s)
{
    return !YamlNode::plainReadsAsString(s);
}

void emitNode(YAML::Emitter &out, const YamlNode &node)
{
    switch (node.type()) {
    case YamlNode::Type::Null:
        out << YAML::Null;
        break;
    case YamlNode::Type::Scalar: {
        const std::string text = node.scalar().toStdString();
        if (node.scalarKind() == YamlNode::ScalarKind::String) {
            // A literal block keeps exactly one final newline and cannot start with a space;
            // any other multi-line string goes double-quoted so that it reads back unchanged.
            const QString &s = node.scalar();
            const bool literalSafe = s.endsWith(u'\n') && !s.endsWith(QLatin1String("\n\n"))
                && !s.startsWith(u' ') && !s.contains(u'\r');
            if (s.contains(u'\n') && literalSafe)
                out << YAML::Literal << text;
            else if (s.contains(u'\n'))
                out << YAML::DoubleQuoted << text;
            else if (needsQuotes(node.scalar()))
                out << YAML::DoubleQuoted << text;
            else
                out << text;
        } else {
            out << text;
        }
        break;
    }
    case YamlNode::Type::Sequence:
        if (node.size() == 0) {
            out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
            break;
        }
        out << YAML::BeginSeq;
        for (const YamlNode &item : node.items())
            emitNode(out, item);
        out << YAML::EndSeq;
        break;
    case YamlNode::Type::Map:
        if (node.size() == 0) {
            out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
            break;
        }
        out << YAML::BeginMap;
        for (qsizetype i = 0; i < node.size(); ++i) {
            const QString &key = node.keys()[size_t(i)];
            out << YAML::Key;
            if (needsQuotes(key))
                out << YAML::DoubleQuoted;
            out << key.toStdString() << YAML::Value;
            emitNode(out, node.at(i));
        }
        out << YAML::EndMap;
        break;
    }
}

void configure(YAML::Emitter &out)
{
    out.SetIndent(2);
    // Kubernetes manifests are conventionally written with "- " items at the parent's indent
    // plus two; yaml-cpp's default block style does exactly that.
    out.SetMapFormat(YAML::Block);
    out.SetSeqFormat(YAML::Block);
}

} // namespace

YamlParseResult parseYamlDocuments(const QByteArray &text, const YamlLimits &limits)
{
    YamlParseResult result;
    if (text.size() > limits.maxBytes) {
        result.error = YamlError {YamlError::Kind::TooLarge, 0, 0,
            QStringLiteral("%1 bytes, more than the %2 allowed")
                .arg(text.size())
                .arg(limits.maxBytes)};
        return result;
    }
    if (const qsizetype nul = text.indexOf('\0'); nul >= 0) {
        const int line = int(text.left(nul).count('\n')) + 1;
        result.error = YamlError {
            YamlError::Kind::Binary, line, 0, QStringLiteral("NUL byte: binary data, not text")};
        return result;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8(text);
    if (utf8.hasError()) {
        result.error
            = YamlError {YamlError::Kind::Binary, 0, 0, QStringLiteral("not valid UTF-8 text")};
        return result;
    }
    Q_UNUSED(decoded);
    try {
        const std::string input = text.toStdString();
        if (!documentStreamEnds(input)) {
            result.error = YamlError {YamlError::Kind::Syntax, 0, 0,
                QStringLiteral("the parser does not come to an end of the documents")};
            return result;
        }
        const std::vector<YAML::Node> docs = YAML::LoadAll(input);
        Converter converter(limits);
        for (const YAML::Node &doc : docs)
            result.documents.push_back(converter.convert(doc, 0));
    } catch (const ConvertError &e) {
        result.documents.clear();
        result.error = e.error;
    } catch (const YAML::DeepRecursion &e) {
        result.documents.clear();
        result.error = YamlError {YamlError::Kind::TooDeep, e.mark.line + 1, e.mark.column + 1,
            QStringLiteral("more than %1 levels").arg(e.depth())};
    } catch (const YAML::Exception &e) {
        result.documents.clear();
        result.error = YamlError {YamlError::Kind::Syntax, e.mark.is_null() ? 0 : e.mark.line + 1,
            e.mark.is_null() ? 0 : e.mark.column + 1, QString::fromStdString(e.msg)};
    } catch (const std::exception &e) {
        result.documents.clear();
        result.error = YamlError {YamlError::Kind::Syntax, 0, 0, QString::fromLocal8Bit(e.what())};
    }
    return result;
}

QByteArray emitYaml(const YamlNode &document)
{
    YAML::Emitter out;
    configure(out);
    emitNode(out, document);
    QByteArray bytes(out.c_str(), qsizetype(out.size()));
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    return bytes;
}

QByteArray emitYamlDocuments(const std::vector<YamlNode> &documents)
{
    QByteArray bytes;
    for (size_t i = 0; i < documents.size(); ++i) {
        if (i > 0)
            bytes.append("---\n");
        bytes.append(emitYaml(documents[i]));
    }
    return bytes;
}

QString describeYamlError(const YamlError &error)
{
    QString what;
    switch (error.kind) {
    case YamlError::Kind::Syntax:
        // The parser's sentence in the current language (the error keeps it as it came).
        what = QCoreApplication::translate("tkeci::Yaml", "YAML syntax error: %1")
                   .arg(yamlParserMessageText(error.detail));
        break;
    case YamlError::Kind::TooLarge:
        what = QCoreApplication::translate("tkeci::Yaml", "the file is too large (%1)")
                   .arg(error.detail);
        break;
    case YamlError::Kind::TooDeep:
        what = QCoreApplication::translate("tkeci::Yaml", "the YAML is nested too deeply (%1)")
                   .arg(error.detail);
        break;
    case YamlError::Kind::TooManyNodes:
        what = QCoreApplication::translate("tkeci::Yaml",
            "the YAML expands to too many values (%1); aliases may be "
            "nested")
                   .arg(error.detail);
        break;
    case YamlError::Kind::Binary:
        what = QCoreApplication::translate("tkeci::Yaml", "the file is not text (%1)")
                   .arg(error.detail);
        break;
    case YamlError::Kind::DuplicateKey:
        what = QCoreApplication::translate("tkeci::Yaml", "a key appears twice (%1)")
                   .arg(error.detail);
        break;
    }
    if (error.line > 0 && error.column > 0)
        return QCoreApplication::translate("tkeci::Yaml", "line %1, column %2: %3")
            .arg(error.line)
            .arg(error.column)
            .arg(what);
    if (error.line > 0)
        return QCoreApplication::translate("tkeci::Yaml", "line %1: %2").arg(error.line).arg(what);
    return what;
}

} // namespace tkeci
