#pragma once

#include "apply/ControllerManagerEdit.h"

#include <optional>

namespace tkeci {

/// What the controller-manager update needs from one master. The preflight SSH client
/// provides it (SFTP or a fixed command, never operator text in a shell); tests use a fake.
/// Calls block: run them on a worker thread.
class MasterFiles
{
public:
    virtual ~MasterFiles() = default;
    /// nullopt and `error` set when the file cannot be read; nullopt and empty `error` when it
    /// does not exist.
    virtual std::optional<QByteArray> read(const QString &path, QString &error) = 0;
    /// Replaces the file as a whole (write to a temporary beside it, then rename).
    virtual bool write(const QString &path, const QByteArray &content, QString &error) = 0;
    virtual bool remove(const QString &path, QString &error) = 0;
};

inline const QString kControllerManagerManifest
    = QStringLiteral("/etc/kubernetes/manifests/kube-controller-manager.yaml");

/// The backup of a static pod manifest: a dot file beside it. kubelet runs every file of the
/// manifests folder as a static pod except dot files, so a "kube-controller-manager.yaml.bak"
/// would start a second controller manager.
QString controllerManagerBackupPath(const QString &manifestPath);

/// Reads the manifest and plans the overlay edit (the diff to show before asking consent).
ControllerManagerEdit planOnMaster(MasterFiles &files, const QString &manifestPath);

/// With the operator's consent: keeps the original as the backup (an existing backup is the
/// true original and is never overwritten), writes the edit, and puts the original back when
/// the write fails. Returns an error text, empty on success.
QString applyOnMaster(
    MasterFiles &files, const QString &manifestPath, const ControllerManagerEdit &edit);

/// Uninstall: puts the backup back and removes it. No backup: nothing to do. Returns an error
/// text, empty on success; `restored` (when given) says whether a backup was put back.
QString restoreOnMaster(MasterFiles &files, const QString &manifestPath, bool *restored = nullptr);

} // namespace tkeci
