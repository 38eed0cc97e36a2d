#pragma once

#include "yaml/YamlNode.h"

namespace tkeci {

/// The ClusterRoles of the Cilium agent and operator, as TKEStack's cilium.yaml grants them.
YamlNode ciliumAgentClusterRole();
YamlNode ciliumOperatorClusterRole();

} // namespace tkeci
