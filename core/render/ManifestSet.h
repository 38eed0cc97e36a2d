#pragma once

#include "render/NodeLabels.h"
#include "validation/Problem.h"
#include "yaml/YamlNode.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace tkeci {

/// Which cluster a manifest file is meant for.
enum class ManifestDestination {
    GlobalCluster, // TKEStack's global cluster: the Cluster object and its Machines
    TargetCluster, // the cluster that runs Cilium
    Verification, // applied only for the connectivity check, then removed
};

/// One file of the rendered set: a component's documents as YAML text. Text is what the
/// operator reads and edits, so it is the primary form; documents() parses it on demand.
struct ManifestFile
{
    QString name; // file stem, e.g. "cilium", "tke-eni-ipamd"
    ManifestDestination destination = ManifestDestination::TargetCluster;
    QByteArray yaml;

    QString fileName() const { return name + QStringLiteral(".yaml"); }
    bool operator==(const ManifestFile &) const = default;
};

/// The rendered manifests in apply order, plus every image they pull.
struct ManifestSet
{
    QList<ManifestFile> files;
    QStringList images; // sorted, unique, "<registry>/<name>:<tag>"
    QList<NodeLabels> nodeLabels; // underlay: what each node is labelled with (not a file)

    const ManifestFile *file(const QString &name) const;
    /// The files meant for `destination`, in apply order.
    QList<ManifestFile> filesFor(ManifestDestination destination) const;
    /// The parsed documents of a file (empty when it does not parse; see checkManifestText).
    static std::vector<YamlNode> documents(const ManifestFile &file);
};

/// Manifest text read once: its documents (empty ones left out, as ManifestSet::documents()
/// leaves them) and what checkManifestText() says about it.
struct ManifestText
{
    std::vector<YamlNode> documents; // empty when the text does not parse
    Problems problems;
};

/// Parses manifest text and checks that it is a list of Kubernetes objects: valid YAML, each
/// document a map with apiVersion, kind and metadata.name. Paths are "<file>#<doc index>.field".
/// One parse for both: the run's plan and the renderer's read-back need the documents too.
ManifestText readManifestText(const QString &fileName, const QByteArray &yaml);

/// readManifestText(...).problems.
Problems checkManifestText(const QString &fileName, const QByteArray &yaml);

/// Every `image:` value found in the documents (containers and init containers).
QStringList imagesIn(const std::vector<YamlNode> &documents);

} // namespace tkeci
