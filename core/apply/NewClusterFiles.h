#pragma once

#include "render/ManifestSet.h"

namespace tkeci {

/// For a new cluster: which target-cluster files TKEStack's platform deploys itself (its
/// EnsureCilium step, from its own templates) and which the installer sends afterwards,
/// once the cluster runs. A file the operator left as rendered is TKEStack's; a file that
/// differs (edited on the Review page, or `--manifests DIR`) is sent by the installer with
/// server-side apply, so no edit is ever silently dropped. Files TKEStack has no template
/// for are sent by the installer too.
struct NewClusterFiles
{
    QList<ManifestFile> deployedByTkeStack; // as rendered (= TKEStack's manifests)
    QList<ManifestFile> sentByInstaller; // the operator's version, in apply order
    bool installerSendsAnything() const { return !sentByInstaller.isEmpty(); }
};

/// `rendered`: renderManifests() of the plan; `reviewed`: the same set after the operator's
/// edits. Only TargetCluster files are split; the Cluster file and verification files are
/// not part of either list.
NewClusterFiles newClusterFiles(const ManifestSet &rendered, const ManifestSet &reviewed);

/// Whether TKEStack's platform has a template of its own for this file (the four files of
/// pkg/platform/provider/baremetal/manifests/cilium/).
bool tkeStackDeploysFile(const QString &fileName);

} // namespace tkeci
