#include "apply/ControllerManagerChange.h"

#include "apply/ControllerManagerUpdate.h"

#include <QCoreApplication>

namespace tkeci {

int MasterEditQuestion::toChange() const
{
    return int(std::count_if(plans.cbegin(), plans.cend(),
        [](const MasterEditPlan &p) { return p.edit.error.isEmpty() && p.edit.changed; }));
}

ControllerManagerChange::ControllerManagerChange(QObject *parent)
    : QObject(parent)
{
    connect(&m_runner, &NodeStepRunner::editsPlanned, this, &ControllerManagerChange::planned);
    connect(&m_runner, &NodeStepRunner::stepFinished, this, &ControllerManagerChange::stepFinished);
}

ControllerManagerChange::~ControllerManagerChange()
{
    cancel();
}

QString ControllerManagerChange::phaseText(ControllerManagerPhase phase) const
{
    const int masters = int(m_masters.size());
    switch (phase) {
    case ControllerManagerPhase::Asking:
        return tr("The masters' SSH logins need a password or passphrase.");
    case ControllerManagerPhase::Planning:
        return tr("Reading %1 on %n master(s) over SSH…", nullptr, masters)
            .arg(kControllerManagerManifest);
    case ControllerManagerPhase::Consent:
        return tr("kube-controller-manager needs %1 on every master: read the change, then edit "
                  "the masters or stop.")
            .arg(overlayControllerManagerFlags().join(u' '));
    case ControllerManagerPhase::Editing:
        return tr("Editing kube-controller-manager on %n master(s)…", nullptr, masters);
    case ControllerManagerPhase::Restoring:
        return tr("A master failed: putting kube-controller-manager back on the masters already "
                  "edited…");
    }
    return QString();
}

void ControllerManagerChange::start(const QList<NodeSpec> &masters, const PreflightOptions &options)
{
    cancel();
    m_masters = masters;
    m_options = options;
    const QList<SecretRequest> asked = secretRequestsFor(masters, options);
    if (asked.isEmpty()) {
        enter(ControllerManagerPhase::Planning);
        m_runner.planEdits(m_masters, m_options, m_secrets);
        return;
    }
    enter(ControllerManagerPhase::Asking);
    Q_EMIT secretsNeeded(asked);
}

void ControllerManagerChange::provideSecrets(const NodeSecrets &secrets)
{
    if (m_phase != ControllerManagerPhase::Asking)
        return;
    m_secrets = secrets;
    enter(ControllerManagerPhase::Planning);
    m_runner.planEdits(m_masters, m_options, m_secrets);
}

void ControllerManagerChange::declineSecrets()
{
    if (m_phase != ControllerManagerPhase::Asking)
        return;
    ControllerManagerResult result;
    result.stop = RunStop::Declined;
    finish(result);
}

void ControllerManagerChange::enter(ControllerManagerPhase phase)
{
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

void ControllerManagerChange::planned(const QList<MasterEditPlan> &plans)
{
    if (m_phase != ControllerManagerPhase::Planning)
        return;
    MasterEditQuestion question;
    question.plans = plans;
    bool readable = true;
    for (const MasterEditPlan &p : plans) {
        if (!p.edit.error.isEmpty()) {
            readable = false;
            Q_EMIT masterDone({p.node.ip, NodeStepOutcome::Unreadable, p.edit.error, {}});
        } else if (!p.edit.changed) {
            Q_EMIT masterDone({p.node.ip, NodeStepOutcome::FlagsAlreadyRight, {}, {}});
        }
    }
    if (readable && question.toChange() == 0) { // every master is already right: no question
        finish({});
        return;
    }
    question.answers = readable ? QList {MasterEditAnswer::Edit, MasterEditAnswer::Stop}
                                : QList {MasterEditAnswer::Stop};
    m_question = question;
    enter(ControllerManagerPhase::Consent);
    Q_EMIT consentNeeded(question);
}

void ControllerManagerChange::answer(MasterEditAnswer answer)
{
    if (m_phase != ControllerManagerPhase::Consent || !m_question
        || !m_question->answers.contains(answer))
        return;
    const MasterEditQuestion question = *std::exchange(m_question, std::nullopt);
    if (answer == MasterEditAnswer::Edit) {
        enter(ControllerManagerPhase::Editing);
        m_runner.applyEdits(question.plans, m_options, m_secrets);
        return;
    }
    ControllerManagerResult result;
    if (question.readable()) {
        result.stop = RunStop::Declined;
    } else {
        QStringList unreadable;
        for (const MasterEditPlan &p : question.plans) {
            if (!p.edit.error.isEmpty())
                unreadable.append(p.node.ip);
        }
        result.failure = tr("kube-controller-manager could not be read on %1: no master was "
                            "touched and nothing was applied. Fix the masters' SSH access, or set "
                            "the flags yourself and skip this step.")
                             .arg(unreadable.join(QStringLiteral(", ")));
    }
    finish(result);
}

void ControllerManagerChange::stepFinished(const QList<NodeStepResult> &results)
{
    if (m_phase == ControllerManagerPhase::Editing) {
        edited(results);
        return;
    }
    if (m_phase != ControllerManagerPhase::Restoring)
        return;
    for (const NodeStepResult &r : results)
        Q_EMIT masterDone(
            {r.node, r.ok() ? NodeStepOutcome::PutBack : NodeStepOutcome::PutBackFailed, r.error,
                r.details});
    ControllerManagerResult result;
    result.failure = m_failure;
    finish(result);
}

void ControllerManagerChange::edited(const QList<NodeStepResult> &results)
{
    QList<NodeSpec> toRestore;
    QStringList failed;
    QStringList edited;
    for (const NodeStepResult &r : results) {
        if (!r.ok()) {
            failed.append(r.node);
            Q_EMIT masterDone({r.node, NodeStepOutcome::EditFailed, r.error, {}});
        } else if (!r.details.isEmpty()) {
            edited.append(r.node);
            for (const NodeSpec &m : std::as_const(m_masters)) {
                if (m.ip == r.node)
                    toRestore.append(m);
            }
            Q_EMIT masterDone({r.node, NodeStepOutcome::Edited, {}, r.details});
        }
    }
    if (failed.isEmpty()) {
        ControllerManagerResult result;
        result.edited = edited;
        finish(result);
        return;
    }
    // One master without the flags is worse than none: the others go back as they were.
    m_failure = tr("kube-controller-manager could not be edited on %1; the masters already "
                   "edited are put back and nothing was applied.")
                    .arg(failed.join(QStringLiteral(", ")));
    if (toRestore.isEmpty()) {
        ControllerManagerResult result;
        result.failure = m_failure;
        finish(result);
        return;
    }
    enter(ControllerManagerPhase::Restoring);
    m_runner.restore(toRestore, m_options, m_secrets);
}

void ControllerManagerChange::finish(ControllerManagerResult result)
{
    clear();
    Q_EMIT finished(result);
}

void ControllerManagerChange::cancel()
{
    m_runner.cancel();
    clear();
}

void ControllerManagerChange::clear()
{
    m_phase.reset();
    m_question.reset();
    m_failure.clear();
    wipeSecrets(m_secrets);
}

} // namespace tkeci
