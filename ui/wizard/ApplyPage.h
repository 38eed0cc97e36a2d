#pragma once

#include "WizardPage.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace tkeci {
class ChangePreviewDialog;
class KubeAccessPicker;
class NodeCoveragePanel;
class PlatformVersionPicker;

/// The commit page: which cluster (kubeconfig and context; for a new cluster TKEStack's
/// global cluster), what will be applied there, in which order. Its commit button "Apply"
/// asks the passwords of password-login nodes (new cluster), then hands over to the
/// Applying page, which has no way back.
class ApplyPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ApplyPage(WizardState &state, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    KubeAccessPicker *picker() const { return m_picker; }
    QTreeWidget *steps() const { return m_steps; }
    QLabel *problem() const { return m_problem; }
    QCheckBox *skipControllerManager() const { return m_skipControllerManager; }
    PlatformVersionPicker *versions() const { return m_versions; }
    /// Existing cluster: the cluster's nodes outside the plan, and which are kept off.
    NodeCoveragePanel *coverage() const { return m_coverage; }
    /// Existing cluster: "What will change..." (a dry run against the chosen cluster).
    QPushButton *previewButton() const { return m_preview; }
    /// The last preview opened, while it is open.
    ChangePreviewDialog *previewDialog() const { return m_previewDialog; }

protected:
    void retranslate() override;

private:
    void fill();
    void accessChanged();
    void useVersion(const QString &version);
    bool fillCredentials(); // new cluster: the Cluster file with keys and passwords, in memory
    bool confirmed(); // ApplyConfirmation: the summary, asked once before the run starts
    void openPreview();

    QLabel *m_note = nullptr;
    KubeAccessPicker *m_picker = nullptr;
    PlatformVersionPicker *m_versions = nullptr;
    NodeCoveragePanel *m_coverage = nullptr;
    QTreeWidget *m_steps = nullptr;
    QLabel *m_problem = nullptr;
    QCheckBox *m_skipControllerManager = nullptr;
    QPushButton *m_preview = nullptr;
    ChangePreviewDialog *m_previewDialog = nullptr;
};

} // namespace tkeci
