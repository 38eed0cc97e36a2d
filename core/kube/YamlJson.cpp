#include "kube/YamlJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

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

YamlNode jsonToYaml(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return YamlNode(value.toBool());
    case QJsonValue::Double: {
        // JSON has one number type; the API's integers (replicas, ports) are whole doubles.
        const double d = value.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 9.0e15)
            return YamlNode(qint64(d));
        return YamlNode::plain(QString::number(d, 'g', 17));
    }
    case QJsonValue::String:
        return YamlNode(value.toString());
    case QJsonValue::Array: {
        YamlNode seq = YamlNode::sequence();
        for (const QJsonValue &item : value.toArray())
            seq.append(jsonToYaml(item));
        return seq;
    }
    case QJsonValue::Object: {
        YamlNode map = YamlNode::map();
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            map[it.key()] = jsonToYaml(it.value());
        return map;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return YamlNode();
}

QByteArray yamlToJsonText(const YamlNode &document)
{
    return QJsonDocument(yamlToJson(document).toObject()).toJson(QJsonDocument::Compact);
}

} // namespace tkeci
