#pragma once

#include "WizardPage.h"

class QLabel;
class QPushButton;
class QTabWidget;

namespace tkeci {
class ManifestFileTab;
class TopologyView;

/// Review and edit: one tab per manifest file plus a topology picture. Edits are kept (also
/// when the operator goes back and changes an answer) and re-judged; an edit that breaks the
/// YAML or changes an object's kind or name blocks the way on, with the reason.
class ReviewPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ReviewPage(WizardState &state, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    QTabWidget *tabs() const { return m_tabs; }
    ManifestFileTab *fileTab(const QString &name) const;
    TopologyView *topology() const { return m_topology; }
    QLabel *blockedLabel() const { return m_blocked; }

protected:
    void retranslate() override;

private:
    void updateBlocked();

    QTabWidget *m_tabs = nullptr;
    QList<ManifestFileTab *> m_files;
    QWidget *m_topologyTab = nullptr;
    TopologyView *m_topology = nullptr;
    QPushButton *m_savePicture = nullptr;
    QLabel *m_blocked = nullptr;
    QStringList m_renderProblems;
};

} // namespace tkeci
