#pragma once

#include "WizardPage.h"

class QLabel;
class QTreeWidget;

namespace tkeci {

/// The commit page: what will be applied, to which cluster, in which order. Applying itself
/// comes with the apply issue; until then this page lists the steps.
class ApplyPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ApplyPage(WizardState &state, QWidget *parent = nullptr);
    void initializePage() override;
    QTreeWidget *steps() const { return m_steps; }

protected:
    void retranslate() override;

private:
    void fill();

    QLabel *m_note = nullptr;
    QTreeWidget *m_steps = nullptr;
};

} // namespace tkeci
