#pragma once

#include "apply/NodeCoverage.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace tkeci {

/// On the Apply page of an existing cluster: reads the cluster's nodes and holds the apply
/// until every node Cilium would run on is covered. Cilium's DaemonSet tolerates every taint,
/// so a node that is not in the plan was never preflighted; the operator adds it to the plan
/// (the Nodes page, then preflight), removes it from the cluster, or ticks "Keep Cilium off"
/// here, which the panel explains. A cluster that cannot be read holds the apply too (it fails
/// closed, as the command line does), with "Check again".
class NodeCoveragePanel : public QWidget
{
    Q_OBJECT
public:
    explicit NodeCoveragePanel(QWidget *parent = nullptr);
    ~NodeCoveragePanel() override;

    /// Reads the nodes of the cluster behind `access` against `plan`; `keptOff` is ticked
    /// already (the operator's earlier choice, kept while he goes back and forth).
    void check(const ClusterAccess &access, const InstallPlan &plan, const QStringList &keptOff);
    void clear();

    /// While the nodes are read, when they could not be, or while a node is neither in the
    /// plan nor kept off.
    bool blocksApply() const;
    /// The nodes ticked "Keep Cilium off", by name.
    QStringList keptOff() const;

    QLabel *note() const { return m_note; }
    QTreeWidget *nodes() const { return m_nodes; }
    QPushButton *checkAgain() const { return m_again; }

Q_SIGNALS:
    void stateChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void run();
    void show(); // the rows and the note
    void showNote();

    std::unique_ptr<KubeClient> m_client; // destroyed to drop a pending answer
    std::optional<ClusterAccess> m_access;
    InstallPlan m_plan;
    std::optional<NodeCoverageResult> m_result;
    QStringList m_keptOff;
    bool m_pending = false;
    QLabel *m_note = nullptr;
    QTreeWidget *m_nodes = nullptr;
    QLabel *m_meaning = nullptr;
    QPushButton *m_again = nullptr;
};

} // namespace tkeci
