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
    std::optional<QByteArray> original = files.read(backup, error);
    if (!original && !error.isEmpty())
        return error;
    if (!original) {
        original = files.read(manifestPath, error);
        if (!original)
            return error;
        if (!files.write(backup, *original, error))
            return error;
    }
    if (files.write(manifestPath, edit.edited, error))
        return QString();
    QString restoreError;
    if (!files.write(manifestPath, *original, restoreError))
        return QCoreApplication::translate("tkeci::ControllerManagerUpdate",
            "%1 could not be written (%2) nor put back (%3); the original is in %4")
            .arg(manifestPath, error, restoreError, backup);
    return QCoreApplication::translate(
        "tkeci::ControllerManagerUpdate", "%1 could not be written (%2); the original was put back")
        .arg(manifestPath, error);
}

QString restoreOnMaster(MasterFiles &files, const QString &manifestPath)
{
    const QString backup = controllerManagerBackupPath(manifestPath);
    QString error;
    const std::optional<QByteArray> original = files.read(backup, error);
    if (!original)
        return error; // empty: no backup, nothing was changed here
    if (!files.write(manifestPath, *original, error) || !files.remove(backup, error))
        return error;
    return QString();
}

} // namespace tkeci
