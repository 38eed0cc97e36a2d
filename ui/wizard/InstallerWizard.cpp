#include "InstallerWizard.h"

#include "ApplyPage.h"
#include "ApplyRunPage.h"
#include "ClusterNetworkPage.h"
#include "CniPage.h"
#include "ExportPage.h"
#include "FinishPage.h"
#include "HaPage.h"
#include "NetworkModePage.h"
#include "NodesPage.h"
#include "PreflightPage.h"
#include "ReviewPage.h"
#include "TargetPage.h"
#include "WelcomePage.h"
#include "WizardStepList.h"
#include "apply/ExistingRunPanel.h"
#include "apply/NewClusterPanel.h"
#include "edit/ManifestDigest.h"
#include "preflight/PreflightSession.h"
#include "profile/ProfileReader.h"

#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace tkeci {

InstallerWizard::InstallerWizard(Translations &translations, QWidget *parent)
    : QWizard(parent)
    , m_state(std::make_unique<WizardState>(translations))
{
    m_state->config.setPlan(defaultProfile().plan);
    // Modern style on every platform: title and subtitle in a header, same look in screenshots.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(WelcomePageId, new WelcomePage(*m_state, this));
    setPage(TargetPageId, new TargetPage(*m_state, this));
    setPage(NodesPageId, new NodesPage(*m_state, this));
    setPage(CniPageId, new CniPage(*m_state, this));
    setPage(NetworkModePageId, new NetworkModePage(*m_state, this));
    setPage(HaPageId, new HaPage(*m_state, this));
    setPage(ClusterNetworkPageId, new ClusterNetworkPage(*m_state, this));
    setPage(PreflightPageId, new PreflightPage(*m_state, this));
    setPage(ReviewPageId, new ReviewPage(*m_state, this));
    setPage(ExportPageId, new ExportPage(*m_state, this));
    setPage(ApplyPageId, new ApplyPage(*m_state, this));
    setPage(ApplyRunPageId, new ApplyRunPage(*m_state, this));
    setPage(FinishPageId, new FinishPage(*m_state, this));
    setStartId(WelcomePageId);
    m_steps = new WizardStepList(*this, this);
    setSideWidget(m_steps);
    // The way ahead follows the answers, and a page's result can mark it failed.
    connect(&m_state->config, &PlanConfig::changed, m_steps, &WizardStepList::scheduleRefresh);
    for (int id : pageIds())
        if (auto *p = qobject_cast<WizardPage *>(page(id)))
            connect(p, &WizardPage::failedChanged, m_steps, &WizardStepList::scheduleRefresh);
    m_steps->refresh();

    resize(980, 720);
    restoreGeometry(QSettings().value(QStringLiteral("geometry")).toByteArray());
    retranslate();
}

InstallerWizard::~InstallerWizard()
{
    // The pages hold references into m_state (models on the plan, editors on the highlighting
    // repository); QWidget would delete them only after m_state is gone.
    const QList<int> ids = pageIds();
    for (int id : ids) {
        QWizardPage *p = page(id);
        removePage(id);
        delete p;
    }
}

UnsavedWork InstallerWizard::unsavedWork() const
{
    UnsavedWork work;
    if (editsDigest(m_state->edits) != m_state->keptEdits)
        work.editedFiles = m_state->edits.editedFiles();
    work.answers = !m_state->config.answersKept();
    if (auto *preflight = pageAs<PreflightPage>(PreflightPageId))
        work.preflight = preflight->session()->isRunning();
    if (auto *run = pageAs<ApplyRunPage>(ApplyRunPageId)) {
        if (run->existingPanel()->isRunning())
            work.run = UnsavedWork::Run::Existing;
        else if (run->newClusterPanel()->isRunning())
            work.run = UnsavedWork::Run::NewCluster;
    }
    return work;
}

void InstallerWizard::reject()
{
    const UnsavedWork work = unsavedWork();
    if (work.nothing()) {
        QWizard::reject();
        return;
    }
    if (m_leaveQuestion) { // asked already (e.g. the window closed twice)
        m_leaveQuestion->activateWindow();
        return;
    }
    // Asked without a nested event loop: QDialog::closeEvent() sees the wizard still visible
    // and keeps the window open; "Leave" then closes it.
    m_leaveQuestion = LeaveQuestion::create(work, this);
    connect(m_leaveQuestion, &QMessageBox::buttonClicked, this, [this](QAbstractButton *b) {
        if (b->objectName() == QLatin1String("leave"))
            QWizard::reject();
    });
    m_leaveQuestion->open();
}

void InstallerWizard::done(int result)
{
    // Cancel (or closing the window) during a run stops it; nothing is left running unseen.
    if (auto *run = pageAs<ApplyRunPage>(ApplyRunPageId))
        run->stop();
    QSettings().setValue(QStringLiteral("geometry"), saveGeometry());
    QWizard::done(result);
}

void InstallerWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void InstallerWizard::retranslate()
{
    setWindowTitle(tr("TKEStack Cilium Installer"));
    // QWizard keeps its button texts from construction; set them again in the new language.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
}

} // namespace tkeci
