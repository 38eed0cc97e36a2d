#pragma once

#include "plan/InstallPlan.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QTabWidget;

namespace tkeci {
class Translations;

/// The program's main window. For now it shows the plan from the embedded default profile and
/// the manifests it renders; the wizard pages grow inside it.
class InstallerWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit InstallerWindow(Translations &translations, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showPlan();

    Translations &m_translations;
    InstallPlan m_plan;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QTabWidget *m_manifests = nullptr;
};

} // namespace tkeci
