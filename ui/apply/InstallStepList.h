#pragma once

#include "apply/ExistingClusterInstall.h"

#include <QTreeWidget>

namespace tkeci {

/// The steps of a run with the state of each (pending, running, done, not needed, failed,
/// waiting for the operator). Steps are a run's step enum (InstallStep, NewClusterStep), held
/// as ints; the names come from a function so they re-translate on a language change.
class InstallStepList : public QTreeWidget
{
    Q_OBJECT
public:
    enum State { Pending, Running, Done, Skipped, Failed, Waiting };
    using StepName = QString (*)(int step);
    /// The steps of an install on an existing cluster (ExistingClusterInstall).
    explicit InstallStepList(QWidget *parent = nullptr);
    /// `steps` in the order they run, named by `name`.
    InstallStepList(const QList<int> &steps, StepName name, QWidget *parent = nullptr);

    void setState(int step, State state);
    State state(int step) const;
    /// A step started: the ones before it that ran are done.
    void started(int step);
    /// The run ended: running steps are done, or `failed` failed (running ones fail when stopped).
    void ended(std::optional<int> failed, bool stopped);

    template<typename Step> void setState(Step step, State s) { setState(int(step), s); }
    template<typename Step> State state(Step step) const { return state(int(step)); }
    template<typename Step> void started(Step step) { started(int(step)); }
    template<typename Step> void ended(std::optional<Step> failed, bool stopped)
    {
        ended(failed ? std::optional<int>(int(*failed)) : std::nullopt, stopped);
    }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QList<int> m_steps;
    StepName m_name;
};

/// The objects of the apply, each with its outcome (created / configured / unchanged), or the
/// failure and its reason. A retried object keeps its row.
class AppliedObjectList : public QTreeWidget
{
    Q_OBJECT
public:
    explicit AppliedObjectList(QWidget *parent = nullptr);

    void started(const QString &object);
    void applied(const QString &object, ApplyOutcome outcome);
    void failed(const QString &object, const KubeError &error);
    QTreeWidgetItem *row(const QString &object) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QTreeWidgetItem *rowFor(const QString &object);
    void retranslate();
};

} // namespace tkeci
