#pragma once

#include "apply/ExistingClusterInstall.h"
#include "preflight/PreflightOptions.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace tkeci {
class AppliedObjectList;
class ControllerManagerStep;
class InstallStepList;
class RolloutBars;
class VerdictList;

/// The live view of an install on an existing cluster: the steps, every object as it is
/// applied (created / configured / unchanged, or the failure with its reason), one progress
/// bar per workload, crash-loop log lines, the connectivity verdicts, and the operator's
/// answers where the run pauses (go on despite another CNI, retry, wait longer, stop).
class ExistingRunPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExistingRunPanel(QWidget *parent = nullptr);
    ~ExistingRunPanel() override;

    /// How the masters are reached over SSH for the overlay kube-controller-manager step, and
    /// whether the step runs (false: the operator set the flags himself).
    void setMasterAccess(const PreflightOptions &ssh, bool editControllerManager);
    /// Starts the run; the panel owns it until it ends or is stopped.
    void start(const ClusterAccess &access, const ExistingInstallOptions &options,
        const InstallPlan &plan, const QList<ManifestFile> &targetFiles,
        const QList<ManifestFile> &verificationFiles);
    /// Stops at once (the Stop button, the wizard's Cancel): no reply is handled afterwards.
    void stop();
    bool isRunning() const { return m_run != nullptr; }
    const std::optional<ExistingInstallResult> &result() const { return m_result; }

    InstallStepList *stepList() const { return m_steps; }
    AppliedObjectList *objectList() const { return m_objects; }
    RolloutBars *rolloutBars() const { return m_bars; }
    VerdictList *verdicts() const { return m_verdicts; }
    QPlainTextEdit *log() const { return m_log; }
    QLabel *message() const { return m_message; }
    QPushButton *goOnButton() const { return m_goOn; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *waitLongerButton() const { return m_waitLonger; }
    QPushButton *stopButton() const { return m_stop; }
    ControllerManagerStep *controllerManagerStep() const { return m_masterStep; }

Q_SIGNALS:
    /// The run ended (finished, failed or stopped); result() says how.
    void ended();

protected:
    void changeEvent(QEvent *event) override;

private:
    void connectRun();
    void hideAnswers();
    void say(const QString &text, bool problem);
    void onFinished(const ExistingInstallResult &result);
    void retranslate();

    // Released to deleteLater() when a run ends: never deleted inside its own signal.
    std::unique_ptr<ExistingClusterInstall> m_run;
    std::optional<ExistingInstallResult> m_result;
    PreflightOptions m_ssh;
    bool m_editControllerManager = true;
    ControllerManagerStep *m_masterStep = nullptr;
    InstallStepList *m_steps = nullptr;
    QTabWidget *m_tabs = nullptr;
    AppliedObjectList *m_objects = nullptr;
    RolloutBars *m_bars = nullptr;
    VerdictList *m_verdicts = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_goOn = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_waitLonger = nullptr;
    QPushButton *m_giveUp = nullptr;
    QPushButton *m_stop = nullptr;
};

} // namespace tkeci
