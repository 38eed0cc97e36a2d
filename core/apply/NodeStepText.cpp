#include "apply/NodeStepText.h"

#include "apply/ControllerManagerUpdate.h"

#include <QCoreApplication>

namespace tkeci {
namespace {

// One sentence per outcome, in enum order. A failure is told by its error alone: the SSH
// steps' errors already begin with the node ("10.0.0.16: cannot connect: ...").
constexpr const char *kContext = "tkeci::NodeStepText";
constexpr const char *kOutcomeTexts[] = {
    QT_TRANSLATE_NOOP(
        "tkeci::NodeStepText", "the flags are already right (kube-controller-manager)"),
    nullptr,
    QT_TRANSLATE_NOOP(
        "tkeci::NodeStepText", "kube-controller-manager edited, the original kept as %1"),
    nullptr,
    QT_TRANSLATE_NOOP("tkeci::NodeStepText", "kube-controller-manager put back"),
    QT_TRANSLATE_NOOP(
        "tkeci::NodeStepText", "no kube-controller-manager backup, nothing to put back"),
    nullptr,
    QT_TRANSLATE_NOOP(
        "tkeci::NodeStepText", "not logged in to: no password or passphrase was given"),
    QT_TRANSLATE_NOOP("tkeci::NodeStepText", "Cilium's links and CNI files removed: %1"),
    QT_TRANSLATE_NOOP("tkeci::NodeStepText", "no Cilium links or CNI files found"),
    nullptr,
};
static_assert(std::size(kOutcomeTexts) == size_t(NodeStepOutcome::CleanFailed) + 1);

} // namespace

bool NodeStepEvent::ok() const
{
    switch (outcome) {
    case NodeStepOutcome::Unreadable:
    case NodeStepOutcome::EditFailed:
    case NodeStepOutcome::PutBackFailed:
    case NodeStepOutcome::NotAsked:
    case NodeStepOutcome::CleanFailed:
        return false;
    default:
        return true;
    }
}

QString nodeStepOutcomeText(const NodeStepEvent &event)
{
    const char *source = kOutcomeTexts[int(event.outcome)];
    if (!source)
        return event.error;
    const QString text = QCoreApplication::translate(kContext, source);
    switch (event.outcome) {
    case NodeStepOutcome::Edited:
        return text.arg(controllerManagerBackupPath(kControllerManagerManifest));
    case NodeStepOutcome::Cleaned:
        return text.arg(event.details.join(QStringLiteral(", ")));
    default:
        return text;
    }
}

QString nodeStepLine(const NodeStepEvent &event)
{
    if (!kOutcomeTexts[int(event.outcome)])
        return event.error; // it names the node
    return QCoreApplication::translate(kContext, "%1: %2")
        .arg(event.node, nodeStepOutcomeText(event));
}

} // namespace tkeci
