#pragma once

#include "render/ManifestSet.h"

#include <QByteArray>

namespace tkeci {
class ManifestEdits;

/// SHA-256 of a text (32 raw bytes). The wizard compares manifests by digest instead of
/// keeping second copies of texts that may run to megabytes.
QByteArray textDigest(const QByteArray &text);

/// Digest of a whole set as it would be written or applied: each file's name, destination and
/// text in order. Two sets with the same digest export to the same files.
QByteArray manifestSetDigest(const ManifestSet &set);

/// Digest of the operator's edits alone (edited file names and texts); empty when nothing is
/// edited, so "no edits" compares equal to "nothing kept yet".
QByteArray editsDigest(const ManifestEdits &edits);

} // namespace tkeci
