#include "RenderContext.h"

#include "render/KubeObjects.h"

namespace tkeci {

QString RenderContext::image(const QString &name, const QString &tag) const
{
    return m_plan.imageRegistry + u'/' + name + u':' + tag;
}

std::optional<std::pair<QString, int>> RenderContext::apiServerEndpoint() const
{
    switch (m_plan.haType) {
    case HaType::None:
        return std::nullopt;
    case HaType::Tke:
        return std::pair {m_plan.vip, 6443};
    case HaType::ThirdParty:
        return std::pair {m_plan.vip, m_plan.vport};
    }
    return std::nullopt;
}

std::vector<YamlNode> RenderContext::apiServerEnv() const
{
    std::vector<YamlNode> env;
    if (const auto endpoint = apiServerEndpoint()) {
        env.push_back(kube::envValue(QStringLiteral("KUBERNETES_SERVICE_HOST"), endpoint->first));
        env.push_back(kube::envValue(
            QStringLiteral("KUBERNETES_SERVICE_PORT"), QString::number(endpoint->second)));
    }
    return env;
}

} // namespace tkeci
