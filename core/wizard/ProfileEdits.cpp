#include "ProfileEdits.h"

#include "PlanConfig.h"
#include "edit/ManifestEdits.h"
#include "render/ManifestRenderer.h"

namespace tkeci {

ProfileSaveResult saveProfileWithEdits(
    PlanConfig &config, const ManifestEdits &edits, const QString &path)
{
    ProfileSaveResult result;
    result.error = config.saveProfile(path);
    if (result.error.isEmpty())
        result.edits = saveManifestEdits(edits, path);
    return result;
}

EditsLoadResult restoreProfileEdits(
    const InstallPlan &plan, ManifestEdits &edits, const QString &profilePath)
{
    // Rendered now, not when the Review page is shown: setGenerated() drops an edit of a file
    // it does not know, and the Review page renders the same answers to the same text.
    edits.resetAll();
    edits.setGenerated(renderManifests(plan).manifests);
    EditsLoadResult kept = loadManifestEdits(profilePath);
    for (const KeptEdit &e : kept.edits)
        edits.restore(e.name, e.yaml, e.baseDigest);
    return kept;
}

} // namespace tkeci
