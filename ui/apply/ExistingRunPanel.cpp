#include "ExistingRunPanel.h"

#include "ControllerManagerStep.h"
#include "InstallStepList.h"
#include "RolloutBars.h"
#include "VerdictList.h"
#include "apply/LabelWarningText.h"
#include "widgets/StatusTone.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tkeci {
namespace {
enum Tab { ObjectsTab, RolloutTab, CheckTab, LogTab };
constexpr int kWaitLongerMs = 300000; // what one "Wait longer" adds
} // namespace

ExistingRunPanel::ExistingRunPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_steps = new InstallStepList(this);
    layout->addWidget(m_steps);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    m_goOn = new QPushButton(this);
    m_retry = new QPushButton(this);
    m_waitLonger = new QPushButton(this);
    m_giveUp = new QPushButton(this);
    m_stop = new QPushButton(this);
    for (QPushButton *b : {m_goOn, m_retry, m_waitLonger, m_giveUp})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_stop);
    hideAnswers();
    layout->addLayout(buttons);

    m_tabs = new QTabWidget(this);
    m_objects = new AppliedObjectList(m_tabs);
    QScrollArea *scroll = RolloutBars::inScrollArea(m_bars, m_tabs);
    m_verdicts = new VerdictList(m_tabs);
    m_log = new QPlainTextEdit(m_tabs);
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->addTab(m_objects, QString());
    m_tabs->addTab(scroll, QString());
    m_tabs->addTab(m_verdicts, QString());
    m_tabs->addTab(m_log, QString());
    layout->addWidget(m_tabs, 1);

    connect(m_goOn, &QPushButton::clicked, this, [this] {
        m_goOn->hide();
        say(QString(), false);
        m_steps->setState(InstallStep::OtherCniCheck, InstallStepList::Done);
        if (m_run) // a queued click after the run ended finds nothing to answer
            m_run->goOnDespiteOtherCni();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_retry->hide();
        say(QString(), false);
        if (m_run)
            m_run->retryApply();
    });
    connect(m_waitLonger, &QPushButton::clicked, this, [this] {
        m_giveUp->hide();
        m_steps->setState(InstallStep::Rollout, InstallStepList::Running);
        say(tr("Waiting %n more minute(s).", nullptr, kWaitLongerMs / 60000), false);
        if (m_run)
            m_run->waitLonger(kWaitLongerMs);
    });
    connect(m_giveUp, &QPushButton::clicked, this, [this] {
        hideAnswers();
        if (m_run)
            m_run->giveUpRollout();
    });
    connect(m_stop, &QPushButton::clicked, this, &ExistingRunPanel::stop);
    m_masterStep = new ControllerManagerStep(this);
    connect(m_masterStep, &ControllerManagerStep::progress, this,
        [this](const QString &text) { say(text, false); });
    connect(m_masterStep, &ControllerManagerStep::logLine, m_log, &QPlainTextEdit::appendPlainText);
    retranslate();
}

ExistingRunPanel::~ExistingRunPanel()
{
    m_masterStep->close();
    m_run.reset(); // its client goes first: no callback reaches this half-destroyed panel
}

void ExistingRunPanel::setMasterAccess(const PreflightOptions &ssh, bool editControllerManager)
{
    m_ssh = ssh;
    m_editControllerManager = editControllerManager;
}

void ExistingRunPanel::start(const ClusterAccess &access, const ExistingInstallOptions &options,
    const InstallPlan &plan, const QList<ManifestFile> &targetFiles,
    const QList<ManifestFile> &verificationFiles)
{
    m_run = std::make_unique<ExistingClusterInstall>(access);
    m_run->setOptions(options);
    // Overlay: tke-eni-ipamd hands out pod CIDRs, so kube-controller-manager must not. The
    // run shows each master's diff and asks before any master is touched.
    if (m_editControllerManager)
        m_run->setMasterAccess(m_ssh);
    m_masterStep->attach(m_run->controllerManagerChange());
    connectRun();
    m_stop->setEnabled(true);
    m_stop->show();
    m_run->start(plan, targetFiles, verificationFiles);
}

