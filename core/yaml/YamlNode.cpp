#include "YamlNode.h"

#include <QRegularExpression>

namespace tkeci {

YamlNode::YamlNode(const QString &text)
    : m_type(Type::Scalar)
    , m_kind(ScalarKind::String)
    , m_scalar(text)
{ }

YamlNode::YamlNode(const char *text)
    : YamlNode(QString::fromUtf8(text))
{ }

YamlNode::YamlNode(qint64 number)
    : m_type(Type::Scalar)
    , m_kind(ScalarKind::Plain)
    , m_scalar(QString::number(number))
{ }

YamlNode::YamlNode(int number)
    : YamlNode(qint64(number))
{ }

YamlNode::YamlNode(bool value)
    : m_type(Type::Scalar)
    , m_kind(ScalarKind::Plain)
    , m_scalar(value ? QStringLiteral("true") : QStringLiteral("false"))
{ }

YamlNode YamlNode::map()
{
    YamlNode n;
    n.m_type = Type::Map;
    return n;
}

YamlNode YamlNode::sequence()
{
    YamlNode n;
    n.m_type = Type::Sequence;
    return n;
}

YamlNode YamlNode::plain(const QString &text)
{
    YamlNode n(text);
    n.m_kind = ScalarKind::Plain;
    return n;
}

YamlNode YamlNode::strings(const QStringList &items)
{
    YamlNode n = sequence();
    for (const QString &s : items)
        n.append(YamlNode(s));
    return n;
}

std::optional<qint64> YamlNode::toInteger() const
{
    if (m_type != Type::Scalar)
        return std::nullopt;
    static const QRegularExpression decimal(QStringLiteral("^[-+]?[0-9]+$"));
    if (!decimal.match(m_scalar).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 v = m_scalar.toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

std::optional<bool> YamlNode::toBool() const
{
    if (m_type != Type::Scalar)
        return std::nullopt;
    if (m_scalar == QLatin1String("true"))
        return true;
    if (m_scalar == QLatin1String("false"))
        return false;
    return std::nullopt;
}

YamlNode &YamlNode::operator[](const QString &key)
{
    if (m_type == Type::Null)
        m_type = Type::Map;
    Q_ASSERT(m_type == Type::Map);
    if (YamlNode *existing = find(key))
        return *existing;
    m_keys.push_back(key);
    m_items.emplace_back();
    return m_items.back();
}

const YamlNode *YamlNode::find(const QString &key) const
{
    if (m_type != Type::Map)
        return nullptr;
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i] == key)
            return &m_items[i];
    }
    return nullptr;
}

YamlNode *YamlNode::find(const QString &key)
{
    return const_cast<YamlNode *>(std::as_const(*this).find(key));
}

bool YamlNode::remove(const QString &key)
{
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i] == key) {
            m_keys.erase(m_keys.begin() + qsizetype(i));
            m_items.erase(m_items.begin() + qsizetype(i));
            return true;
        }
    }
    return false;
}

YamlNode &YamlNode::append(YamlNode item)
{
    if (m_type == Type::Null)
        m_type = Type::Sequence;
    Q_ASSERT(m_type == Type::Sequence);
    m_items.push_back(std::move(item));
    return m_items.back();
}

const YamlNode *YamlNode::path(QStringView dottedPath) const
{
    const YamlNode *node = this;
    for (QStringView part : dottedPath.split(u'.')) {
        QStringView key = part;
        const qsizetype bracket = part.indexOf(u'[');
        if (bracket >= 0)
            key = part.left(bracket);
        if (!key.isEmpty()) {
            node = node->find(key.toString());
            if (!node)
                return nullptr;
        }
        for (qsizetype open = bracket; open >= 0; open = part.indexOf(u'[', open + 1)) {
            const qsizetype close = part.indexOf(u']', open);
            if (close < 0)
                return nullptr;
            bool ok = false;
            const qsizetype index = part.mid(open + 1, close - open - 1).toLongLong(&ok);
            if (!ok || !node->isSequence() || index < 0 || index >= node->size())
                return nullptr;
            node = &node->at(index);
        }
    }
    return node;
}

bool YamlNode::plainReadsAsString(const QString &s)
{
    // Kubernetes tooling still meets YAML 1.1 parsers, so yes/no/on/off count as booleans too.
    if (s.isEmpty())
        return false;
    static const QRegularExpression special(QStringLiteral(
        "^(~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE"
        "|on|On|ON|off|Off|OFF|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"
        "|[-+]?[0-9_]+(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|[-+]?\\.[0-9_]+([eE][-+]?[0-9]+)?"
        "|0x[0-9a-fA-F_]+|0o?[0-7_]+|0b[01_]+|[0-9]+(:[0-5]?[0-9])+(\\.[0-9_]*)?)$"));
    return !special.match(s).hasMatch();
}

bool YamlNode::readsAsString() const
{
    return m_type == Type::Scalar && (m_kind == ScalarKind::String || plainReadsAsString(m_scalar));
}

bool YamlNode::operator==(const YamlNode &other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Scalar:
        return m_scalar == other.m_scalar && readsAsString() == other.readsAsString();
    case Type::Sequence:
        return m_items == other.m_items;
    case Type::Map:
        return m_keys == other.m_keys && m_items == other.m_items;
    }
    return false;
}

} // namespace tkeci
