#pragma once

#include "WizardPage.h"

class QLabel;
class QPushButton;

namespace tkeci {
class UninstallPanel;
class VerdictList;

/// What was decided and where things went, the connectivity check's verdicts, and Uninstall
/// for what was applied; the answers are saved as a profile (never a secret) so the next run
/// can start from them.
class FinishPage : public WizardPage
{
    Q_OBJECT
public:
    explicit FinishPage(WizardState &state, QWidget *parent = nullptr);
    void initializePage() override;
    QLabel *summary() const { return m_summary; }
    VerdictList *verdicts() const { return m_verdicts; }
    UninstallPanel *uninstallPanel() const { return m_uninstall; }
    /// Shown when the export was written before the latest edit: writes it again, same place.
    QPushButton *exportAgainButton() const { return m_exportAgain; }
    /// Whether the files exported on the Export page still hold the manifests as they are now.
    bool exportIsCurrent() const;

protected:
    void retranslate() override;

private:
    /// How the Applying page's run ended, in the language of the moment.
    QString applyOutcomeText() const;
    void exportAgain();

    QLabel *m_summary = nullptr;
    QPushButton *m_exportAgain = nullptr;
    QString m_exportError;
    QLabel *m_verdictTitle = nullptr;
    VerdictList *m_verdicts = nullptr;
    QLabel *m_uninstallTitle = nullptr;
    UninstallPanel *m_uninstall = nullptr;
    QString m_saveError;
    QStringList m_savedEdits; // file names kept beside the saved profile
    QStringList m_withheldEdits; // file names not kept: they hold a credential
};

} // namespace tkeci
