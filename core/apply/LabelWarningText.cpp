#include "apply/LabelWarningText.h"

#include <QCoreApplication>

namespace tkeci {
namespace {

constexpr qsizetype kNamed = 5;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("tkeci::LabelWarningText", text, nullptr, n);
}

/// "a, b, c" or "a, b, c, d, e and 12 more".
QString someOf(const QStringList &names)
{
    const QString first = names.mid(0, kNamed).join(QStringLiteral(", "));
    if (names.size() <= kNamed)
        return first;
    return tr("%1 and %n more", int(names.size() - kNamed)).arg(first);
}

} // namespace

QStringList labelWarningLines(const QStringList &notInCluster, const QStringList &notInProfile)
{
    QStringList lines;
    if (!notInCluster.isEmpty())
        lines.append(tr("warning: no node of the cluster has the address of %n profile node(s): "
                        "%1",
            int(notInCluster.size()))
                         .arg(someOf(notInCluster)));
    if (!notInProfile.isEmpty())
        lines.append(tr("warning: %n cluster node(s) not in the profile get no underlay labels, "
                        "so cilium-router on them has no BGP peer: %1",
            int(notInProfile.size()))
                         .arg(someOf(notInProfile)));
    return lines;
}

} // namespace tkeci
