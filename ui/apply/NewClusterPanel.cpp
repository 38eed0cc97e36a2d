#include "NewClusterPanel.h"

#include "InstallStepList.h"
#include "RolloutBars.h"
#include "VerdictList.h"
#include "text/SafeText.h"
#include "widgets/StatusTone.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tkeci {
namespace {

enum Tab { ClusterTab, MachinesTab, ObjectsTab, RolloutTab, CheckTab };
constexpr int kWaitLongerMs = 300000; // what one "Wait longer" adds

const QList<int> kSteps {int(NewClusterStep::ReadVersions), int(NewClusterStep::CreateCluster),
    int(NewClusterStep::FollowExisting), int(NewClusterStep::WaitRunning),
    int(NewClusterStep::CreateMachines), int(NewClusterStep::WaitMachines),
    int(NewClusterStep::ConnectNewCluster), int(NewClusterStep::ApplyEdited),
    int(NewClusterStep::Rollout), int(NewClusterStep::Verify)};

QString stepName(int step)
{
    switch (NewClusterStep(step)) {
    case NewClusterStep::ReadVersions:
        return NewClusterPanel::tr("Kubernetes versions the platform offers");
    case NewClusterStep::CreateCluster:
        return NewClusterPanel::tr("Create the Cluster on the global cluster");
    case NewClusterStep::FollowExisting:
        return NewClusterPanel::tr("Follow the Cluster an earlier run created");
    case NewClusterStep::WaitRunning:
        return NewClusterPanel::tr("TKEStack installs the masters and Cilium (phase Running)");
    case NewClusterStep::CreateMachines:
        return NewClusterPanel::tr("Add the worker nodes (Machines)");
    case NewClusterStep::WaitMachines:
        return NewClusterPanel::tr("TKEStack installs the workers");
    case NewClusterStep::ConnectNewCluster:
        return NewClusterPanel::tr("Reach the new cluster (its ClusterCredential)");
    case NewClusterStep::ApplyEdited:
        return NewClusterPanel::tr("Apply your edited manifests");
    case NewClusterStep::Rollout:
        return NewClusterPanel::tr("Wait for the rollout");
    case NewClusterStep::Verify:
        return NewClusterPanel::tr("Connectivity check");
    }
    return QString();
}

QTreeWidget *makeTree(int columns, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setColumnCount(columns);
    tree->setRootIsDecorated(false);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

NewClusterPanel::NewClusterPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_phase = new QLabel(this);
    QFont big = m_phase->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_phase->setFont(big);
    layout->addWidget(m_phase);
    m_steps = new InstallStepList(kSteps, stepName, this);
    layout->addWidget(m_steps);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    m_takeOver = new QPushButton(this);
    m_keepTkeStack = new QPushButton(this);
    m_waitLonger = new QPushButton(this);
    m_giveUp = new QPushButton(this);
    m_retry = new QPushButton(this);
    m_stop = new QPushButton(this);
    for (QPushButton *b : {m_takeOver, m_keepTkeStack, m_waitLonger, m_giveUp, m_retry})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_stop);
    layout->addLayout(buttons);
    hideAnswers();

    m_tabs = new QTabWidget(this);
    m_conditions = makeTree(4, m_tabs);
    m_machines = makeTree(4, m_tabs);
    m_objects = new AppliedObjectList(m_tabs);
    QScrollArea *scroll = RolloutBars::inScrollArea(m_bars, m_tabs);
    m_verdicts = new VerdictList(m_tabs);
    m_tabs->addTab(m_conditions, QString());
    m_tabs->addTab(m_machines, QString());
    m_tabs->addTab(m_objects, QString());
    m_tabs->addTab(scroll, QString());
    m_tabs->addTab(m_verdicts, QString());
    layout->addWidget(m_tabs, 1);

