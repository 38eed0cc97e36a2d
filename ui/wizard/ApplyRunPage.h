#pragma once

#include "WizardPage.h"

class QStackedWidget;

namespace tkeci {
class ExistingRunPanel;
class NewClusterPanel;

/// After the commit: the run, live. An existing cluster gets the install steps (other CNI,
/// labels, apply, rollout, connectivity check); a new cluster the TKEStack Cluster object and
/// its status. There is no Back; Stop (or the wizard's Cancel) ends the run at once, and Next
/// leads to the Finish page once the run has ended.
class ApplyRunPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ApplyRunPage(WizardState &state, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool failed() const override;

    ExistingRunPanel *existingPanel() const { return m_existing; }
    NewClusterPanel *newClusterPanel() const { return m_newCluster; }
    /// Stops whatever runs (the wizard's Cancel).
    void stop();

protected:
    void retranslate() override;

private:
    void ended();

    QStackedWidget *m_stack = nullptr;
    ExistingRunPanel *m_existing = nullptr;
    NewClusterPanel *m_newCluster = nullptr;
    bool m_ended = false;
};

} // namespace tkeci
