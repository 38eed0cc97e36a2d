#pragma once

#include "render/ManifestSet.h"
#include "yaml/YamlNode.h"

#include <QStringList>

#include <vector>

namespace tkeci {

/// Keeps every DaemonSet of `docs` off the nodes named: a required node affinity requirement
/// on the node's name (matchFields metadata.name NotIn, the one field a node selector term can
/// match), ANDed into each existing required term (the terms are ORed), or the only term.
/// Idempotent: a term that already carries the same requirement is left as it is, so the
/// rendered files and the operator's edited ones can both go through it. Returns whether
/// anything was added.
bool keepDaemonSetsOff(std::vector<YamlNode> &docs, const QStringList &nodes);

/// The same for the files an install sends: a file without a DaemonSet, or an empty list of
/// nodes, comes back byte for byte; one that is not YAML too (the apply reports it).
QList<ManifestFile> keepDaemonSetsOff(QList<ManifestFile> files, const QStringList &nodes);

} // namespace tkeci
