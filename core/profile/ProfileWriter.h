#pragma once

#include "plan/InstallPlan.h"

#include <QByteArray>

namespace tkeci {

/// Writes a plan as profile YAML (DESIGN.md "Profile"). A profile never holds a secret: there
/// is no field for one, so nothing secret can be written.
QByteArray writeProfile(const InstallPlan &plan);

/// Writes atomically (QSaveFile); returns an error text, empty on success.
QString saveProfileFile(const InstallPlan &plan, const QString &path);

} // namespace tkeci
