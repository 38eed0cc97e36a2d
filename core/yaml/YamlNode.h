#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tkeci {

/// An ordered YAML tree. It is the only YAML representation the rest of the code sees:
/// yaml-cpp stays inside YamlCodec.cpp. Maps keep their key order so that rendered
/// manifests read the way Kubernetes engineers write them (apiVersion, kind, metadata, ...).
class YamlNode
{
public:
    enum class Type { Null, Scalar, Sequence, Map };
    /// How a scalar resolves: `String` is always a string (quoted on output when the plain
    /// form would read as a number, bool or null); `Plain` resolves by the YAML core schema.
    enum class ScalarKind { String, Plain };

    YamlNode() = default;
    YamlNode(const QString &text); // NOLINT(google-explicit-constructor): a string scalar
    YamlNode(const char *text); // NOLINT(google-explicit-constructor)
    YamlNode(qint64 number); // NOLINT(google-explicit-constructor)
    YamlNode(int number); // NOLINT(google-explicit-constructor)
    YamlNode(bool value); // NOLINT(google-explicit-constructor)

    static YamlNode map();
    static YamlNode sequence();
    static YamlNode plain(const QString &text);
    /// A sequence of string scalars.
    static YamlNode strings(const QStringList &items);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isScalar() const { return m_type == Type::Scalar; }
    bool isMap() const { return m_type == Type::Map; }
    bool isSequence() const { return m_type == Type::Sequence; }
    ScalarKind scalarKind() const { return m_kind; }
    QString scalar() const { return m_scalar; }

    /// Integer value of a scalar written in decimal (quoted or not); nullopt otherwise or on
    /// overflow.
    std::optional<qint64> toInteger() const;
    /// true/false (YAML 1.2 core schema spelling); nullopt otherwise.
    std::optional<bool> toBool() const;

    // Map access.
    /// Returns the value for `key`, inserting a null node at the end if it is missing.
    YamlNode &operator[](const QString &key);
    const YamlNode *find(const QString &key) const;
    YamlNode *find(const QString &key);
    bool contains(const QString &key) const { return find(key) != nullptr; }
    const std::vector<QString> &keys() const { return m_keys; }
    bool remove(const QString &key);

    // Sequence access; for a map these are the values in key order.
    qsizetype size() const { return qsizetype(m_items.size()); }
    const YamlNode &at(qsizetype i) const { return m_items[size_t(i)]; }
    YamlNode &at(qsizetype i) { return m_items[size_t(i)]; }
    YamlNode &append(YamlNode item);
    const std::vector<YamlNode> &items() const { return m_items; }

    /// Follows a dotted path with [i] indices, e.g. `spec.template.spec.containers[0].image`.
    const YamlNode *path(QStringView dottedPath) const;

    /// 1-based position in the source text; 0 for nodes built in code.
    int line() const { return m_line; }
    int column() const { return m_column; }
    void setPosition(int line, int column)
    {
        m_line = line;
        m_column = column;
    }

    /// Whether `text`, written without quotes, reads as a string (not a number, bool or null).
    static bool plainReadsAsString(const QString &text);
    /// A string scalar, or a plain one that reads as a string.
    bool readsAsString() const;

    /// Equality of the values a YAML reader sees: `name: cilium` equals the string "cilium",
    /// `port: 22` does not equal "22". Positions are ignored; map key order matters.
    bool operator==(const YamlNode &other) const;

private:
    Type m_type = Type::Null;
    ScalarKind m_kind = ScalarKind::String;
    QString m_scalar;
    std::vector<QString> m_keys; // map keys, parallel to m_items
    std::vector<YamlNode> m_items;
    int m_line = 0;
    int m_column = 0;
};

} // namespace tkeci
