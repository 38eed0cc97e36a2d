#pragma once

#include "apply/ClusterNodeMatch.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace tkeci {
class PlanConfig;

/// On the Nodes page of an existing cluster: reads the cluster's nodes (the kubeconfig chosen
/// on the Target page) and shows how the plan differs from them, in the table's row numbers:
/// nodes the plan lacks (Cilium would run there without a preflight), rows no node of the
/// cluster has, roles the node-role labels contradict. An empty plan is filled from the
/// cluster; otherwise the operator adds the missing nodes or takes the cluster's roles with a
/// click. Reading fails open here: the Apply page checks again and holds the apply.
class ClusterNodesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ClusterNodesPanel(PlanConfig &config, QWidget *parent = nullptr);
    ~ClusterNodesPanel() override;

    /// Reads the nodes behind `access`, unless they were read from the same server and
    /// context already (then only the differences are shown again).
    void read(const ClusterAccess &access);
    void clear();

    QLabel *summary() const { return m_summary; }
    QPushButton *addMissing() const { return m_add; }
    QPushButton *useRoles() const { return m_roles; }
    QPushButton *readAgain() const { return m_again; }
    bool pending() const { return m_pending; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void run();
    void refresh(); // the summary and the buttons, from what was read
    void addMissingNodes();
    void takeRoles();

    PlanConfig &m_config;
    std::unique_ptr<KubeClient> m_client; // destroyed to drop a pending answer
    std::optional<ClusterAccess> m_access;
    QList<ClusterNode> m_nodes;
    std::optional<KubeError> m_error;
    bool m_pending = false;
    int m_filled = 0; // rows the last read filled an empty plan with
    QLabel *m_summary = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_roles = nullptr;
    QPushButton *m_again = nullptr;
};

} // namespace tkeci
