#pragma once

#include "plan/InstallPlan.h"
#include "render/ManifestSet.h"

#include <QByteArray>
#include <QString>

namespace tkeci {

/// apply.sh of an export: does with a stock kubectl what the wizard does for the plan's target.
/// A new cluster: the Cluster object on the global cluster, then its phase until Running.
/// An existing cluster (and export-only): the underlay labels on the profile's nodes (matched
/// by InternalIP, per-node overrides included, as NodeLabeler does), then every object in the
/// installer's apply order (planApply), one server-side apply each with the installer's field
/// manager. `--verify` adds the connectivity check and waits in its namespace.
QByteArray applyScript(const ManifestSet &set, const InstallPlan &plan);

/// `text` as one single-quoted POSIX shell word.
QByteArray shellQuote(const QString &text);

/// The namespace the connectivity check's objects live in (its Namespace object), empty if the
/// set has none.
QString checkNamespace(const ManifestSet &set);

} // namespace tkeci
