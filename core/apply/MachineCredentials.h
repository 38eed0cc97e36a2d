#pragma once

#include "kube/KubeError.h"
#include "plan/InstallPlan.h"
#include "render/ManifestSet.h"

#include <QHash>

namespace tkeci {

struct FilledManifest
{
    ManifestFile file; // in memory only: it now holds secrets and is never written to disk
    std::optional<KubeError> error;
};

/// Replaces the credential placeholders of the TKEStack Cluster file (spec.machines[] of the
/// Cluster, spec of each Machine) with what TKEStack expects: base64 of the node's key file
/// (auth key) — and of its passphrase as passPhrase when the key is encrypted — or of its
/// password (auth password). Passwords and passphrases come from `passwords`, keyed by node
/// IP (asked for, never stored). `home` expands a leading ~ of key file paths.
/// Whether the node's key file (a leading ~ expanded with `home`) is encrypted, so that a
/// passphrase must be asked for; false when it cannot be read (filling reports that).
bool keyFileIsEncrypted(const QString &keyFile, const QString &home);

FilledManifest fillMachineCredentials(const ManifestFile &clusterFile, const InstallPlan &plan,
    const QHash<QString, QString> &passwords, const QString &home);

} // namespace tkeci
