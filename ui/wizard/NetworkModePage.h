#pragma once

#include "WizardPage.h"
#include "validation/Problem.h"

#include <optional>

class QButtonGroup;
class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableView;

namespace tkeci {
class FieldFeedback;
class NumberValidator;
class NodeTableModel;

/// 网络模式: Overlay (VXLAN) or Underlay (BGP to the top-of-rack switch). Underlay asks for the
/// 自治系统号 (ASN) and the 交换机IP, checked as they are typed, and optionally per-node
/// values for nodes in other racks.
class NetworkModePage : public WizardPage
{
    Q_OBJECT
public:
    explicit NetworkModePage(WizardState &state, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

    QLineEdit *asnEdit() const { return m_asn; }
    QLineEdit *switchIpEdit() const { return m_switchIp; }
    QLabel *asnReason() const { return m_asnReason; }
    QLabel *switchIpReason() const { return m_switchIpReason; }
    NodeTableModel *overrideModel() const { return m_overrideModel; }
    QTableView *overrideTable() const { return m_overrides; }

protected:
    void retranslate() override;

private:
    void updateVisibility();
    void showOverrideProblems();

    QButtonGroup *m_group = nullptr;
    QRadioButton *m_overlay = nullptr;
    QRadioButton *m_underlay = nullptr;
    QLabel *m_overlayNote = nullptr;
    QLabel *m_underlayNote = nullptr;
    QGroupBox *m_underlayBox = nullptr;
    QLabel *m_asnLabel = nullptr;
    QLineEdit *m_asn = nullptr;
    NumberValidator *m_asnValidator = nullptr;
    QLabel *m_asnReason = nullptr;
    QLabel *m_switchIpLabel = nullptr;
    QLineEdit *m_switchIp = nullptr;
    QLabel *m_switchIpReason = nullptr;
    QCheckBox *m_perNode = nullptr;
    QTableView *m_overrides = nullptr;
    NodeTableModel *m_overrideModel = nullptr;
    QLabel *m_overrideProblems = nullptr;
    std::optional<Problem> m_overrideRefusal; // an ASN a cell refused, said until the next change
    FieldFeedback *m_asnFeedback = nullptr;
    FieldFeedback *m_switchIpFeedback = nullptr;
};

} // namespace tkeci
