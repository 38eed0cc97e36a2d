#pragma once

#include <QWizardPage>

namespace tkeci {
struct WizardState;

/// Base of every page: gives access to the shared state and re-translates on a language
/// switch (QEvent::LanguageChange), so no page needs a restart to change language.
class WizardPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardPage(WizardState &state, QWidget *parent = nullptr);

protected:
    /// Sets every visible text; called once after construction and on every language switch.
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;
    WizardState &m_state;
};

} // namespace tkeci
