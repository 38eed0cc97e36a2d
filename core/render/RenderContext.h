#pragma once

#include "plan/InstallPlan.h"
#include "yaml/YamlNode.h"

#include <optional>
#include <vector>

namespace tkeci {

/// Image names and tags of TKEStack's reference set for Cilium 1.9.5 (DESIGN.md).
namespace images {
inline const QString kCilium = QStringLiteral("cilium");
inline const QString kCiliumOperator = QStringLiteral("cilium-operator-generic");
inline const QString kIpamd = QStringLiteral("tke-eni-ipamd");
inline const QString kIpamdTag = QStringLiteral("v3.3.3");
inline const QString kIpMasqAgent = QStringLiteral("ip-masq-agent");
inline const QString kIpMasqAgentTag = QStringLiteral("v1.0.0");
inline const QString kCiliumRouter = QStringLiteral("cilium-router");
inline const QString kCiliumRouterTag = QStringLiteral("v0.1.0");
inline const QString kJsonMock = QStringLiteral("json-mock");
inline const QString kJsonMockTag = QStringLiteral("1.2");
inline const QString kAlpineCurl = QStringLiteral("alpine-curl");
inline const QString kAlpineCurlTag = QStringLiteral("0.1.8");
} // namespace images

/// What every manifest builder needs from a validated plan.
class RenderContext
{
public:
    explicit RenderContext(const InstallPlan &plan)
        : m_plan(plan)
    { }
    const InstallPlan &plan() const { return m_plan; }

    /// `<registry>/<name>:<tag>`: a private registry only changes the prefix.
    QString image(const QString &name, const QString &tag) const;
    QString ciliumTag() const { return u'v' + m_plan.ciliumVersion; }

    /// With HA, the VIP (and 6443 or the third-party vport) through which node agents reach the
    /// API server, so that losing one master does not cut the CNI off.
    std::optional<std::pair<QString, int>> apiServerEndpoint() const;
    /// KUBERNETES_SERVICE_HOST/PORT for the endpoint above; empty without HA.
    std::vector<YamlNode> apiServerEnv() const;

private:
    const InstallPlan &m_plan;
};

std::vector<YamlNode> renderCilium(const RenderContext &ctx);
std::vector<YamlNode> renderIpamd(const RenderContext &ctx);
std::vector<YamlNode> renderIpMasqAgent(const RenderContext &ctx);
std::vector<YamlNode> renderCiliumRouter(const RenderContext &ctx);
/// The TKEStack Cluster object and a Machine per worker, for the global cluster.
std::vector<YamlNode> renderTkeStackCluster(const RenderContext &ctx);
struct ConnectivityCheckOptions;
std::vector<YamlNode> renderConnectivityCheck(
    const RenderContext &ctx, const ConnectivityCheckOptions &options);

} // namespace tkeci

namespace tkeci {
/// The name the Cluster object is rendered with: "cls-" and 8 hex digits derived from the
/// display name and the first master, so that the same plan always yields the same name.
QString tkeStackClusterName(const InstallPlan &plan);
} // namespace tkeci
