// Writes the export folder of a profile, as the wizard's Export page does (the CLI has no
// export command): the bundle that export_apply_test.py runs with a stock kubectl.
// Usage: export_folder PROFILE FOLDER
#include "exporting/ExportWriter.h"
#include "profile/ProfileReader.h"
#include "render/ManifestRenderer.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace tkeci;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        err << "usage: export_folder PROFILE FOLDER\n";
        return 2;
    }
    const ProfileReadResult read = loadProfileFile(args.at(1));
    const RenderResult r = read.ok() ? renderManifests(read.plan) : RenderResult();
    for (const Problem &p : read.ok() ? r.problems : read.problems)
        err << p.path << ": " << problemMessage(p) << '\n';
    if (!read.ok() || !r.ok())
        return 1;
    const QString error = writeExportFolder(r.manifests, read.plan, args.at(2));
    if (!error.isEmpty())
        err << error << '\n';
    return error.isEmpty() ? 0 : 1;
}
