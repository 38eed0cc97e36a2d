#include "apply/LabelWarningText.h"

#include <QCoreApplication>

namespace tkeci {
namespace {

constexpr qsizetype kNamed = 5;

/// "a, b, c" or "a, b, c, d, e and 12 more".
QString someOf(const QStringList &names)
{
    const QString first = names.mid(0, kNamed).join(QStringLiteral(", "));
    if (names.size() <= kNamed)
        return first;
    return QCoreApplication::translate(
        "tkeci::LabelWarningText", "%1 and %n more", nullptr, int(names.size() - kNamed))
        .arg(first);
}

} // namespace

QStringList labelWarningLines(const QStringList &notInCluster, const QStringList &notInProfile)
{
    QStringList lines;
    if (!notInCluster.isEmpty())
        lines.append(QCoreApplication::translate("tkeci::LabelWarningText",
            "warning: no node of the cluster has the address of %n profile node(s): %1", nullptr,
            int(notInCluster.size()))
                         .arg(someOf(notInCluster)));
    if (!notInProfile.isEmpty())
        lines.append(QCoreApplication::translate("tkeci::LabelWarningText",
            "warning: %n cluster node(s) not in the profile get no underlay labels, so "
            "cilium-router on them has no BGP peer: %1",
            nullptr, int(notInProfile.size()))
                         .arg(someOf(notInProfile)));
    return lines;
}

} // namespace tkeci
