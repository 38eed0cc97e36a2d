#include "apply/PlatformVersions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace tkeci {

PlatformVersions offlinePlatformVersions()
{
    // Current TKEStack's list (DESIGN.md, "Exact facts"): what the installer's tke-platform
    // chart sets as k8sValidVersions; the first is the default of a new profile.
    PlatformVersions v;
    v.kubernetesVersions = {QStringLiteral("1.21.4-tke.3"), QStringLiteral("1.20.6-tke.2")};
    return v;
}

std::optional<PlatformVersions> platformVersionsFromConfigMap(
    const QJsonObject &configMap, QString *error)
{
    // As pkg/platform/util/version.go:29-40 (GetPlatformVersionsFromClusterInfo) reads it:
    // data.tkeVersion, and data.k8sValidVersions holding a JSON list of strings.
    const QJsonObject data = configMap.value(QStringLiteral("data")).toObject();
    const auto bad = [error](const QString &text) {
        if (error)
            *error = text;
        return std::nullopt;
    };
    if (!data.contains(QStringLiteral("k8sValidVersions")))
        return bad(QCoreApplication::translate("tkeci::PlatformVersions",
            "kube-public/cluster-info data.k8sValidVersions: missing; the global cluster does "
            "not say which Kubernetes versions it offers"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(
        data.value(QStringLiteral("k8sValidVersions")).toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray())
        return bad(QCoreApplication::translate("tkeci::PlatformVersions",
            "kube-public/cluster-info data.k8sValidVersions: not a JSON list of versions"));
    PlatformVersions v;
    v.fromPlatform = true;
    v.tkeVersion = data.value(QStringLiteral("tkeVersion")).toString();
    for (const QJsonValue &item : doc.array()) {
        if (!item.isString() || item.toString().isEmpty())
            return bad(QCoreApplication::translate("tkeci::PlatformVersions",
                "kube-public/cluster-info data.k8sValidVersions: not a JSON list of versions"));
        v.kubernetesVersions.append(item.toString());
    }
    return v;
}

QString versionNotOfferedMessage(const QString &version, const PlatformVersions &versions)
{
    if (versions.offers(version))
        return QString();
    return QCoreApplication::translate("tkeci::PlatformVersions",
        "cluster.kubernetesVersion: TKEStack %1 does not offer Kubernetes %2; valid versions: "
        "%3. Nothing was created.")
        .arg(versions.tkeVersion.isEmpty()
                ? QCoreApplication::translate("tkeci::PlatformVersions", "(version unknown)")
                : versions.tkeVersion,
            version, versions.kubernetesVersions.join(QStringLiteral(", ")));
}

void readPlatformVersions(KubeClient &globalCluster,
    std::function<void(const std::optional<PlatformVersions> &, const std::optional<KubeError> &)>
        done)
{
    KubeRequest get;
    get.path = QStringLiteral("/api/v1/namespaces/kube-public/configmaps/cluster-info");
    get.what = QStringLiteral("configmaps \"cluster-info\" in kube-public");
    globalCluster.send(get, [done = std::move(done)](const KubeResponse &r) {
        if (!r.ok()) {
            done(std::nullopt, r.error);
            return;
        }
        QString error;
        const std::optional<PlatformVersions> v = platformVersionsFromConfigMap(r.json, &error);
        if (!v) {
            done(std::nullopt, KubeError {KubeError::Kind::NotFound, 0, error, QString()});
            return;
        }
        done(v, std::nullopt);
    });
}

} // namespace tkeci
