#include "ApplyPage.h"

#include "WizardState.h"
#include "yaml/YamlNode.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tkeci {

ApplyPage::ApplyPage(WizardState &state, QWidget *parent)
    : WizardPage(state, parent)
{
    setCommitPage(true);
    auto *layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_steps = new QTreeWidget(this);
    m_steps->setColumnCount(3);
    m_steps->setRootIsDecorated(true);
    m_steps->header()->setStretchLastSection(true);
    layout->addWidget(m_steps, 1);
    retranslate();
}

void ApplyPage::initializePage()
{
    fill();
}

void ApplyPage::fill()
{
    m_steps->clear();
    const ManifestSet set = m_state.edits.effective();
    int step = 1;
    for (const ManifestFile &f : set.files) {
        QString where;
        switch (f.destination) {
        case ManifestDestination::GlobalCluster:
            where = tr("TKEStack global cluster");
            break;
        case ManifestDestination::TargetCluster:
            where = tr("target cluster");
            break;
        case ManifestDestination::Verification:
            where = tr("target cluster, for the connectivity check, then removed");
            break;
        }
        auto *item = new QTreeWidgetItem(m_steps, {QString::number(step++), f.fileName(), where});
        for (const YamlNode &doc : ManifestSet::documents(f)) {
            const YamlNode *kind = doc.path(QStringLiteral("kind"));
            const YamlNode *name = doc.path(QStringLiteral("metadata.name"));
            new QTreeWidgetItem(item,
                {QString(), kind ? kind->scalar() : QString(), name ? name->scalar() : QString()});
        }
    }
    m_steps->resizeColumnToContents(0);
    m_steps->resizeColumnToContents(1);
}

void ApplyPage::retranslate()
{
    setTitle(tr("Apply"));
    setSubTitle(tr("This is the step that changes a cluster."));
    m_note->setText(tr("These objects would be applied, in this order. Applying from the "
                       "wizard is not available in this build yet: use the exported apply.sh, "
                       "or `tke-cilium-installer apply`."));
    m_steps->setHeaderLabels({tr("Step"), tr("File / kind"), tr("Cluster / name")});
    // Until applying is wired in, the commit button must not promise that something happens.
    setButtonText(QWizard::CommitButton, tr("Co&ntinue"));
    if (isVisible())
        fill();
}

} // namespace tkeci
