#pragma once

#include "WizardPage.h"

class QLabel;

namespace tkeci {

/// What was decided and where things went; the answers are saved as a profile (never a
/// secret) so the next run can start from them.
class FinishPage : public WizardPage
{
    Q_OBJECT
public:
    explicit FinishPage(WizardState &state, QWidget *parent = nullptr);
    void initializePage() override;
    QLabel *summary() const { return m_summary; }

protected:
    void retranslate() override;

private:
    QLabel *m_summary = nullptr;
    QString m_saveError;
};

} // namespace tkeci
