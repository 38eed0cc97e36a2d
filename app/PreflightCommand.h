#pragma once

class QCommandLineParser;

namespace tkeci {
struct InstallPlan;

/// Adds --known-hosts, --accept-new-host-keys, --identity, --json, --no-network-checks,
/// --parallel, --timeout.
void addPreflightOptions(QCommandLineParser &parser);

/// `preflight`: checks every node of `plan` over SSH and prints a table per node (or JSON with
/// --json). Returns ExitOk when no check failed, ExitFailures when any did, ExitBadInput for a
/// bad flag. Runs its own event loop until every node is done.
int runPreflightCommand(const QCommandLineParser &parser, const InstallPlan &plan);

} // namespace tkeci
