#pragma once

#include "apply/NewClusterInstall.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace tkeci {
class AppliedObjectList;
class InstallStepList;
class RolloutBars;
class VerdictList;

/// The live view of the new-cluster target, over NewClusterInstall: the steps, status.phase
/// and every condition of the Cluster (EnsureCilium FailedInit ...), each worker Machine, then
/// on the new cluster the operator's edited files, the rollout and the connectivity check.
/// Pauses are answered with buttons (take over TKEStack's fields or stop; wait longer or give
/// up); a failed run can be retried, which follows the Cluster already created.
class NewClusterPanel : public QWidget
{
    Q_OBJECT
public:
    /// The run's inputs. `clusterFile` holds machine credentials: kept in memory for Retry and
    /// wiped when the panel goes or a new run replaces it; never written anywhere.
    struct Inputs
    {
        ClusterAccess globalCluster;
        NewClusterInstallOptions options;
        InstallPlan plan;
        ManifestFile clusterFile;
        QList<ManifestFile> installerFiles;
        QList<ManifestFile> tkeStackFiles; // deployed by TKEStack; their rollout is watched too
        QList<ManifestFile> verificationFiles;
    };

    explicit NewClusterPanel(QWidget *parent = nullptr);
    ~NewClusterPanel() override;

    void start(Inputs inputs);
    void stop();
    bool isRunning() const { return m_run != nullptr; }
    /// The last run's result; its error says "stopped" when the operator stopped it.
    const std::optional<NewClusterInstallResult> &result() const { return m_result; }
    bool stopped() const { return m_stopped; }

    QLabel *phaseLabel() const { return m_phase; }
    QTreeWidget *conditions() const { return m_conditions; }
    QTreeWidget *machines() const { return m_machines; }
    AppliedObjectList *objects() const { return m_objects; }
    InstallStepList *steps() const { return m_steps; }
    QLabel *message() const { return m_message; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *takeOverButton() const { return m_takeOver; }

Q_SIGNALS:
    void ended();

protected:
    void changeEvent(QEvent *event) override;

private:
    void run();
    void connectRun();
    void showStatus(const QString &phase, const QList<ClusterCondition> &conditions);
    void showMachine(const MachineProgress &machine);
    void onFinished(const NewClusterInstallResult &result);
    void end();
    void say(const QString &text, bool problem);
    void hideAnswers();
    void retranslate();
    void wipeClusterFile();

    std::optional<Inputs> m_inputs;
    std::unique_ptr<NewClusterInstall> m_run; // released to deleteLater() when it ends
    std::optional<NewClusterInstallResult> m_result;
    bool m_stopped = false;
    QString m_lastPhase;
    QLabel *m_phase = nullptr;
    QLabel *m_message = nullptr;
    InstallStepList *m_steps = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_conditions = nullptr;
    QTreeWidget *m_machines = nullptr;
    AppliedObjectList *m_objects = nullptr;
    RolloutBars *m_bars = nullptr;
    VerdictList *m_verdicts = nullptr;
    QPushButton *m_takeOver = nullptr;
    QPushButton *m_keepTkeStack = nullptr;
    QPushButton *m_waitLonger = nullptr;
    QPushButton *m_giveUp = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_stop = nullptr;
};

} // namespace tkeci
