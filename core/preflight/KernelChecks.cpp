// kernel.version and kernel.config: the two checks that decide whether Cilium can run at all.
#include "NodeChecks.h"

#include "preflight/KernelConfig.h"
#include "preflight/KernelVersion.h"

namespace tkeci {

CheckResult checkKernelVersion(const NodeCheckContext &c, const QHash<QString, QByteArray> &s)
{
    CheckResult r = newResult(c.node, CheckId::KernelVersion);
    const QString release = QString::fromUtf8(s.value(QStringLiteral("uname-r"))).trimmed();
    r.details = QStringLiteral("uname -r: ") + release;
    const KernelVersion minimum = minimumKernelFor(c.ciliumVersion);
    const std::optional<KernelVersion> found = parseKernelRelease(release);
    if (!found) {
        r.verdict = Verdict::Fail;
        r.code = CheckResult::Code::KernelUnparsable;
        r.args = {release};
        return r;
    }
    const bool ok = *found >= minimum;
    r.verdict = ok ? Verdict::Pass : Verdict::Fail;
    r.code = ok ? CheckResult::Code::KernelOk : CheckResult::Code::KernelTooOld;
    r.args = {release, minimum.toString(), c.ciliumVersion};
    return r;
}

CheckResult checkKernelConfig(const NodeCheckContext &c, const QHash<QString, QByteArray> &s)
{
    CheckResult r = newResult(c.node, CheckId::KernelConfig);
    const QByteArray section = s.value(QStringLiteral("kconfig"));
    const qsizetype eol = section.indexOf('\n');
    const QByteArray firstLine = eol < 0 ? section : section.left(eol);
    const QString source = QString::fromUtf8(firstLine.mid(7)).trimmed(); // after "source "
    QByteArray text = eol < 0 ? QByteArray() : section.mid(eol + 1);
    if (!firstLine.startsWith("source ") || source == QLatin1String("none") || source.isEmpty()) {
        r.verdict = Verdict::Warn;
        r.code = CheckResult::Code::KernelConfigUnreadable;
        r.details = QStringLiteral("neither /boot/config-$(uname -r) nor /proc/config.gz is "
                                   "readable");
        return r;
    }
    if (s.contains(QStringLiteral("kconfig-gz"))) {
        const std::optional<QByteArray> plain
            = gunzip(QByteArray::fromBase64(s.value(QStringLiteral("kconfig-gz"))));
        if (!plain) {
            r.verdict = Verdict::Warn;
            r.code = CheckResult::Code::KernelConfigUnreadable;
            r.details = source + QStringLiteral(": not valid gzip data");
            return r;
        }
        text = *plain;
    }
    const QHash<QString, QString> config = parseKernelConfig(text);
    const QStringList missing = missingKernelOptions(config);
    QStringList seen;
    for (const QString &option : requiredKernelOptions())
        seen.append(option + u'=' + config.value(option, QStringLiteral("(not set)")));
    r.details = source + QStringLiteral(":\n") + seen.join(u'\n');
    if (missing.isEmpty()) {
        r.verdict = Verdict::Pass;
        r.code = CheckResult::Code::KernelConfigOk;
        r.args = {QString::number(requiredKernelOptions().size()), source};
    } else {
        r.verdict = Verdict::Fail;
        r.code = CheckResult::Code::KernelConfigMissing;
        r.args = {missing.join(QStringLiteral(", ")), source};
    }
    return r;
}

} // namespace tkeci
