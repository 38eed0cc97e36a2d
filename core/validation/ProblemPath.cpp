// Reading the profile paths problems are tied to.
#include "Problem.h"

#include <QRegularExpression>

namespace tkeci {

std::optional<NodeRowPath> splitNodePath(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^nodes\\[(\\d+)\\](.*)$"));
    const QRegularExpressionMatch m = pattern.match(path);
    if (!m.hasMatch())
        return std::nullopt;
    return NodeRowPath {m.captured(1).toInt(), m.captured(2)};
}

} // namespace tkeci
