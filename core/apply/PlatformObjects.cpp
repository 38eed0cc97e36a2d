#include "apply/PlatformObjects.h"

#include "text/SafeText.h"

#include <QJsonArray>

namespace tkeci {

QString platformPath(const QString &resource, const QString &name)
{
    QString path = QStringLiteral("/apis/platform.tkestack.io/v1/") + resource;
    if (!name.isEmpty())
        path += u'/' + name;
    return path;
}

Shaped<PlatformStatus> readPlatformStatus(const QJsonObject &object)
{
    Shaped<PlatformStatus> out;
    const JsonRead status = JsonRead(object)[QStringLiteral("status")];
    for (const JsonRead &c : status[QStringLiteral("conditions")].elements())
        out.value.conditions.append(
            {safeText(c[QStringLiteral("type")].string(Presence::Required), 200),
                safeText(c[QStringLiteral("status")].string(), 50),
                safeText(c[QStringLiteral("reason")].string(), 200),
                safeText(c[QStringLiteral("message")].string(), 2000)});
    out.value.phase = safeText(status[QStringLiteral("phase")].string(), 100);
    out.error = status.error();
    if (out.error)
        out.value = PlatformStatus();
    return out;
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
