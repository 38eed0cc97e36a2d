#pragma once

#include "apply/NodeStepRunner.h"

#include <QObject>
#include <QPointer>

class QDialog;
class QWidget;

namespace tkeci {

/// Uninstall's SSH steps, as the command line's restoreNodes() does them: asks the secrets
/// the logins need, puts kube-controller-manager's backup back on the masters the apply
/// edited, then (if asked) removes Cilium's links and CNI files from the nodes, on a worker
/// thread. Each node's outcome is reported as it is known.
class UninstallNodeSteps : public QObject
{
    Q_OBJECT
public:
    /// Dialogs open window-modal over `dialogParent`.
    explicit UninstallNodeSteps(QWidget *dialogParent);
    ~UninstallNodeSteps() override;

    /// `restore`: masters whose backup goes back; `clean`: nodes to clean. Either may be empty.
    void start(const QList<NodeSpec> &restore, const QList<NodeSpec> &clean,
        const PreflightOptions &options);
    void cancel();
    bool isRunning() const { return m_phase != Phase::Idle; }

Q_SIGNALS:
    /// One node's outcome: what was done (translated), or the error.
    void nodeDone(const QString &node, const QString &outcome, bool ok);
    void finished(bool ok);

private:
    enum class Phase { Idle, Asking, Restoring, Cleaning };
    void next();
    void stepFinished(const QList<NodeStepResult> &results);
    void finish();

    QWidget *m_dialogParent;
    NodeStepRunner m_runner;
    Phase m_phase = Phase::Idle;
    QList<NodeSpec> m_restore;
    QList<NodeSpec> m_clean;
    PreflightOptions m_options;
    NodeSecrets m_secrets; // overwritten when the steps end
    bool m_ok = true;
    QPointer<QDialog> m_dialog;
};

} // namespace tkeci
