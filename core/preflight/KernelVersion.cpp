#include "KernelVersion.h"

#include <QRegularExpression>

namespace tkeci {

QString KernelVersion::toString() const
{
    return patch == 0 ? QStringLiteral("%1.%2").arg(major).arg(minor)
                      : QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

std::optional<KernelVersion> parseKernelRelease(const QString &release)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+)\\.(\\d+)(?:\\.(\\d+))?"));
    const QRegularExpressionMatch m = re.match(release);
    if (!m.hasMatch())
        return std::nullopt;
    KernelVersion v;
    v.major = m.captured(1).toInt();
    v.minor = m.captured(2).toInt();
    v.patch = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    return v;
}

KernelVersion minimumKernelFor(const QString &ciliumVersion)
{
    const QStringList parts = ciliumVersion.split(u'.');
    const int major = parts.value(0).toInt();
    const int minor = parts.value(1).toInt();
    if (major > 1 || (major == 1 && minor >= 18))
        return {5, 10, 0};
    if (major == 1 && minor >= 16)
        return {5, 4, 0};
    if (major == 1 && minor >= 13)
        return {4, 19, 57};
    return {4, 11, 0};
}

} // namespace tkeci