    connect(m_takeOver, &QPushButton::clicked, this, [this] {
        hideAnswers();
        m_stop->show();
        m_steps->setState(NewClusterStep::ApplyEdited, InstallStepList::Running);
        say(tr("Taking the fields over; your values win."), false);
        if (m_run) // a queued click after the run ended finds nothing to answer
            m_run->answerConflict(ConflictAnswer::TakeOver);
    });
    connect(m_keepTkeStack, &QPushButton::clicked, this, [this] {
        hideAnswers();
        if (m_run)
            m_run->answerConflict(ConflictAnswer::Stop);
    });
    connect(m_waitLonger, &QPushButton::clicked, this, [this] {
        hideAnswers();
        m_stop->show();
        m_steps->setState(NewClusterStep::Rollout, InstallStepList::Running);
        say(tr("Waiting %n more minute(s).", nullptr, kWaitLongerMs / 60000), false);
        if (m_run)
            m_run->waitLonger(kWaitLongerMs);
    });
    connect(m_giveUp, &QPushButton::clicked, this, [this] {
        hideAnswers();
        if (m_run)
            m_run->giveUpRollout();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_inputs && !m_run)
            run();
    });
    connect(m_stop, &QPushButton::clicked, this, &NewClusterPanel::stop);
    retranslate();
}

NewClusterPanel::~NewClusterPanel()
{
    m_run.reset(); // first: its clients go, so no reply reaches this half-destroyed panel
    wipeClusterFile();
}

void NewClusterPanel::wipeClusterFile()
{
    if (m_inputs)
        m_inputs->clusterFile.yaml.fill('\0');
}

void NewClusterPanel::start(Inputs inputs)
{
    wipeClusterFile();
    m_inputs = std::move(inputs);
    run();
}

void NewClusterPanel::run()
{
    m_result.reset();
    m_stopped = false;
    m_lastPhase.clear();
    m_conditions->clear();
    m_machines->clear();
    m_objects->clear();
    for (int step : kSteps)
        m_steps->setState(step, InstallStepList::Pending);
    hideAnswers();
    m_run = std::make_unique<NewClusterInstall>(m_inputs->globalCluster);
    m_run->setOptions(m_inputs->options);
    m_run->setDeployedByTkeStack(m_inputs->tkeStackFiles);
    connectRun();
    m_phase->setText(tr("Creating the Cluster object…"));
    say(QString(), false);
    m_stop->show();
    m_run->start(m_inputs->plan, m_inputs->clusterFile, m_inputs->installerFiles,
        m_inputs->verificationFiles);
}

