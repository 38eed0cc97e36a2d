#pragma once

#include "apply/ConnectivityVerifier.h"
#include "apply/ExistingClusterInstall.h"
#include "apply/KubeAccessPicker.h"
#include "apply/NewClusterInstall.h"
#include "edit/ManifestEdits.h"
#include "editor/YamlHighlighting.h"
#include "preflight/PreflightOptions.h"
#include "render/KeepOffNodes.h"
#include "wizard/PlanConfig.h"

#include <QString>

namespace tkeci {
class Translations;

/// What the pages share, owned by InstallerWizard and handed to each page by reference: the
/// answers, the manifests with the operator's edits, and where things were written. Pages
/// never reach each other through field names.
struct WizardState
{
    explicit WizardState(Translations &t)
        : translations(t)
    { }
    Translations &translations;
    PlanConfig config;
    ManifestEdits edits;
    YamlHighlighting highlighting; // one for every editor
    QString exportedTo; // folder or bundle written on the Export page, empty if none
    bool exportedBundle = false; // what was written there: a .tar.gz bundle, else a folder
    QByteArray exportedManifests; // manifestSetDigest() of what was written there
    // editsDigest() of the edits as last exported or saved beside a profile: edits that
    // differ would be lost by leaving.
    QByteArray keptEdits;
    QString savedProfile; // where the answers were saved for next time
    // How this program logs in to the nodes: preflight, the controller-manager edit and
    // uninstall's node steps use the same, so a host key preflight accepted is the one known.
    PreflightOptions ssh;

    // The kubeconfig chosen on the Target page (existing cluster: the Nodes page reads the
    // cluster's nodes with it) and shown again on the Apply page; one choice, either page
    // changes it.
    KubeAccessChoice cluster;

    // Applying (Apply page -> Applying page -> Finish page). Memory only: the access may hold
    // a token, the filled Cluster file holds machine credentials; neither is ever written.
    std::optional<ClusterAccess> access; // chosen on the Apply page
    std::optional<ManifestFile> filledClusterFile; // new cluster; taken by the Applying page
    ExistingInstallOptions installOptions; // timeouts and polling (tests shorten them)
    // Overlay: the operator set kube-controller-manager's flags on the masters (the command
    // line's --skip-controller-manager), so no master is touched.
    bool skipControllerManager = false;
    // Existing cluster: nodes of the cluster outside the plan that the operator keeps Cilium
    // off (Apply page), by name; the run's plan and DaemonSets carry them.
    QStringList keptOffNodes;
    // A new cluster: timeouts and polling (TKEStack installs every node first; tests shorten).
    NewClusterInstallOptions newClusterOptions;
    bool applied = false; // something was sent to a cluster
    // How the Applying page's run ended: the Finish page tells it in the language of the moment.
    std::optional<ExistingInstallResult> existingOutcome;
    std::optional<NewClusterInstallResult> newClusterOutcome;
    std::optional<ConnectivityResult> connectivity; // the verdicts, when the check ran

    /// Existing cluster: the plan an install runs with, the kept-off nodes included.
    InstallPlan existingRunPlan() const
    {
        InstallPlan plan = config.plan();
        plan.nodesWithoutCilium = keptOffNodes;
        return plan;
    }
    /// Existing cluster: the files an install sends (the operator's edits included), every
    /// DaemonSet kept off the kept-off nodes.
    QList<ManifestFile> existingRunFiles() const
    {
        return keepDaemonSetsOff(
            edits.effective().filesFor(ManifestDestination::TargetCluster), keptOffNodes);
    }
};

} // namespace tkeci
