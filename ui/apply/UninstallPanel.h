#pragma once

#include "apply/UninstallRun.h"
#include "plan/InstallPlan.h"
#include "preflight/PreflightOptions.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QDialog;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace tkeci {
class ControllerManagerStep;

/// Uninstall from the Finish page, the wizard's face of UninstallRun: after a confirmation
/// naming the server and context, lists each object as it is deleted (deleted / already
/// gone), or the failure; then, over SSH, each master's and node's outcome as a row (the run
/// decides which masters get their kube-controller-manager backup back, and with the box
/// ticked every node loses Cilium's links and CNI files). Secrets are asked in a dialog.
class UninstallPanel : public QWidget
{
    Q_OBJECT
public:
    explicit UninstallPanel(QWidget *parent = nullptr);
    ~UninstallPanel() override;

    /// Where to uninstall from; nullopt hides the panel.
    void setAccess(const std::optional<ClusterAccess> &access, const QString &inventoryFile);
    /// The nodes of the install and how to reach them (the node steps after the deletion).
    /// `mastersMayBeEdited`: the apply ran the controller-manager step (not skipped), so every
    /// master of an overlay plan is asked to put its backup back.
    void setNodes(const InstallPlan &plan, const PreflightOptions &ssh, bool mastersMayBeEdited);
    /// Deletes now, without asking (the button asks first).
    void uninstall();
    bool isRunning() const;

    QPushButton *button() const { return m_button; }
    QTreeWidget *list() const { return m_list; }
    QLabel *result() const { return m_result; }
    QCheckBox *cleanNodesBox() const { return m_cleanNodes; }

Q_SIGNALS:
    void finished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void addRow(const QString &first, const QString &second, bool ok);
    void finish(const UninstallRunResult &result);

    std::optional<ClusterAccess> m_access;
    QString m_inventoryFile;
    // Released to deleteLater() when it ends: never deleted inside its own signal.
    std::unique_ptr<UninstallRun> m_run;
    QPushButton *m_button = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_result = nullptr;
    QCheckBox *m_cleanNodes = nullptr;
    QPointer<QDialog> m_dialog; // the secrets dialog while it is open
    InstallPlan m_plan;
    bool m_mastersMayBeEdited = false;
    PreflightOptions m_ssh;
};

} // namespace tkeci
