#include "kube/JsonRead.h"

#include "text/SafeText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace tkeci {
namespace {

/// ".name" for a plain key, "[\"inventory.json\"]" for one that would read as a path.
QString childPath(const QString &path, const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (plain.match(key).hasMatch())
        return path + u'.' + key;
    return path + QStringLiteral("[\"") + safeText(key, 80) + QStringLiteral("\"]");
}

} // namespace

JsonRead::JsonRead(const QJsonValue &root, const QString &path)
    : JsonRead(root, path, std::make_shared<std::optional<JsonShapeError>>())
{ }

JsonRead::JsonRead(const QJsonValue &value, const QString &path,
    std::shared_ptr<std::optional<JsonShapeError>> first)
    : m_value(value)
    , m_path(path)
    , m_first(std::move(first))
{ }

bool JsonRead::present() const
{
    return !m_value.isUndefined() && !m_value.isNull();
}

void JsonRead::fail(const QString &expected) const
{
    if (!m_first->has_value())
        *m_first = JsonShapeError {
            m_path.isEmpty() ? QStringLiteral(".") : m_path, expected, describeJsonValue(m_value)};
}

bool JsonRead::expect(bool typeOk, Presence presence, const char *expected) const
{
    // Translated only on a mismatch: a list of thousands of objects reads many fields.
    const bool missing = !present();
    if ((missing && presence == Presence::Required) || (!missing && !typeOk))
        fail(QCoreApplication::translate("tkeci::JsonRead", expected));
    return !missing && typeOk;
}

JsonRead JsonRead::operator[](const QString &key) const
{
    const QString path = childPath(m_path, key);
    if (!expect(m_value.isObject(), Presence::Optional,
            QT_TRANSLATE_NOOP("tkeci::JsonRead", "an object")))
        return JsonRead(QJsonValue(QJsonValue::Undefined), path, m_first);
    return JsonRead(m_value.toObject().value(key), path, m_first);
}

QString JsonRead::string(Presence presence) const
{
    return expect(m_value.isString(), presence, QT_TRANSLATE_NOOP("tkeci::JsonRead", "a string"))
        ? m_value.toString()
        : QString();
}

qint64 JsonRead::integer(Presence presence, qint64 fallback) const
{
    // JSON numbers arrive as doubles; an integer field holds a whole number within the range a
    // double carries exactly (2^53), as Go's decoder refuses 1.5 for an int.
    const double d = m_value.toDouble();
    const bool whole = m_value.isDouble() && std::isfinite(d) && std::floor(d) == d
        && std::fabs(d) <= 9007199254740992.0;
    return expect(whole, presence, QT_TRANSLATE_NOOP("tkeci::JsonRead", "an integer")) ? qint64(d)
                                                                                       : fallback;
}

bool JsonRead::boolean(Presence presence) const
{
    return expect(m_value.isBool(), presence, QT_TRANSLATE_NOOP("tkeci::JsonRead", "true or false"))
        && m_value.toBool();
}

bool JsonRead::object(Presence presence) const
{
    return expect(m_value.isObject(), presence, QT_TRANSLATE_NOOP("tkeci::JsonRead", "an object"));
}

QList<JsonRead> JsonRead::elements(Presence presence) const
{
    QList<JsonRead> out;
    if (!expect(m_value.isArray(), presence, QT_TRANSLATE_NOOP("tkeci::JsonRead", "an array")))
        return out;
    const QJsonArray array = m_value.toArray();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i)
        out.append(JsonRead(array.at(i), m_path + QStringLiteral("[%1]").arg(i), m_first));
    return out;
}

QStringList JsonRead::strings(Presence presence) const
{
    QStringList out;
    for (const JsonRead &e : elements(presence))
        out.append(e.string(Presence::Required));
    return ok() ? out : QStringList();
}

QHash<QString, QString> JsonRead::stringMap(Presence presence) const
{
    QHash<QString, QString> out;
    if (!expect(m_value.isObject(), presence, QT_TRANSLATE_NOOP("tkeci::JsonRead", "an object")))
        return out;
    const QJsonObject o = m_value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), (*this)[it.key()].string(Presence::Required));
    return ok() ? out : QHash<QString, QString>();
}

QString describeJsonValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return QCoreApplication::translate("tkeci::JsonRead", "nothing");
    case QJsonValue::Null:
        return QCoreApplication::translate("tkeci::JsonRead", "null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QCoreApplication::translate("tkeci::JsonRead", "the number %1")
            .arg(value.toDouble());
    case QJsonValue::String:
        return QCoreApplication::translate("tkeci::JsonRead", "the string \"%1\"")
            .arg(safeText(value.toString(), 60));
    case QJsonValue::Array:
        return QCoreApplication::translate(
            "tkeci::JsonRead", "an array of %n element(s)", nullptr, int(value.toArray().size()));
    case QJsonValue::Object:
        return QCoreApplication::translate("tkeci::JsonRead", "an object");
    }
    return QString();
}

KubeError jsonShapeError(
    const JsonShapeError &shape, const QString &server, const QString &what, int httpStatus)
{
    return KubeError {KubeError::Kind::Server, httpStatus,
        QCoreApplication::translate("tkeci::JsonRead",
            "%1: %2 expected, but the answer of %3 to %4 has %5 there; the answer is not used")
            .arg(shape.path, shape.expected, server, what, shape.found),
        QString()};
}

} // namespace tkeci
