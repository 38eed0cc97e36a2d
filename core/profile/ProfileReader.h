#pragma once

#include "plan/InstallPlan.h"
#include "validation/Problem.h"

#include <QByteArray>

namespace tkeci {

/// A plan read from a profile together with every problem found on the way. `plan` holds
/// the defaults wherever the profile was missing or wrong, so callers may show it anyway.
struct ProfileReadResult
{
    InstallPlan plan;
    Problems problems;
    bool ok() const { return problems.isEmpty(); }
};

/// Reads profile YAML (DESIGN.md "Profile") into a plan: syntax, structure, types, enums,
/// unknown keys, secrets. It does not judge the plan as a whole: see validatePlan().
ProfileReadResult readProfile(const QByteArray &yaml);

/// readProfile() followed by validatePlan(); a field the reader already found wrong is not
/// reported a second time by the plan rules. This is what `validate` and the wizard's
/// "open profile" use.
ProfileReadResult loadProfile(const QByteArray &yaml);

/// Reads and checks a profile file; a file that cannot be read, or that is larger than a
/// profile can sensibly be (1 MiB), is a file-level problem.
ProfileReadResult loadProfileFile(const QString &path);

/// The profile the program starts from: overlay, one master (resources/default-profile.yaml).
ProfileReadResult defaultProfile();

} // namespace tkeci
