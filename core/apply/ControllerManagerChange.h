#pragma once

#include "apply/LoginSecrets.h"
#include "apply/NodeStepRunner.h"
#include "apply/NodeStepText.h"

#include <QObject>

#include <optional>

namespace tkeci {

/// Where a ControllerManagerChange is, for the faces' progress line.
enum class ControllerManagerPhase {
    Asking, // paused: the masters' logins need secrets (secretsNeeded())
    Planning, // reading each master's manifest over SSH
    Consent, // paused: the diffs wait for the operator (consentNeeded())
    Editing,
    Restoring, // a master failed: the ones already edited go back
};

/// The operator's answer to consentNeeded().
enum class MasterEditAnswer { Edit, Stop };

/// The question of the consent pause: each master's plan (its diff, "already right", or why it
/// could not be read) and the answers allowed. A master that could not be read leaves only
/// Stop: one master without the flags would go on allocating pod CIDRs.
struct MasterEditQuestion
{
    QList<MasterEditPlan> plans;
    QList<MasterEditAnswer> answers;
    int toChange() const;
    bool readable() const { return answers.contains(MasterEditAnswer::Edit); }
};

struct ControllerManagerResult
{
    QStringList edited; // masters changed (for the inventory, so that uninstall puts them back)
    std::optional<RunStop> stop; // declined (no secrets, or Stop at the consent) or stopped
    QString failure; // translated: a master failed, nothing was applied
    bool ok() const { return !stop && failure.isEmpty(); }
};

/// Overlay on an existing cluster: kube-controller-manager must not allocate pod CIDRs, since
/// tke-eni-ipamd does (DESIGN.md). The run: ask the secrets the masters' logins need (pause) ->
/// plan the edit on every master over SSH -> show the diffs and wait for consent (pause; no
/// pause when every master is already right) -> edit each with a backup -> if one fails, put
/// the others back. The SSH work runs on a worker thread; nothing blocks the owner's thread.
/// One face answers the pauses: the wizard with dialogs, the command line on the terminal.
class ControllerManagerChange : public QObject
{
    Q_OBJECT
public:
    explicit ControllerManagerChange(QObject *parent = nullptr);
    ~ControllerManagerChange() override;

    /// finished() follows once, unless cancel() comes first.
    void start(const QList<NodeSpec> &masters, const PreflightOptions &options);
    /// Answers to secretsNeeded(): the secrets by node IP (copied, and overwritten when the
    /// run ends), or none (the run ends declined, no master touched).
    void provideSecrets(const NodeSecrets &secrets);
    void declineSecrets();
    /// Answer to consentNeeded(); an answer the question does not allow is ignored.
    void answer(MasterEditAnswer answer);
    /// Gives up the SSH work and ends without finished(): the run it belonged to is gone.
    void cancel();
    bool isRunning() const { return m_phase.has_value(); }
    /// The consent question while the run waits for it (tests, screenshots).
    const std::optional<MasterEditQuestion> &pendingQuestion() const { return m_question; }

    /// The phase as a sentence in the current language, for this run's masters.
    QString phaseText(ControllerManagerPhase phase) const;

Q_SIGNALS:
    void phaseChanged(tkeci::ControllerManagerPhase phase);
    void secretsNeeded(const QList<tkeci::SecretRequest> &requests); // paused
    void consentNeeded(const tkeci::MasterEditQuestion &question); // paused
    void masterDone(const tkeci::NodeStepEvent &event);
    void finished(const tkeci::ControllerManagerResult &result);

private:
    void enter(ControllerManagerPhase phase);
    void planned(const QList<MasterEditPlan> &plans);
    void stepFinished(const QList<NodeStepResult> &results);
    void edited(const QList<NodeStepResult> &results);
    void finish(ControllerManagerResult result);
    void clear(); // not running, nothing held

    NodeStepRunner m_runner;
    std::optional<ControllerManagerPhase> m_phase; // nullopt: not running
    QList<NodeSpec> m_masters;
    PreflightOptions m_options;
    NodeSecrets m_secrets; // overwritten when the run ends
    std::optional<MasterEditQuestion> m_question;
    QString m_failure; // while the masters already edited are put back
};

} // namespace tkeci

Q_DECLARE_METATYPE(tkeci::MasterEditQuestion)
Q_DECLARE_METATYPE(tkeci::ControllerManagerResult)
