#pragma once

#include "WizardPage.h"

#include "validation/Problem.h"
#include <QStringList>

class QComboBox;
class QLabel;
class QPushButton;

namespace tkeci {

/// What will happen, the language (switches at once), and where the answers start from: a
/// saved profile or the default.
class WelcomePage : public WizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(WizardState &state, QWidget *parent = nullptr);
    /// Opens a profile file (the button's dialog ends here; tests call it directly).
    void openProfile(const QString &path);
    void startFromDefault();
    QComboBox *languageBox() const { return m_language; }
    QString stepName() const override;

protected:
    void retranslate() override;

private:
    void showProfileStatus();

    QLabel *m_intro = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_openLast = nullptr;
    QPushButton *m_default = nullptr;
    QLabel *m_status = nullptr;
    QString m_lastProfile;
    int m_openProblems = -1; // -1: the default profile is in use; -2: the last open failed
    Problem m_openError; // why the last open failed
    QStringList m_restoredEdits; // manifest edits brought back with the opened profile
    QStringList m_editProblems; // why kept edits could not all be read
};

} // namespace tkeci
