#include "apply/PlatformObjects.h"

#include <QJsonArray>

namespace tkeci {

QString platformPath(const QString &resource, const QString &name)
{
    QString path = QStringLiteral("/apis/platform.tkestack.io/v1/") + resource;
    if (!name.isEmpty())
        path += u'/' + name;
    return path;
}

QList<ClusterCondition> platformConditions(const QJsonObject &object)
{
    QList<ClusterCondition> conditions;
    const QJsonObject status = object.value(QStringLiteral("status")).toObject();
    for (const QJsonValue &v : status.value(QStringLiteral("conditions")).toArray()) {
        const QJsonObject c = v.toObject();
        conditions.append({c.value(QStringLiteral("type")).toString(),
            c.value(QStringLiteral("status")).toString(),
            c.value(QStringLiteral("reason")).toString(),
            c.value(QStringLiteral("message")).toString()});
    }
    return conditions;
}

std::optional<ClusterCondition> failedPlatformCondition(
    const QString &phase, const QList<ClusterCondition> &conditions)
{
    for (const ClusterCondition &c : conditions) {
        if (c.status == QLatin1String("False"))
            return c;
    }
    if (phase == QLatin1String("Failed")) {
        // The health check's own condition (False as well) would have been found above;
        // a Failed phase without one still ends the wait.
        return ClusterCondition {QStringLiteral("?"), QStringLiteral("False"), phase, QString()};
    }
    return std::nullopt;
}

} // namespace tkeci
