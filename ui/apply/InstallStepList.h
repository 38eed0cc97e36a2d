#pragma once

#include "apply/ExistingClusterInstall.h"

#include <QTreeWidget>

namespace tkeci {

/// The steps of an install on an existing cluster with the state of each (pending, running,
/// done, not needed, failed, waiting for the operator).
class InstallStepList : public QTreeWidget
{
    Q_OBJECT
public:
    enum State { Pending, Running, Done, Skipped, Failed, Waiting };
    explicit InstallStepList(QWidget *parent = nullptr);

    void setState(InstallStep step, State state);
    State state(InstallStep step) const;
    /// A step started: the ones before it that ran are done.
    void started(InstallStep step);
    /// The run ended: running steps are done, or `failed` failed (running ones fail when stopped).
    void ended(std::optional<InstallStep> failed, bool stopped);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
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
