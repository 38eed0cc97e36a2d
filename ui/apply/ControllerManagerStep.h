#pragma once

#include "apply/NodeStepRunner.h"
#include "kube/KubeError.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QDialog;
class QWidget;

namespace tkeci {
class ControllerManagerDialog;

/// The wizard's side of the overlay kube-controller-manager step (ExistingClusterInstall's
/// hook), as the command line's editControllerManagers() does it: asks the masters' secrets
/// if any are needed, plans the edit on every master on a worker thread, shows the diffs and
/// asks consent (no dialog when every master is already right), edits with a backup, and
/// puts the edited masters back when one fails. Never blocks the GUI thread; cancel() at any
/// moment drops the callback and gives up the SSH work.
class ControllerManagerStep : public QObject
{
    Q_OBJECT
public:
    /// The step's end: an error stops the run; `edited` lists the masters changed (for the
    /// inventory, so that uninstall puts them back).
    using Done = std::function<void(std::optional<KubeError> error, const QStringList &edited)>;

    /// Dialogs open window-modal over `dialogParent`.
    explicit ControllerManagerStep(QWidget *dialogParent);
    ~ControllerManagerStep() override;

    void start(const QList<NodeSpec> &masters, const PreflightOptions &options, Done done);
    void cancel();
    bool isRunning() const { return m_done != nullptr; }
    /// The diff dialog while it is open (tests, screenshots).
    ControllerManagerDialog *diffDialog() const;

Q_SIGNALS:
    /// What the step is doing now, for the panel's message line.
    void progress(const QString &text);
    /// One line per master and outcome, for the panel's log.
    void logLine(const QString &line);

private:
    enum class Phase { Idle, Asking, Planning, Consent, Editing, Restoring };
    void plan();
    void planned(const QList<MasterEditPlan> &plans);
    void stepFinished(const QList<NodeStepResult> &results);
    void edited(const QList<NodeStepResult> &results);
    void finish(std::optional<KubeError> error, const QStringList &edited = {});
    void closeDialog();

    QWidget *m_dialogParent;
    NodeStepRunner m_runner;
    Phase m_phase = Phase::Idle;
    QList<NodeSpec> m_masters;
    PreflightOptions m_options;
    NodeSecrets m_secrets; // from the dialog until the step ends; overwritten then
    QList<MasterEditPlan> m_plans;
    QString m_failure; // the masters that failed and why, while the others are put back
    Done m_done;
    QPointer<QDialog> m_dialog;
};

} // namespace tkeci