void ExistingRunPanel::connectRun()
{
    connect(m_run.get(), &ExistingClusterInstall::stepStarted, this, [this](InstallStep s) {
        m_steps->started(s);
        if (s == InstallStep::Apply)
            m_tabs->setCurrentIndex(ObjectsTab);
        else if (s == InstallStep::Rollout)
            m_tabs->setCurrentIndex(RolloutTab);
        else if (s == InstallStep::Connectivity)
            m_tabs->setCurrentIndex(CheckTab);
        else if (s == InstallStep::ControllerManager)
            m_tabs->setCurrentIndex(LogTab); // each master's outcome is a line there
        m_waitLonger->setVisible(s == InstallStep::Rollout);
    });
    connect(m_run.get(), &ExistingClusterInstall::stepSkipped, this,
        [this](InstallStep s) { m_steps->setState(s, InstallStepList::Skipped); });
    connect(m_run.get(), &ExistingClusterInstall::otherCniFound, this,
        [this](const QList<OtherCni> &found) {
            m_steps->setState(InstallStep::OtherCniCheck, InstallStepList::Waiting);
            QStringList lines;
            for (const OtherCni &c : found)
                lines.append(tr("%1 (DaemonSet %2)").arg(c.cni, c.daemonSet));
            say(tr("Another CNI runs on this cluster: %1. Two CNIs on one node fight over pod "
                   "networking. Remove it first, or go on if you know it is being replaced.")
                    .arg(lines.join(QStringLiteral(", "))),
                true);
            m_goOn->show();
        });
    connect(m_run.get(), &ExistingClusterInstall::nodeLabelled, this,
        [this](const QString &node, const QString &asn, const QString &switchIp) {
            m_log->appendPlainText(tr("node %1 labelled: %2=%3, %4=%5")
                                       .arg(node, kAsnLabel, asn, kSwitchIpLabel, switchIp));
        });
    connect(m_run.get(), &ExistingClusterInstall::labelWarnings, this,
        [this](const QStringList &notInCluster, const QStringList &notInProfile) {
            for (const QString &line : labelWarningLines(notInCluster, notInProfile))
                m_log->appendPlainText(line);
        });
    connect(m_run.get(), &ExistingClusterInstall::objectStarted, this,
        [this](int, int, const QString &object) { m_objects->started(object); });
    connect(m_run.get(), &ExistingClusterInstall::objectApplied, this,
        [this](int, int, const QString &object, ApplyOutcome outcome) {
            m_objects->applied(object, outcome);
        });
    connect(m_run.get(), &ExistingClusterInstall::applyFailed, this,
        [this](const QString &object, const KubeError &error) {
            m_steps->setState(InstallStep::Apply, InstallStepList::Failed);
            if (!object.isEmpty())
                m_objects->failed(object, error);
            say(object.isEmpty() ? error.message
                                 : tr("Stopped at %1: %2\nWhat was applied stays and is in the "
                                      "inventory. Fix the cause, then retry: applied "
                                      "objects come back unchanged.")
                                       .arg(object, error.message),
                true);
            m_retry->show();
        });
    connect(
        m_run.get(), &ExistingClusterInstall::applyWarnings, this, [this](const QStringList &w) {
            for (const QString &line : w)
                m_log->appendPlainText(tr("warning: %1").arg(line));
        });
    connect(
        m_run.get(), &ExistingClusterInstall::rolloutStarted, m_bars, &RolloutBars::setWorkloads);
    connect(m_run.get(), &ExistingClusterInstall::rolloutProgress, m_bars, &RolloutBars::update);
    connect(m_run.get(), &ExistingClusterInstall::rolloutTimedOut, this,
        [this](const RolloutResult &r) {
            m_steps->setState(InstallStep::Rollout, InstallStepList::Waiting);
            QStringList late;
            for (const RolloutProgress &p : r.workloads) {
                if (!p.done)
                    late.append(p.object.display());
            }
            for (const PodProblem &p : r.podProblems) {
                m_log->appendPlainText(
                    tr("pod %1/%2, container %3: %4, %5 restart(s); its last lines:")
                        .arg(p.workload.ns, p.pod, p.container, p.reason)
                        .arg(p.restarts));
                for (const QString &line : p.lastLogLines)
                    m_log->appendPlainText(QStringLiteral("    | ") + line);
            }
            if (!r.podProblems.isEmpty())
                m_tabs->setCurrentIndex(LogTab);
            say(tr("Not rolled out in time: %1. The Log tab shows the last lines of crashing "
                   "pods. Wait longer, or give up and look at the cluster.")
                    .arg(late.join(QStringLiteral(", "))),
                true);
            m_waitLonger->show();
            m_giveUp->show();
        });
    connect(m_run.get(), &ExistingClusterInstall::checkApplied, this, [this](int n) {
        say(tr("Connectivity check applied (%1 objects); waiting for its deployments.").arg(n),
            false);
    });
    connect(m_run.get(), &ExistingClusterInstall::checkProgress, m_verdicts, &VerdictList::update);
    connect(m_run.get(), &ExistingClusterInstall::finished, this, &ExistingRunPanel::onFinished);
}

