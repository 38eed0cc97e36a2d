#pragma once

#include "PageId.h"
#include "WizardState.h"

#include <QWizard>

#include <memory>

namespace tkeci {
class Translations;

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

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void retranslate();

    std::unique_ptr<WizardState> m_state;
};

} // namespace tkeci
