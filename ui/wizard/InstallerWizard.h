#pragma once

#include "LeaveQuestion.h"
#include "PageId.h"
#include "WizardState.h"

#include <QMessageBox>
#include <QPointer>
#include <QWizard>

#include <memory>

namespace tkeci {
class Translations;
class WizardStepList;

/// The installer: the TKEStack flow as QWizard pages (see PageId). Owns the shared state;
/// remembers window geometry, the last profile and the language with QSettings.
class InstallerWizard : public QWizard
{
    Q_OBJECT
public:
    explicit InstallerWizard(Translations &translations, QWidget *parent = nullptr);
    ~InstallerWizard() override;

    WizardState &state() { return *m_state; }
    template<typename P> P *pageAs(PageId id) const { return qobject_cast<P *>(page(id)); }
    /// What leaving now would lose (see LeaveQuestion).
    UnsavedWork unsavedWork() const;
    WizardStepList *stepList() const { return m_steps; }

public Q_SLOTS:
    /// Cancel, Escape and closing the window: closes at once when nothing would be lost,
    /// else asks (LeaveQuestion) and closes only on "Leave".
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void retranslate();

    std::unique_ptr<WizardState> m_state;
    QPointer<QMessageBox> m_leaveQuestion; // open while the question is asked
    WizardStepList *m_steps = nullptr; // the side widget
};

} // namespace tkeci
