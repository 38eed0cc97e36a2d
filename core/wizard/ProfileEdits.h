#pragma once

#include "edit/ManifestEditsFolder.h"
#include "plan/InstallPlan.h"

namespace tkeci {
class ManifestEdits;
class PlanConfig;

/// What saveProfileWithEdits() did.
struct ProfileSaveResult
{
    QString error; // the profile could not be written (then the edits were not tried)
    EditsSaveResult edits;
    bool ok() const { return error.isEmpty() && edits.error.isEmpty(); }
};

/// Saves the answers as a profile at `path` and the manifest edits beside it
/// (manifestEditsFolder()): the edits are the operator's work as much as the answers are.
ProfileSaveResult saveProfileWithEdits(
    PlanConfig &config, const ManifestEdits &edits, const QString &path);

/// After a profile was opened: renders the manifests of `plan` and puts the edits kept beside
/// the profile on top, replacing the edits there were (they belonged to other answers).
EditsLoadResult restoreProfileEdits(
    const InstallPlan &plan, ManifestEdits &edits, const QString &profilePath);

} // namespace tkeci