void ExistingRunPanel::onFinished(const ExistingInstallResult &result)
{
    m_result = result;
    hideAnswers();
    m_steps->ended(result.failedStep, result.stop == RunStop::Stopped);
    if (result.connectivity)
        m_verdicts->setResult(*result.connectivity);
    if (result.error)
        say(result.error->message, true);
    else if (result.stop)
        say(installStopText(result.failedStep.value_or(InstallStep::Apply), *result.stop), true);
    else if (result.ok())
        say(tr("Cilium is installed and the connectivity check passed."), false);
    else
        say(tr("Cilium is installed, but the connectivity check FAILED: see the verdicts."), true);
    // Deleted later: this slot runs inside the run's own signal.
    m_run->disconnect(this);
    m_run.release()->deleteLater();
    Q_EMIT ended();
}

void ExistingRunPanel::stop()
{
    if (!m_run)
        return;
    // While objects are applied, the run ends at its next safe point and records what went
    // in: dropping it here would leave applied objects out of the inventory (and so out of
    // an uninstall). onFinished() tells the stop.
    if (m_run->stopApplying()) {
        m_stop->setEnabled(false);
        say(tr("Stopping: the objects already sent are answered and written to the inventory; "
               "nothing more is sent."),
            false);
        return;
    }
    m_masterStep->close(); // the run's SSH work ends with it
    ExistingInstallResult stopped = m_run->result();
    stopped.stop = RunStop::Stopped;
    // The client dies with the run, so no reply is handled after this; what the server
    // already accepted stays (the apply's objects are in the inventory: see above).
    m_run->disconnect(this);
    m_run.release()->deleteLater();
    hideAnswers();
    m_steps->ended(std::nullopt, true);
    m_result = stopped;
    say(installStopText(InstallStep::Apply, RunStop::Stopped), true);
    Q_EMIT ended();
}

void ExistingRunPanel::hideAnswers()
{
    for (QPushButton *b : {m_goOn, m_retry, m_waitLonger, m_giveUp, m_stop})
        b->hide();
}

void ExistingRunPanel::say(const QString &text, bool problem)
{
    m_message->setText(text);
    setLabelTone(m_message, problem ? Tone::Bad : Tone::Neutral);
    m_message->setVisible(!text.isEmpty());
}

void ExistingRunPanel::retranslate()
{
    m_tabs->setTabText(ObjectsTab, tr("Objects"));
    m_tabs->setTabText(RolloutTab, tr("Rollout"));
    m_tabs->setTabText(CheckTab, tr("Connectivity check"));
    m_tabs->setTabText(LogTab, tr("Log"));
    m_goOn->setText(tr("&Go on anyway"));
    m_retry->setText(tr("&Retry"));
    m_waitLonger->setText(tr("&Wait longer"));
    m_giveUp->setText(tr("G&ive up"));
    m_stop->setText(tr("&Stop"));
}

void ExistingRunPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tkeci