void NewClusterPanel::connectRun()
{
    NewClusterInstall *run = m_run.get();
    connect(run, &NewClusterInstall::stepStarted, this, [this](NewClusterStep s) {
        m_steps->started(s);
        if (s == NewClusterStep::CreateMachines || s == NewClusterStep::WaitMachines)
            m_tabs->setCurrentIndex(MachinesTab);
        else if (s == NewClusterStep::ApplyEdited)
            m_tabs->setCurrentIndex(ObjectsTab);
        else if (s == NewClusterStep::Rollout)
            m_tabs->setCurrentIndex(RolloutTab);
        else if (s == NewClusterStep::Verify)
            m_tabs->setCurrentIndex(CheckTab);
    });
    connect(run, &NewClusterInstall::stepSkipped, this,
        [this](NewClusterStep s) { m_steps->setState(s, InstallStepList::Skipped); });
    connect(run, &NewClusterInstall::versionsRead, this, [this](const PlatformVersions &v) {
        say(v.fromPlatform ? tr("TKEStack %1 offers Kubernetes %2.")
                                 .arg(v.tkeVersion.isEmpty() ? tr("(version unknown)")
                                                             : safeText(v.tkeVersion, 80),
                                     safeText(v.kubernetesVersions.join(QStringLiteral(", ")), 400))
                           : QString(),
            false);
    });
    connect(
        run, &NewClusterInstall::clusterCreated, this, [this](const QString &name, bool created) {
            // One of the two ran: the other is not needed.
            m_steps->setState(
                created ? NewClusterStep::FollowExisting : NewClusterStep::CreateCluster,
                InstallStepList::Skipped);
            say(created ? tr("Cluster %1 created on the global cluster; TKEStack is now "
                             "installing its masters.")
                              .arg(name)
                        : tr("Cluster %1 exists already (an earlier run created it): "
                             "following it, not creating it again.")
                              .arg(name),
                false);
        });
    connect(run, &NewClusterInstall::clusterStatusChanged, this, &NewClusterPanel::showStatus);
    connect(run, &NewClusterInstall::machineCreated, this,
        [this](const QString &name, const QString &ip, bool created) {
            MachineProgress m;
            m.name = name;
            m.ip = ip;
            m.created = created;
            showMachine(m);
        });
    connect(run, &NewClusterInstall::machineStatusChanged, this, &NewClusterPanel::showMachine);
    connect(run, &NewClusterInstall::connected, this, [this](const QUrl &server) {
        say(tr("The new cluster answers at %1.").arg(server.toString()), false);
    });
    connect(run, &NewClusterInstall::objectApplied, this,
        [this](int, int, const QString &object, ApplyOutcome outcome) {
            m_objects->applied(object, outcome);
        });
    connect(run, &NewClusterInstall::conflictFound, this, [this](const FieldConflictQuestion &q) {
        m_steps->setState(NewClusterStep::ApplyEdited, InstallStepList::Waiting);
        m_tabs->setCurrentIndex(ObjectsTab);
        say(q.message + u'\n' + q.detail, true);
        m_takeOver->show();
        m_keepTkeStack->show();
    });
    connect(run, &NewClusterInstall::rolloutStarted, m_bars, &RolloutBars::setWorkloads);
    connect(run, &NewClusterInstall::rolloutProgress, m_bars, &RolloutBars::update);
    connect(run, &NewClusterInstall::rolloutTimedOut, this, [this](const RolloutResult &r) {
        m_steps->setState(NewClusterStep::Rollout, InstallStepList::Waiting);
        QStringList late;
        for (const RolloutProgress &p : r.workloads) {
            if (!p.done)
                late.append(p.object.display());
        }
        say(tr("Not rolled out in time: %1. Wait longer, or give up and look at the cluster.")
                .arg(late.join(QStringLiteral(", "))),
            true);
        m_waitLonger->show();
        m_giveUp->show();
    });
    connect(run, &NewClusterInstall::checkApplied, this, [this](int n) {
        say(tr("Connectivity check applied (%1 objects); waiting for its deployments.").arg(n),
            false);
    });
    connect(run, &NewClusterInstall::checkProgress, m_verdicts, &VerdictList::update);
    connect(run, &NewClusterInstall::finished, this, &NewClusterPanel::onFinished);
}

void NewClusterPanel::showStatus(const QString &phase, const QList<ClusterCondition> &conditions)
{
    m_lastPhase = phase;
    m_phase->setText(tr("Phase: %1").arg(phase.isEmpty() ? tr("(none yet)") : safeText(phase, 80)));
    m_conditions->clear();
    for (const ClusterCondition &c : conditions) {
        auto *item = new QTreeWidgetItem(m_conditions,
            {safeText(c.type, 120), safeText(c.status, 40), safeText(c.reason, 120),
                safeText(c.message)});
        item->setToolTip(3, item->text(3));
        if (c.status == QLatin1String("False"))
            item->setForeground(1, toneColor(palette(), Tone::Bad));
        else if (c.status == QLatin1String("True"))
            item->setForeground(1, toneColor(palette(), Tone::Good));
    }
    m_conditions->resizeColumnToContents(0);
}

