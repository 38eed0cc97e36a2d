#pragma once

#include <QByteArray>
#include <QStringList>

namespace tkeci {

/// The change overlay mode needs in kube-controller-manager's static pod manifest
/// (/etc/kubernetes/manifests/kube-controller-manager.yaml on each master): tke-eni-ipamd
/// hands out pod CIDRs, so the controller manager must not (--allocate-node-cidrs=false) and
/// must not program cloud routes (--configure-cloud-routes=false).
struct ControllerManagerEdit
{
    bool changed = false; // false: the flags are already right, nothing to write
    QByteArray original; // the file the edit was planned from (what the backup keeps)
    QByteArray edited; // the whole new file; the original layout and comments are kept
    QStringList diff; // "-    - --allocate-node-cidrs=true" / "+    - --allocate-node-cidrs=false"
    QString error; // the file is not a kube-controller-manager manifest we can edit safely
};

/// The flags overlay mode requires, "--name=value".
QStringList overlayControllerManagerFlags();

/// Plans the edit line by line (so kubelet sees the same file but for the flags): each flag
/// already present gets its value replaced; a missing one is added after the
/// `- kube-controller-manager` command line with the same indentation. Shown to the operator
/// as `diff` before anything is written (over SSH, with a backup beside the file).
ControllerManagerEdit planControllerManagerEdit(
    const QByteArray &manifest, const QStringList &flags);

} // namespace tkeci
