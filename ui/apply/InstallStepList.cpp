#include "InstallStepList.h"

#include "widgets/StatusTone.h"

#include <QEvent>
#include <QHeaderView>

namespace tkeci {
namespace {

constexpr int StateRole = Qt::UserRole;
constexpr int Applying = -1; // object rows: ApplyOutcome, or these two
constexpr int FailedOutcome = -2;

const QList<int> kExistingSteps {int(InstallStep::ClusterKind), int(InstallStep::NodeCoverage),
    int(InstallStep::OtherCniCheck), int(InstallStep::NodeLabels),
    int(InstallStep::ControllerManager), int(InstallStep::Apply), int(InstallStep::Rollout),
    int(InstallStep::Connectivity)};

QString existingStepName(int step)
{
    switch (InstallStep(step)) {
    case InstallStep::ClusterKind:
        return InstallStepList::tr("A TKEStack baremetal cluster (not imported)");
    case InstallStep::NodeCoverage:
        return InstallStepList::tr("Every node in the plan, or kept off");
    case InstallStep::OtherCniCheck:
        return InstallStepList::tr("Look for another CNI");
    case InstallStep::NodeLabels:
        return InstallStepList::tr("Label the nodes for BGP (underlay)");
    case InstallStep::ControllerManager:
        return InstallStepList::tr("kube-controller-manager flags on the masters (overlay)");
    case InstallStep::Apply:
        return InstallStepList::tr("Apply the objects (server-side apply)");
    case InstallStep::Rollout:
        return InstallStepList::tr("Wait for the rollout");
    case InstallStep::Connectivity:
        return InstallStepList::tr("Connectivity check");
    }
    return QString();
}

QString stateName(int state)
{
    switch (state) {
    case InstallStepList::Running:
        return InstallStepList::tr("running…");
    case InstallStepList::Done:
        return InstallStepList::tr("done");
    case InstallStepList::Skipped:
        return InstallStepList::tr("not needed");
    case InstallStepList::Failed:
        return InstallStepList::tr("failed");
    case InstallStepList::Waiting:
        return InstallStepList::tr("waiting for you");
    }
    return QString();
}

QString outcomeName(int outcome)
{
    switch (outcome) {
    case int(ApplyOutcome::Created):
        return AppliedObjectList::tr("created");
    case int(ApplyOutcome::Configured):
        return AppliedObjectList::tr("configured");
    case int(ApplyOutcome::Unchanged):
        return AppliedObjectList::tr("unchanged");
    case FailedOutcome:
        return AppliedObjectList::tr("failed");
    }
    return AppliedObjectList::tr("applying…");
}

} // namespace

InstallStepList::InstallStepList(QWidget *parent)
    : InstallStepList(kExistingSteps, existingStepName, parent)
{ }

InstallStepList::InstallStepList(const QList<int> &steps, StepName name, QWidget *parent)
    : QTreeWidget(parent)
    , m_steps(steps)
    , m_name(name)
{
    setColumnCount(2);
    setRootIsDecorated(false);
    header()->setStretchLastSection(true);
    for (qsizetype i = 0; i < m_steps.size(); ++i)
        (new QTreeWidgetItem(this))->setData(0, StateRole, int(Pending));
    retranslate();
    setFixedHeight(sizeHintForRow(0) * int(m_steps.size()) + header()->sizeHint().height() + 6);
}

InstallStepList::State InstallStepList::state(int step) const
{
    return State(topLevelItem(int(m_steps.indexOf(step)))->data(0, StateRole).toInt());
}

void InstallStepList::setState(int step, State state)
{
    QTreeWidgetItem *item = topLevelItem(int(m_steps.indexOf(step)));
    item->setData(0, StateRole, int(state));
    item->setText(1, stateName(state));
    QFont f = item->font(0);
    f.setBold(state == Running || state == Waiting || state == Failed);
    item->setFont(0, f);
    item->setForeground(1,
        toneColor(
            palette(), state == Failed ? Tone::Bad : (state == Done ? Tone::Good : Tone::Neutral)));
}

void InstallStepList::started(int step)
{
    for (int before : std::as_const(m_steps)) {
        if (before == step)
            break;
        if (state(before) != Skipped)
            setState(before, Done);
    }
    setState(step, Running);
}

void InstallStepList::ended(std::optional<int> failed, bool stopped)
{
    for (int s : std::as_const(m_steps)) {
        const State now = state(s);
        if (failed == s)
            setState(s, Failed);
        else if (now == Running || now == Waiting)
            setState(s, stopped ? Failed : Done);
    }
}

void InstallStepList::retranslate()
{
    setHeaderLabels({tr("Step"), tr("State")});
    for (int i = 0; i < topLevelItemCount(); ++i) {
        topLevelItem(i)->setText(0, m_name(m_steps[i]));
        topLevelItem(i)->setText(1, stateName(topLevelItem(i)->data(0, StateRole).toInt()));
    }
    resizeColumnToContents(0);
}

void InstallStepList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

AppliedObjectList::AppliedObjectList(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(3);
    setRootIsDecorated(false);
    header()->setStretchLastSection(true);
    retranslate();
}

QTreeWidgetItem *AppliedObjectList::row(const QString &object) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->text(0) == object)
            return topLevelItem(i);
    }
    return nullptr;
}

QTreeWidgetItem *AppliedObjectList::rowFor(const QString &object)
{
    if (QTreeWidgetItem *item = row(object))
        return item;
    auto *item = new QTreeWidgetItem(this, {object});
    if (topLevelItemCount() == 1)
        setColumnWidth(0, fontMetrics().horizontalAdvance(object) * 2);
    return item;
}

void AppliedObjectList::started(const QString &object)
{
    QTreeWidgetItem *item = rowFor(object);
    item->setData(0, StateRole, Applying);
    item->setText(1, outcomeName(Applying));
    item->setText(2, QString());
    item->setForeground(1, palette().text().color());
    scrollToItem(item);
}

void AppliedObjectList::applied(const QString &object, ApplyOutcome outcome)
{
    QTreeWidgetItem *item = rowFor(object);
    item->setData(0, StateRole, int(outcome));
    item->setText(1, outcomeName(int(outcome)));
    item->setForeground(1, toneColor(palette(), Tone::Good));
}

void AppliedObjectList::failed(const QString &object, const KubeError &error)
{
    QTreeWidgetItem *item = rowFor(object);
    item->setData(0, StateRole, FailedOutcome);
    item->setText(1, outcomeName(FailedOutcome));
    item->setForeground(1, toneColor(palette(), Tone::Bad));
    item->setText(2, error.message);
    item->setToolTip(2, error.detail.isEmpty() ? error.message : error.detail);
    scrollToItem(item);
}

void AppliedObjectList::retranslate()
{
    setHeaderLabels({tr("Object"), tr("Result"), tr("Reason")});
    for (int i = 0; i < topLevelItemCount(); ++i)
        topLevelItem(i)->setText(1, outcomeName(topLevelItem(i)->data(0, StateRole).toInt()));
}

void AppliedObjectList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

} // namespace tkeci
