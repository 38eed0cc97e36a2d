#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QMessageBox;
class QWidget;

namespace tkeci {

/// What "Apply" is about to do, as the confirmation names it.
struct ApplySummary
{
    bool newCluster = false; // a Cluster object on the global cluster, else an existing cluster
    QString clusterName; // the new cluster's display name (new cluster only)
    QString server; // API server of the cluster the access points at
    QString kubeconfig; // the kubeconfig file(s) it came from
    QString context;
    int objects = 0; // Kubernetes objects this program sends
    int files = 0; // in that many files
    int labelledNodes = 0; // underlay: nodes that get BGP labels
    int editedMasters = 0; // overlay, existing cluster: masters whose controller-manager changes
    QStringList keptOffNodes; // existing cluster: nodes that get no Cilium
};

/// The one question between the commit button and a change to a cluster: the summary, and
/// "Start applying" versus "Not yet". "Not yet" is the default, so the commit button's
/// Alt+A followed by Enter never starts a run.
class ApplyConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(tkeci::ApplyConfirmation)
public:
    static QString text(const ApplySummary &summary);
    /// Named "applyConfirmation"; its start button is named "start".
    static QMessageBox *create(const ApplySummary &summary, QWidget *parent);
};

} // namespace tkeci
