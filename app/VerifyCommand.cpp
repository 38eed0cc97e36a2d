// `verify`: the connectivity check, rendered for this cluster (its schedulable nodes, the
// operator's images and external targets), applied, judged and removed.
#include "ClusterCommands.h"
#include "CommandLine.h"
#include "Console.h"
#include "ManifestInput.h"

#include "apply/ClusterKind.h"
#include "apply/ConnectivityVerifier.h"
#include "render/ManifestRenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace tkeci {

int runVerify(const ClusterCommandOptions &options)
{
    const std::optional<ManifestInput> input = loadManifestInput(options);
    if (!input)
        return ExitBadInput;
    QList<ManifestFile> files = input->manifests.filesFor(ManifestDestination::Verification);
    if (files.isEmpty()) {
        consoleErr() << QCoreApplication::translate("tkeci::StatusCommand",
            "the profile renders no connectivity check (is the CNI Cilium?)")
                     << Qt::endl;
        return ExitBadInput;
    }
    const std::optional<ClusterAccess> access = loadAccess(options);
    if (!access)
        return ExitBadInput;
    KubeClient client(*access);
    // The multi-node checks keep their pods off echo-b's node: with fewer than two nodes that
    // accept pods they could never be ready, and would read as a failed network.
    ConnectivityCheckOptions check = options.check;
    bool counted = false;
    SchedulableNodesResult schedulable;
    findSchedulableNodes(client, [&](SchedulableNodesResult r) {
        schedulable = std::move(r);
        counted = true;
    });
    waitUntil(counted);
    if (schedulable.error) {
        printError(*schedulable.error);
        return ExitFailures;
    }
    check.multiNode = schedulable.nodes.size() >= 2;
    const bool editedCheck = !options.manifestsDir.isEmpty()
        && QFile::exists(QDir(options.manifestsDir).filePath(files.first().fileName()));
    if (editedCheck) {
        consoleOut() << QCoreApplication::translate("tkeci::StatusCommand",
            "the edited connectivity check is used as it is: the --check-* and --offline "
            "options do not change it")
                     << Qt::endl;
        // Only what the cluster cannot run is left out of it.
        ConnectivityCheckOptions nodesOnly;
        nodesOnly.multiNode = check.multiNode;
        QStringList names;
        for (const auto &[name, why] : skippedConnectivityChecks(nodesOnly)) {
            names.append(name);
            consoleOut() << QCoreApplication::translate("tkeci::StatusCommand", "SKIP %1 (%2)")
                                .arg(name, why)
                         << Qt::endl;
        }
        for (ManifestFile &f : files)
            f = withoutConnectivityChecks(f, names);
    } else {
        Problems problems;
        const std::optional<ManifestFile> rendered
            = renderConnectivityCheckFile(input->plan, check, problems);
        if (!rendered) {
            for (const Problem &p : problems)
                consoleErr() << problemLine(p) << Qt::endl;
            return ExitBadInput;
        }
        files = {*rendered};
        for (const auto &[name, why] : skippedConnectivityChecks(check))
            consoleOut() << QCoreApplication::translate("tkeci::StatusCommand", "SKIP %1 (%2)")
                                .arg(name, why)
                         << Qt::endl;
    }
    ConnectivityVerifier verifier(client);
    bool done = false;
    ConnectivityResult result;
    QObject::connect(&verifier, &ConnectivityVerifier::applied, [](int n) {
        consoleOut() << QCoreApplication::translate("tkeci::StatusCommand",
            "connectivity check applied (%1 objects); waiting for its deployments")
                            .arg(n)
                     << Qt::endl;
    });
    QObject::connect(&verifier, &ConnectivityVerifier::finished, [&](const ConnectivityResult &r) {
        result = r;
        done = true;
    });
    verifier.start(files, options.timeoutSeconds * 1000);
    waitUntil(done);
    for (const ConnectivityVerdict &v : result.verdicts)
        consoleOut() << (v.passed ? QCoreApplication::translate("tkeci::StatusCommand", "PASS")
                                  : QCoreApplication::translate("tkeci::StatusCommand", "FAIL"))
                     << u' ' << v.name << u' ' << QStringLiteral("(%1)").arg(v.meaning) << Qt::endl;
    if (result.removed)
        consoleOut() << QCoreApplication::translate(
            "tkeci::StatusCommand", "the connectivity check was removed")
                     << Qt::endl;
    if (result.error) {
        printError(*result.error);
        return ExitFailures;
    }
    const bool passed = result.ok();
    consoleOut() << (passed
            ? QCoreApplication::translate("tkeci::StatusCommand", "connectivity check passed")
            : QCoreApplication::translate("tkeci::StatusCommand", "connectivity check FAILED"))
                 << Qt::endl;
    return passed ? ExitOk : ExitFailures;
}

} // namespace tkeci
