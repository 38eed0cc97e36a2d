#pragma once

#include "apply/Uninstaller.h"
#include "plan/InstallPlan.h"
#include "preflight/PreflightOptions.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace tkeci {
class UninstallNodeSteps;

/// Uninstall from the Finish page: after a confirmation naming the server and context,
/// deletes what the inventory lists (reverse order, labels off again) and lists each object
/// as it goes (deleted / already gone), or the failure. Then, over SSH: the masters whose
/// kube-controller-manager the apply edited get their backup back, and with the box ticked
/// every node loses Cilium's links and CNI files; each node's outcome is a row.
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
    void end();
    void deleted(const UninstallResult &result);
    void complete(bool ok);

    std::optional<ClusterAccess> m_access;
    QString m_inventoryFile;
    std::unique_ptr<Uninstaller> m_uninstaller;
    std::unique_ptr<KubeClient> m_client; // after the uninstaller: destroyed first
    QPushButton *m_button = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_result = nullptr;
    QCheckBox *m_cleanNodes = nullptr;
    UninstallNodeSteps *m_nodeSteps = nullptr;
    InstallPlan m_plan;
    bool m_mastersMayBeEdited = false;
    PreflightOptions m_ssh;
    QStringList m_lines; // the result so far
};

} // namespace tkeci
