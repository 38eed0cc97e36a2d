#pragma once

#include "WizardPage.h"

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace tkeci {

/// Cilium or Galaxy (TKEStack's default). With Galaxy there is nothing of Cilium to ask: the
/// network mode and preflight pages are skipped and only the Cluster object is rendered.
class CniPage : public WizardPage
{
    Q_OBJECT
public:
    explicit CniPage(WizardState &state, QWidget *parent = nullptr);
    void initializePage() override;
    int nextId() const override;

protected:
    void retranslate() override;

private:
    QButtonGroup *m_group = nullptr;
    QRadioButton *m_cilium = nullptr;
    QRadioButton *m_galaxy = nullptr;
    QLabel *m_ciliumNote = nullptr;
    QLabel *m_galaxyNote = nullptr;
};

} // namespace tkeci
