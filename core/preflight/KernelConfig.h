#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace tkeci {

/// The options Cilium needs, each `=y` or `=m` (DESIGN.md "Preflight").
const QStringList &requiredKernelOptions();

/// "CONFIG_X=value" lines of a kernel config → option → value; "# CONFIG_X is not set" and
/// comments are skipped.
QHash<QString, QString> parseKernelConfig(const QByteArray &text);

/// The required options that are neither `y` nor `m`, in the order of requiredKernelOptions().
QStringList missingKernelOptions(const QHash<QString, QString> &config);

/// Decodes gzip data (as /proc/config.gz holds); std::nullopt when it is not valid gzip.
/// Output is capped at `maxBytes` so a hostile node cannot exhaust memory.
std::optional<QByteArray> gunzip(const QByteArray &gz, qsizetype maxBytes = 16 * 1024 * 1024);

} // namespace tkeci
