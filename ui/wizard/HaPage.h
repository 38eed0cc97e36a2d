#pragma once

#include "WizardPage.h"

class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace tkeci {
class GuardedSpinBox;
class FieldFeedback;

/// 高可用: one API endpoint, TKEStack's built-in keepalived VIP, or a third-party load
/// balancer (CLB) whose VIP and port map to 6443 on the masters.
class HaPage : public WizardPage
{
    Q_OBJECT
public:
    explicit HaPage(WizardState &state, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    QLineEdit *vipEdit() const { return m_vip; }
    GuardedSpinBox *vportBox() const { return m_vport; }
    QLabel *vportReason() const { return m_vportReason; }

protected:
    void retranslate() override;

private:
    void updateVisibility();

    QButtonGroup *m_group = nullptr;
    QRadioButton *m_none = nullptr;
    QRadioButton *m_tke = nullptr;
    QRadioButton *m_thirdParty = nullptr;
    QLabel *m_noneNote = nullptr;
    QLabel *m_tkeNote = nullptr;
    QLabel *m_thirdPartyNote = nullptr;
    QLabel *m_vipLabel = nullptr;
    QLineEdit *m_vip = nullptr;
    QLabel *m_vipReason = nullptr;
    QLabel *m_vportLabel = nullptr;
    GuardedSpinBox *m_vport = nullptr;
    QLabel *m_vportReason = nullptr;
    FieldFeedback *m_vipFeedback = nullptr;
    FieldFeedback *m_vportFeedback = nullptr;
};

} // namespace tkeci
