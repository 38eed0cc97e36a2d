#include "ProfileWriter.h"

#include "plan/PlanEnums.h"
#include "yaml/YamlCodec.h"

#include <QSaveFile>

namespace tkeci {

QByteArray writeProfile(const InstallPlan &plan)
{
    YamlNode root = YamlNode::map();
    root[QStringLiteral("version")] = 1;
    root[QStringLiteral("target")] = YamlNode::plain(toProfileString(plan.target));
    root[QStringLiteral("cni")] = YamlNode::plain(toProfileString(plan.cni));

    YamlNode &cilium = root[QStringLiteral("cilium")];
    cilium = YamlNode::map();
    cilium[QStringLiteral("version")] = plan.ciliumVersion;
    cilium[QStringLiteral("networkMode")] = YamlNode::plain(toProfileString(plan.networkMode));
    if (plan.networkMode == NetworkMode::Underlay) {
        YamlNode &underlay = cilium[QStringLiteral("underlay")];
        underlay[QStringLiteral("asn")] = qint64(plan.underlay.asn);
        underlay[QStringLiteral("switchIP")] = plan.underlay.switchIP;
    }

    YamlNode &cluster = root[QStringLiteral("cluster")];
    cluster[QStringLiteral("displayName")] = plan.displayName;
    cluster[QStringLiteral("kubernetesVersion")] = plan.kubernetesVersion;
    cluster[QStringLiteral("clusterCIDR")] = plan.clusterCIDR;
    cluster[QStringLiteral("maxNodePodNum")] = plan.maxNodePodNum;
    cluster[QStringLiteral("networkDevice")] = plan.networkDevice;

    YamlNode &ha = root[QStringLiteral("ha")];
    ha[QStringLiteral("type")] = YamlNode::plain(toProfileString(plan.haType));
    if (plan.haType != HaType::None)
        ha[QStringLiteral("vip")] = plan.vip;
    if (plan.haType == HaType::ThirdParty)
        ha[QStringLiteral("vport")] = plan.vport;

    root[QStringLiteral("images")][QStringLiteral("registry")] = plan.imageRegistry;

    YamlNode &nodes = root[QStringLiteral("nodes")];
    nodes = YamlNode::sequence();
    for (const NodeSpec &n : plan.nodes) {
        YamlNode item = YamlNode::map();
        item[QStringLiteral("ip")] = n.ip;
        item[QStringLiteral("port")] = n.port;
        item[QStringLiteral("user")] = n.user;
        item[QStringLiteral("role")] = YamlNode::plain(toProfileString(n.role));
        item[QStringLiteral("auth")] = YamlNode::plain(toProfileString(n.auth));
        if (n.auth == AuthMethod::Key)
            item[QStringLiteral("keyFile")] = n.keyFile;
        if (n.asn)
            item[QStringLiteral("asn")] = qint64(*n.asn);
        if (n.switchIP)
            item[QStringLiteral("switchIP")] = *n.switchIP;
        nodes.append(std::move(item));
    }
    return emitYaml(root);
}

QString saveProfileFile(const InstallPlan &plan, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(writeProfile(plan));
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace tkeci
