#include "WizardPage.h"

#include <QEvent>

namespace tkeci {

WizardPage::WizardPage(WizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
{ }

void WizardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

} // namespace tkeci
