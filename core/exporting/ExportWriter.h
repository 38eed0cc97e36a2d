#pragma once

#include "plan/InstallPlan.h"
#include "render/ManifestSet.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tkeci {

/// One file of an export: a path relative to the export folder, its bytes and whether it is
/// a script to run.
struct ExportFile
{
    QString path;
    QByteArray bytes;
    bool executable = false;
};

/// What an export holds: one YAML file per component and images.txt, byte for byte what
/// `render` writes, plus apply.sh (kubectl apply in order) and README.txt. The Cluster object
/// never carries a secret: passwords and keys are placeholders filled at apply time.
QList<ExportFile> exportFiles(const ManifestSet &set, const InstallPlan &plan);

/// Writes exportFiles() into `directory` (created if missing). Returns an error text, empty
/// on success.
QString writeExportFolder(
    const ManifestSet &set, const InstallPlan &plan, const QString &directory);

/// Writes exportFiles() as a gzip-compressed POSIX tar archive (ustar) to `path`, every entry
/// below one top folder named after the file (e.g. "cilium-bundle/"), for hosts without the
/// installer. Returns an error text, empty on success.
QString writeExportBundle(const ManifestSet &set, const InstallPlan &plan, const QString &path);

/// The archive bytes writeExportBundle() writes (exposed for tests).
QByteArray makeTarGz(const QList<ExportFile> &files, const QString &topFolder);

} // namespace tkeci
