#include "apply/ControllerManagerUpdate.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tkeci {

QString controllerManagerBackupPath(const QString &manifestPath)
{
    const QFileInfo info(manifestPath);
    return info.path() + QStringLiteral("/.") + info.fileName()
        + QStringLiteral(".tke-cilium-installer.bak");
}

ControllerManagerEdit planOnMaster(MasterFiles &files, const QString &manifestPath)
{
    QString error;
    const std::optional<QByteArray> text = files.read(manifestPath, error);
    if (!text) {
        ControllerManagerEdit edit;
        edit.error = error.isEmpty() ? QCoreApplication::translate("tkeci::ControllerManagerUpdate",
                         "%1 does not exist: is this node a master set up by kubeadm?")
                                           .arg(manifestPath)
                                     : error;
        return edit;
    }
    return planControllerManagerEdit(*text, overlayControllerManagerFlags());
}

QString applyOnMaster(
    MasterFiles &files, const QString &manifestPath, const ControllerManagerEdit &edit)
{
    if (!edit.error.isEmpty())
        return edit.error;
    if (!edit.changed)
        return QString();
    const QString backup = controllerManagerBackupPath(manifestPath);
    QString error;
    // The bytes the edit was planned from, which the operator saw as the diff's "-" side: what
    // the backup keeps, and what goes back if the write fails. An existing backup is the true
    // original of an earlier run and is never overwritten; it is not what a failed write
    // restores (after an upgrade it may be an older manifest).
    const std::optional<QByteArray> earlierBackup = files.read(backup, error);
    if (!earlierBackup && !error.isEmpty())
        return error;
    if (!earlierBackup && !files.write(backup, edit.original, error))
        return error;
    if (files.write(manifestPath, edit.edited, error))
        return QString();
    QString restoreError;
    if (!files.write(manifestPath, edit.original, restoreError))
        return QCoreApplication::translate("tkeci::ControllerManagerUpdate",
            "%1 could not be written (%2) nor put back (%3); the original is in %4")
            .arg(manifestPath, error, restoreError, backup);
    return QCoreApplication::translate(
        "tkeci::ControllerManagerUpdate", "%1 could not be written (%2); the original was put back")
        .arg(manifestPath, error);
}

QString restoreOnMaster(MasterFiles &files, const QString &manifestPath, bool *restored)
{
    if (restored)
        *restored = false;
    const QString backup = controllerManagerBackupPath(manifestPath);
    QString error;
    const std::optional<QByteArray> original = files.read(backup, error);
    if (!original)
        return error; // empty: no backup, nothing was changed here
    // Put back only over what we wrote: a manifest changed since (an upgrade by kubeadm, an
    // operator's edit) would lose that change to an old file.
    const std::optional<QByteArray> current = files.read(manifestPath, error);
    if (!current && !error.isEmpty())
        return error;
    if (current && *current != *original
        && *current != planControllerManagerEdit(*original, overlayControllerManagerFlags()).edited)
        return QCoreApplication::translate("tkeci::ControllerManagerUpdate",
            "%1 changed after the installer edited it (an upgrade?); it was left as it is. "
            "Set --allocate-node-cidrs and --configure-cloud-routes back by hand; the file "
            "before the installer's edit is %2")
            .arg(manifestPath, backup);
    if (!files.write(manifestPath, *original, error) || !files.remove(backup, error))
        return error;
    if (restored)
        *restored = true;
    return QString();
}

} // namespace tkeci
