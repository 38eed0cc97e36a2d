#pragma once

#include <QString>

namespace tkeci {

/// How a problem names fields: by profile path, as the CLI and the profile file know them
/// (`nodes[0].ip`), or as the wizard's pages show them ("Row 1, Address"). The rule and the
/// sentence are the same either way; only the names differ.
enum class FieldNames { ProfilePaths, PageLabels };

/// The label a page gives the field at a profile path, in the current language, without a
/// mnemonic or colon: "Switch IP" for `cilium.underlay.switchIP`, "Row 2, SSH port" for
/// `nodes[1].port` (rows counted from 1, as the Nodes table counts them). An unknown path
/// is returned as it is.
QString fieldLabel(const QString &path);

/// The Nodes table's column header for a node field (`ip`, `port`, `user`, `role`, `auth`,
/// `keyFile`, `asn`, `switchIP`).
QString nodeFieldLabel(const QString &field);

/// A profile value as the pages show it: `underlay` for `cilium.networkMode` is
/// "Underlay (BGP)"; a value without a page text is returned as it is.
QString fieldValueLabel(const QString &path, const QString &value);

} // namespace tkeci
