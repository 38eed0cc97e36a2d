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
    /// The page's own work failed (preflight checks failed, the apply ended in an error): the
    /// step list marks it. Pages that only ask answers never fail.
    virtual bool failed() const { return false; }
    /// The page's name in the step list: its title, unless that is too long for a list.
    virtual QString stepName() const { return title(); }

Q_SIGNALS:
    /// failed() changed. Its own signal, not completeChanged(): QWizard answers that one by
    /// repainting the whole window.
    void failedChanged();

protected:
    /// Sets every visible text; called once after construction and on every language switch.
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;
    WizardState &m_state;
};

} // namespace tkeci
