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
#include "profile/ProfileReader.h"

#include <QEvent>
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
