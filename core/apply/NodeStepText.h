#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace tkeci {

/// What happened to one node in a step that changes nodes over SSH (the overlay
/// kube-controller-manager edit, its undo, the clean-up at uninstall).
enum class NodeStepOutcome {
    FlagsAlreadyRight, // the master's kube-controller-manager needs no change
    Unreadable, // its manifest could not be read or planned (error)
    Edited, // edited, the original kept as a backup beside it
    EditFailed, // error
    PutBack, // the backup went back over the manifest
    NoBackup, // no backup of ours: nothing to put back
    PutBackFailed, // error
    NotAsked, // no password or passphrase was given: the node was not logged in to
    Cleaned, // Cilium's links and CNI files removed (details: what)
    AlreadyClean, // none found
    CleanFailed, // error
};

/// One node's outcome, as the run objects report it to both faces.
struct NodeStepEvent
{
    QString node; // IP
    NodeStepOutcome outcome = NodeStepOutcome::EditFailed;
    QString error; // the failures' reason
    QStringList details; // Cleaned: what was removed
    bool ok() const;
};

/// The outcome as a sentence in the current language, without the node ("kube-controller-
/// manager put back"): the GUI shows it in a column beside the node.
QString nodeStepOutcomeText(const NodeStepEvent &event);
/// "10.0.0.16: kube-controller-manager put back": one log or terminal line.
QString nodeStepLine(const NodeStepEvent &event);

} // namespace tkeci

Q_DECLARE_METATYPE(tkeci::NodeStepEvent)
