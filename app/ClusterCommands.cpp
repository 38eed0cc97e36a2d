// Dispatch of the cluster commands, and the profile -> manifests step apply and verify share.
#include "ClusterCommands.h"

#include "CommandLine.h"
#include "Console.h"
#include "ManifestInput.h"

#include "profile/ProfileReader.h"
#include "render/ManifestRenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace tkeci {
const QStringList &clusterCommands()
{
    static const QStringList commands {QStringLiteral("apply"), QStringLiteral("status"),
        QStringLiteral("verify"), QStringLiteral("uninstall")};
    return commands;
}

int runClusterCommand(const QString &command, const ClusterCommandOptions &options)
{
    if (command == QLatin1String("apply"))
        return runApply(options);
    if (command == QLatin1String("status"))
        return runStatus(options);
    if (command == QLatin1String("verify"))
        return runVerify(options);
    return runUninstall(options);
}

std::optional<ManifestInput> loadManifestInput(const ClusterCommandOptions &options)
{
    if (options.profile.isEmpty()) {
        consoleErr() << QCoreApplication::translate(
            "tkeci::ClusterCommands", "this command needs --profile FILE")
                     << Qt::endl;
        return std::nullopt;
    }
    const ProfileReadResult read = loadProfileFile(options.profile);
    if (!read.ok()) {
        for (const Problem &p : read.problems)
            consoleErr() << problemLine(p) << Qt::endl;
        return std::nullopt;
    }
    RenderResult rendered = renderManifests(read.plan);
    if (!rendered.ok()) {
        for (const Problem &p : rendered.problems)
            consoleErr() << problemLine(p) << Qt::endl;
        return std::nullopt;
    }
    ManifestInput input {read.plan, rendered.manifests};
    if (options.manifestsDir.isEmpty())
        return input;
    // The operator's edited files replace the rendered ones of the same name; each is
    // re-checked to be a list of Kubernetes objects before anything is sent.
    const QDir dir(options.manifestsDir);
    if (!dir.exists()) {
        consoleErr() << QCoreApplication::translate(
            "tkeci::ClusterCommands", "--manifests: the folder \"%1\" does not exist")
                            .arg(options.manifestsDir)
                     << Qt::endl;
        return std::nullopt;
    }
    for (ManifestFile &f : input.manifests.files) {
        QFile file(dir.filePath(f.fileName()));
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly)) {
            consoleErr() << QCoreApplication::translate(
                "tkeci::ClusterCommands", "cannot read %1: %2")
                                .arg(file.fileName(), file.errorString())
                         << Qt::endl;
            return std::nullopt;
        }
        f.yaml = file.readAll();
        const Problems problems = checkManifestText(file.fileName(), f.yaml);
        if (!problems.isEmpty()) {
            for (const Problem &p : problems)
                consoleErr() << problemLine(p) << Qt::endl;
            return std::nullopt;
        }
        consoleOut() << QCoreApplication::translate("tkeci::ClusterCommands", "using the edited %1")
                            .arg(file.fileName())
                     << Qt::endl;
    }
    return input;
}

} // namespace tkeci

namespace tkeci {

QList<ManifestFile> filesFor(const ManifestSet &set, ManifestDestination destination)
{
    QList<ManifestFile> out;
    for (const ManifestFile &f : set.files) {
        if (f.destination == destination)
            out.append(f);
    }
    return out;
}

} // namespace tkeci
