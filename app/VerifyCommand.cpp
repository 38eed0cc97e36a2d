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
        consoleErr() << QCoreApplication::translate("tkeci::VerifyCommand",
            "the profile renders no connectivity check (is the CNI Cilium?)")
                     << Qt::endl;
        return ExitBadInput;
    }
    const std::optional<ClusterAccess> access = loadAccess(options);
    if (!access)
        return ExitBadInput;
    KubeClient client(*access);
    const ConnectivityCheckOptions &check = options.check;
    QList<std::pair<QString, QString>> skipped; // what the options leave out
    const bool editedCheck = !options.manifestsDir.isEmpty()
        && QFile::exists(QDir(options.manifestsDir).filePath(files.first().fileName()));
    if (editedCheck) {
        consoleOut() << QCoreApplication::translate("tkeci::VerifyCommand",
            "the edited connectivity check is used as it is: the --check-* and --offline "
            "options do not change it")
                     << Qt::endl;
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
        skipped = skippedConnectivityChecks(check);
    }
    // Only what the cluster cannot run is left out besides: the multi-node checks when fewer
    // than two nodes accept pods (startOnCluster).
    ConnectivityVerifier verifier(client);
    verifier.setSkipped(skipped);
    bool done = false;
    ConnectivityResult result;
    QObject::connect(&verifier, &ConnectivityVerifier::applied, [](int n) {
        consoleOut() << QCoreApplication::translate("tkeci::VerifyCommand",
            "connectivity check applied (%1 objects); waiting for its deployments")
                            .arg(n)
                     << Qt::endl;
    });
    QObject::connect(&verifier, &ConnectivityVerifier::finished, [&](const ConnectivityResult &r) {
        result = r;
        done = true;
    });
    verifier.startOnCluster(files, options.timeoutSeconds * 1000);
    waitUntil(done);
    for (const auto &[name, why] : result.skipped)
        consoleOut()
            << QCoreApplication::translate("tkeci::VerifyCommand", "SKIP %1 (%2)").arg(name, why)
            << Qt::endl;
    for (const ConnectivityVerdict &v : result.verdicts)
        printConnectivityVerdict(v);
    if (result.removed)
        consoleOut() << QCoreApplication::translate(
            "tkeci::VerifyCommand", "the connectivity check was removed")
                     << Qt::endl;
    if (result.error) {
        printError(*result.error);
        return ExitFailures;
    }
    printConnectivityVerdicts(result, false);
    return result.ok() ? ExitOk : ExitFailures;
}

} // namespace tkeci
