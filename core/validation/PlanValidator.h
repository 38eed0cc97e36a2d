#pragma once

#include "plan/InstallPlan.h"
#include "validation/Problem.h"

#include <QStringList>

namespace tkeci {

/// The Cilium versions this product has manifests for.
QStringList supportedCiliumVersions();

/// Judges a whole plan: addresses, ranges, required answers for the chosen mode and HA type,
/// duplicates, overlaps and capacity. Returns every problem at once, each with the profile
/// path of the field (so the wizard can mark the field and the CLI can print the path).
Problems validatePlan(const InstallPlan &plan);

} // namespace tkeci
