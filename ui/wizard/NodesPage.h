#pragma once

#include "WizardPage.h"
#include "validation/Problem.h"

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace tkeci {
class ClusterNodesPanel;
class NodeTableModel;

/// The machines of the cluster: address, SSH port, user, role, authentication, key file.
/// Rows are added one by one or pasted many at once; problems show in the cells. For an
/// existing cluster whose kubeconfig was chosen, the cluster's nodes fill or are compared.
class NodesPage : public WizardPage
{
    Q_OBJECT
public:
    explicit NodesPage(WizardState &state, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    ClusterNodesPanel *clusterNodes() const { return m_cluster; }
    QTableView *table() const { return m_table; }
    NodeTableModel *model() const { return m_model; }
    QLabel *problemsLabel() const { return m_problems; }
    QLabel *toFillLabel() const { return m_toFill; }

protected:
    void retranslate() override;

private:
    void showProblems();
    void pasteLines();
    void chooseKeyFile();
    QList<int> selectedRows() const;

    NodeTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_paste = nullptr;
    QPushButton *m_keyFile = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_toFill = nullptr; // required cells not touched yet (PlanConfig::isShown())
    std::optional<Problem> m_refusal; // a number a cell refused, said until the next change
    ClusterNodesPanel *m_cluster = nullptr;
};

} // namespace tkeci
