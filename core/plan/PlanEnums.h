#pragma once

#include "InstallPlan.h"

#include <QStringList>

#include <optional>

namespace tkeci {

// The profile spellings of the plan's enums (DESIGN.md, "Profile"). One table per enum keeps
// reading, writing and the "allowed: ..." part of error messages in step.

QString toProfileString(Target v);
QString toProfileString(Cni v);
QString toProfileString(NetworkMode v);
QString toProfileString(HaType v);
QString toProfileString(NodeRole v);
QString toProfileString(AuthMethod v);

template<typename E> std::optional<E> enumFromProfileString(const QString &text);
template<typename E> QStringList profileSpellings();

} // namespace tkeci
