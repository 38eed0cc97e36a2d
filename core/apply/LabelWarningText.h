#pragma once

#include <QStringList>

namespace tkeci {

/// The warnings of the underlay labelling as the operator reads them, one text for the GUI and
/// the command line: profile addresses no cluster node has, and cluster nodes the profile does
/// not list (they get no labels, so cilium-router on them has no BGP peer). A long list is one
/// line naming the first few and counting the rest, never a line per node: a cluster of
/// 100,000 nodes must not print 100,000 lines.
QStringList labelWarningLines(const QStringList &notInCluster, const QStringList &notInProfile);

} // namespace tkeci
