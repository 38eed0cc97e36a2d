#include "apply/NewClusterFiles.h"

namespace tkeci {

bool tkeStackDeploysFile(const QString &fileName)
{
    // pkg/platform/provider/baremetal/manifests/cilium/{cilium,eni-ipamd,masq-agent,router}.yaml,
    // applied by EnsureCilium (pkg/platform/provider/baremetal/cluster/create.go:1390-1425).
    static const QStringList ours {QStringLiteral("cilium"), QStringLiteral("tke-eni-ipamd"),
        QStringLiteral("ip-masq-agent"), QStringLiteral("cilium-router")};
    QString stem = fileName;
    if (stem.endsWith(QLatin1String(".yaml")))
        stem.chop(5);
    return ours.contains(stem);
}

NewClusterFiles newClusterFiles(const ManifestSet &rendered, const ManifestSet &reviewed)
{
    NewClusterFiles out;
    for (const ManifestFile &f : reviewed.filesFor(ManifestDestination::TargetCluster)) {
        const ManifestFile *asRendered = rendered.file(f.name);
        // Unchanged text of a file TKEStack has a template for: the platform deploys it.
        // Anything else (an edit, a file TKEStack does not know) is the installer's to send.
        if (asRendered && asRendered->yaml == f.yaml && tkeStackDeploysFile(f.name))
            out.deployedByTkeStack.append(f);
        else
            out.sentByInstaller.append(f);
    }
    return out;
}

} // namespace tkeci
