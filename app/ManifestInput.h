#pragma once

#include "ClusterCommands.h"

#include "plan/InstallPlan.h"
#include "render/ManifestSet.h"

#include <optional>

namespace tkeci {

struct ManifestInput
{
    InstallPlan plan;
    ManifestSet manifests; // with the operator's edited files (--manifests DIR)
    ManifestSet rendered; // as rendered from the profile: what TKEStack itself deploys
};

/// --profile rendered, with the files of --manifests DIR (edited by the operator) in place of
/// the rendered ones of the same name. Prints the problems and returns nullopt on bad input.
std::optional<ManifestInput> loadManifestInput(const ClusterCommandOptions &options);

} // namespace tkeci
