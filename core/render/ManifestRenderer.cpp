#include "ManifestRenderer.h"

#include "render/ConnectivityCheckOptions.h"
#include "render/KeepOffNodes.h"
#include "render/RenderContext.h"
#include "validation/PlanValidator.h"
#include "yaml/YamlCodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace tkeci {
namespace {

void addFile(RenderResult &result, const QString &name, ManifestDestination destination,
    const std::vector<YamlNode> &docs)
{
    ManifestFile file {name, destination, emitYamlDocuments(docs)};
    // What we emit must read back as the same Kubernetes objects: a quoting slip in the
    // emitter would otherwise reach a cluster unnoticed.
    ManifestText readBack = readManifestText(file.fileName(), file.yaml);
    result.problems.append(readBack.problems);
    if (readBack.documents != docs)
        result.problems.append(Problem {file.fileName(), Problem::Code::YamlError,
            {QCoreApplication::translate(
                "tkeci::Render", "the rendered YAML does not read back unchanged")}});
    result.manifests.images += imagesIn(docs);
    result.manifests.files.append(std::move(file));
}

std::vector<YamlNode> withoutNodes(std::vector<YamlNode> docs, const QStringList &nodes)
{
    keepDaemonSetsOff(docs, nodes);
    return docs;
}

} // namespace

RenderResult renderManifests(const InstallPlan &plan)
{
    RenderResult result;
    result.problems = validatePlan(plan);
    if (!result.problems.isEmpty())
        return result;

    const RenderContext ctx(plan);
    if (plan.target == Target::NewCluster)
        addFile(result, QStringLiteral("tkestack-cluster"), ManifestDestination::GlobalCluster,
            renderTkeStackCluster(ctx));
    if (plan.isCilium()) {
        const QStringList keptOff
            = plan.target == Target::ExistingCluster ? plan.nodesWithoutCilium : QStringList();
        addFile(result, QStringLiteral("cilium"), ManifestDestination::TargetCluster,
            withoutNodes(renderCilium(ctx), keptOff));
        addFile(result, QStringLiteral("tke-eni-ipamd"), ManifestDestination::TargetCluster,
            renderIpamd(ctx));
        if (plan.isUnderlay()) {
            addFile(result, QStringLiteral("ip-masq-agent"), ManifestDestination::TargetCluster,
                withoutNodes(renderIpMasqAgent(ctx), keptOff));
            addFile(result, QStringLiteral("cilium-router"), ManifestDestination::TargetCluster,
                withoutNodes(renderCiliumRouter(ctx), keptOff));
        }
        addFile(result, QStringLiteral("connectivity-check"), ManifestDestination::Verification,
            renderConnectivityCheck(ctx, ConnectivityCheckOptions()));
    }

    result.manifests.images.sort(); // each file's images were added as it was
    result.manifests.images.removeDuplicates();
    result.manifests.nodeLabels = underlayNodeLabels(plan);
    return result;
}

std::optional<ManifestFile> renderConnectivityCheckFile(
    const InstallPlan &plan, const ConnectivityCheckOptions &options, Problems &problems)
{
    RenderResult result;
    result.problems = validatePlan(plan);
    if (result.problems.isEmpty() && plan.isCilium())
        addFile(result, QStringLiteral("connectivity-check"), ManifestDestination::Verification,
            renderConnectivityCheck(RenderContext(plan), options));
    problems = result.problems;
    if (!result.ok() || result.manifests.files.isEmpty())
        return std::nullopt;
    return result.manifests.files.first();
}

QString writeManifestDirectory(const ManifestSet &set, const QString &directory)
{
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral(".")))
        return QCoreApplication::translate("tkeci::Render", "cannot create the folder %1")
            .arg(directory);
    auto write = [&](const QString &name, const QByteArray &bytes) -> QString {
        QSaveFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return QCoreApplication::translate("tkeci::Render", "cannot write %1: %2")
                .arg(file.fileName(), file.errorString());
        return {};
    };
    for (const ManifestFile &f : set.files) {
        if (const QString error = write(f.fileName(), f.yaml); !error.isEmpty())
            return error;
    }
    return write(QStringLiteral("images.txt"), set.images.join(u'\n').toUtf8() + '\n');
}

} // namespace tkeci