void NewClusterPanel::showMachine(const MachineProgress &machine)
{
    QTreeWidgetItem *row = nullptr;
    for (int i = 0; i < m_machines->topLevelItemCount() && !row; ++i) {
        if (m_machines->topLevelItem(i)->text(0) == machine.name)
            row = m_machines->topLevelItem(i);
    }
    if (!row)
        row = new QTreeWidgetItem(m_machines, {machine.name, machine.ip});
    row->setText(2, machine.phase.isEmpty() ? tr("created") : safeText(machine.phase, 80));
    QString failing;
    for (const ClusterCondition &c : machine.conditions) {
        if (c.status == QLatin1String("False"))
            failing = QStringLiteral("%1 (%2): %3")
                          .arg(safeText(c.type, 120), safeText(c.reason, 120), safeText(c.message));
    }
    row->setText(3, failing);
    row->setForeground(2,
        toneColor(palette(),
            machine.phase == QLatin1String("Running")
                ? Tone::Good
                : (machine.phase == QLatin1String("Failed") || !failing.isEmpty()
                        ? Tone::Bad
                        : Tone::Neutral)));
}

void NewClusterPanel::onFinished(const NewClusterInstallResult &r)
{
    m_result = r;
    m_steps->ended(r.failedStep, false);
    showStatus(r.phase, r.conditions);
    for (const MachineProgress &m : r.machines)
        showMachine(m);
    if (r.connectivity)
        m_verdicts->setResult(*r.connectivity);
    if (r.error)
        say(r.error->message, true);
    else if (r.ok())
        say(r.connectivity ? tr("The new cluster is Running and the connectivity check passed.")
                           : tr("The new cluster is Running."),
            false);
    else
        say(tr("The new cluster is Running, but the connectivity check FAILED: see the "
               "verdicts."),
            true);
    end();
    // Nothing was created when the version is not offered: Retry would only fail again.
    m_retry->setVisible(!r.ok() && !r.versionNotOffered);
}

void NewClusterPanel::stop()
{
    if (!m_run)
        return;
    NewClusterInstallResult stopped = m_run->result();
    m_stopped = true;
    m_steps->ended(std::optional<int>(), true);
    stopped.stopped = true;
    m_result = stopped;
    say(tr("Stopped following the cluster. TKEStack goes on installing it; its state shows in "
           "the TKEStack console or with \"status --profile\"."),
        true);
    end();
    m_retry->show(); // Retry follows the Cluster again; it is never created twice
}

void NewClusterPanel::end()
{
    hideAnswers();
    // end() may run inside the run's own signal: it goes once control is back in the loop.
    m_run->disconnect(this);
    m_run.release()->deleteLater();
    Q_EMIT ended();
}

void NewClusterPanel::say(const QString &text, bool problem)
{
    m_message->setText(text);
    setLabelTone(m_message, problem ? Tone::Bad : Tone::Neutral);
    m_message->setVisible(!text.isEmpty());
}

void NewClusterPanel::hideAnswers()
{
    for (QPushButton *b : {m_takeOver, m_keepTkeStack, m_waitLonger, m_giveUp, m_retry, m_stop})
        b->hide();
}

void NewClusterPanel::retranslate()
{
    m_tabs->setTabText(ClusterTab, tr("Cluster"));
    m_tabs->setTabText(MachinesTab, tr("Workers"));
    m_tabs->setTabText(ObjectsTab, tr("Your manifests"));
    m_tabs->setTabText(RolloutTab, tr("Rollout"));
    m_tabs->setTabText(CheckTab, tr("Connectivity check"));
    m_conditions->setHeaderLabels({tr("Condition"), tr("Status"), tr("Reason"), tr("Message")});
    m_machines->setHeaderLabels({tr("Machine"), tr("Address"), tr("Phase"), tr("Problem")});
    m_takeOver->setText(tr("&Take the fields over"));
    m_keepTkeStack->setText(tr("&Keep TKEStack's values and stop"));
    m_waitLonger->setText(tr("&Wait longer"));
    m_giveUp->setText(tr("G&ive up"));
    m_retry->setText(tr("&Retry"));
    m_stop->setText(tr("&Stop following"));
    if (!m_lastPhase.isEmpty())
        m_phase->setText(tr("Phase: %1").arg(safeText(m_lastPhase, 80)));
}

void NewClusterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tkeci
