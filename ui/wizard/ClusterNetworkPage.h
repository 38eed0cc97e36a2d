#pragma once

#include "WizardPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace tkeci {
class FieldFeedback;

/// Advanced settings, folded by default because the defaults suit most sites: cluster CIDR,
/// max pods per node, network device, Kubernetes version, registry prefix, Cilium version.
/// The fold opens by itself when one of them has a problem.
class ClusterNetworkPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ClusterNetworkPage(WizardState &state, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    void setExpanded(bool expanded);

protected:
    void retranslate() override;

private:
    void showSummary();

    QToolButton *m_fold = nullptr;
    QLabel *m_summary = nullptr;
    QWidget *m_details = nullptr;
    QList<QLabel *> m_labels;
    QLineEdit *m_cidr = nullptr;
    QComboBox *m_maxPods = nullptr;
    QLineEdit *m_device = nullptr;
    QComboBox *m_k8s = nullptr;
    QLineEdit *m_registry = nullptr;
    QComboBox *m_cilium = nullptr;
    QList<FieldFeedback *> m_feedback;
};

} // namespace tkeci
