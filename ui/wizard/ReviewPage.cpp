#include "ReviewPage.h"

#include "WizardState.h"
#include "editor/ManifestFileTab.h"
#include "render/ManifestRenderer.h"
#include "widgets/FieldFeedback.h"
#include "widgets/TopologyView.h"

#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tkeci {

ReviewPage::ReviewPage(WizardState &state, QWidget *parent)
    : WizardPage(state, parent)
{
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);
    m_blocked = makeReasonLabel(this);
    layout->addWidget(m_blocked);

    m_topologyTab = new QWidget(this);
    auto *topoLayout = new QVBoxLayout(m_topologyTab);
    m_topology = new TopologyView(m_topologyTab);
    topoLayout->addWidget(m_topology, 1);
    m_savePicture = new QPushButton(m_topologyTab);
    topoLayout->addWidget(m_savePicture, 0, Qt::AlignRight);
    connect(m_savePicture, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the topology picture"),
            QStringLiteral("topology.png"), tr("PNG image (*.png);;SVG drawing (*.svg)"));
        if (path.isEmpty())
            return;
        if (const QString error = m_topology->saveTo(path); !error.isEmpty())
            QMessageBox::warning(this, tr("Save the topology picture"), error);
    });
    retranslate();
}

void ReviewPage::initializePage()
{
    const RenderResult rendered = renderManifests(m_state.config.plan());
    m_renderProblems.clear();
    for (const Problem &p : rendered.problems)
        m_renderProblems.append(problemLine(p, FieldNames::PageLabels));
    m_state.edits.setGenerated(rendered.manifests);

    const int current = m_tabs->currentIndex();
    qDeleteAll(m_files);
    m_files.clear();
    m_tabs->clear();
    for (const ManifestFile &f : rendered.manifests.files) {
        auto *tab = new ManifestFileTab(m_state.edits, m_state.highlighting, f.name, m_tabs);
        tab->setNewCluster(m_state.config.target() == Target::NewCluster);
        connect(tab, &ManifestFileTab::judged, this, &ReviewPage::updateBlocked);
        m_files.append(tab);
        m_tabs->addTab(tab, f.fileName());
    }
    m_topology->setPlan(m_state.config.plan());
    m_tabs->addTab(m_topologyTab, QString());
    retranslate();
    m_tabs->setCurrentIndex(std::clamp(current, 0, m_tabs->count() - 1));
    updateBlocked();
}

ManifestFileTab *ReviewPage::fileTab(const QString &name) const
{
    for (ManifestFileTab *tab : m_files) {
        if (tab->name() == name)
            return tab;
    }
    return nullptr;
}

bool ReviewPage::isComplete() const
{
    return m_renderProblems.isEmpty() && m_state.edits.canApply();
}

void ReviewPage::updateBlocked()
{
    QStringList lines = m_renderProblems;
    for (const EditIssue &issue : m_state.edits.allIssues())
        lines.append(editIssueMessage(issue));
    // A tab whose edit is wrong is marked in its title, so it is found without clicking through.
    for (int i = 0; i < m_files.size(); ++i) {
        const QString name = m_files.at(i)->name();
        const bool bad = !m_state.edits.issues(name).isEmpty();
        const bool edited = m_state.edits.isEdited(name);
        m_tabs->setTabText(i,
            name + QStringLiteral(".yaml") + (edited ? QStringLiteral(" *") : QString())
                + (bad ? QStringLiteral(" ⚠") : QString()));
    }
    m_blocked->setText(lines.isEmpty()
            ? QString()
            : tr("Cannot go on to export or apply:") + u'\n' + lines.join(u'\n'));
    m_blocked->setVisible(!lines.isEmpty());
    Q_EMIT completeChanged();
}

void ReviewPage::retranslate()
{
    setTitle(tr("Review and edit"));
    setSubTitle(tr("The manifests made from your answers, in apply order. Edits are checked as "
                   "you type."));
    m_savePicture->setText(tr("Save &picture…"));
    const int topo = m_tabs->indexOf(m_topologyTab);
    if (topo >= 0)
        m_tabs->setTabText(topo, tr("Topology"));
    updateBlocked();
}

} // namespace tkeci
