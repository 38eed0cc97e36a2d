#include "kube/YamlJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace tkeci {
namespace {

QJsonValue plainScalar(const YamlNode &node)
{
    const QString s = node.scalar();
    static const QStringList nulls {QString(), QStringLiteral("~"), QStringLiteral("null"),
        QStringLiteral("Null"), QStringLiteral("NULL")};
    if (nulls.contains(s))
        return QJsonValue::Null;
    if (const auto b = node.toBool())
        return *b;
    if (const auto i = node.toInteger())
        return *i;
    static const QRegularExpression number(
        QStringLiteral(R"(^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$)"));
    if (number.match(s).hasMatch())
        return s.toDouble();
    return s;
}

} // namespace

QJsonValue yamlToJson(const YamlNode &node)
{
    switch (node.type()) {
    case YamlNode::Type::Null:
        return QJsonValue::Null;
    case YamlNode::Type::Scalar:
        return node.scalarKind() == YamlNode::ScalarKind::String ? QJsonValue(node.scalar())
                                                                 : plainScalar(node);
    case YamlNode::Type::Sequence: {
        QJsonArray a;
        for (const YamlNode &item : node.items())
            a.append(yamlToJson(item));
        return a;
    }
    case YamlNode::Type::Map: {
        QJsonObject o;
        for (qsizetype i = 0; i < node.size(); ++i)
            o.insert(node.keys()[size_t(i)], yamlToJson(node.at(i)));
        return o;
    }
    }
    return QJsonValue::Null;
}

QByteArray yamlToJsonText(const YamlNode &document)
{
    return QJsonDocument(yamlToJson(document).toObject()).toJson(QJsonDocument::Compact);
}

} // namespace tkeci
