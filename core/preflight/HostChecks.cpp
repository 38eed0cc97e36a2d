// The checks about the node's system besides the kernel: ports, OS, user, arch, bpffs,
// leftovers of another CNI, IP forwarding.
#include "NodeChecks.h"

#include "preflight/NetworkChecks.h"
#include "preflight/OsRelease.h"
#include "preflight/PortUsage.h"
#include "render/RenderContext.h"

#include <QRegularExpression>

namespace tkeci {
namespace {

QString text(const QHash<QString, QByteArray> &s, const char *name)
{
    return QString::fromUtf8(s.value(QLatin1String(name))).trimmed();
}

QStringList lines(const QHash<QString, QByteArray> &s, const char *name)
{
    return text(s, name).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

CheckResult checkPorts(const NodeCheckContext &c, const QHash<QString, QByteArray> &s)
{
    CheckResult r = newResult(c.node, CheckId::Ports);
    const QByteArray raw = s.value(QStringLiteral("ss"));
    r.details = QString::fromUtf8(raw);
    if (!s.contains(QStringLiteral("ss")) || raw.contains("@@no-ss")) {
        r.verdict = Verdict::Warn;
        r.code = CheckResult::Code::PortsUnknown;
        return r;
    }
    const QList<ListeningSocket> sockets = parseListeningSockets(raw);
    QStringList busy;
    QStringList checked;
    for (const RequiredPort &p : requiredPorts(c.overlay)) {
        const QString name = QStringLiteral("%1/%2").arg(p.port).arg(p.protocol);
        checked.append(name);
        for (const ListeningSocket &sock : sockets) {
            if (sock.port != p.port || sock.protocol != p.protocol)
                continue;
            busy.append(
                sock.process.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, sock.process));
            break;
        }
    }
    r.verdict = busy.isEmpty() ? Verdict::Pass : Verdict::Fail;
    r.code = busy.isEmpty() ? CheckResult::Code::PortsFree : CheckResult::Code::PortsBusy;
    r.args
        = {busy.isEmpty() ? checked.join(QStringLiteral(", ")) : busy.join(QStringLiteral(", "))};
    return r;
}

CheckResult checkOs(const NodeCheckContext &c, const QHash<QString, QByteArray> &s)
{
    CheckResult r = newResult(c.node, CheckId::Os);
    const QString content = text(s, "os-release");
    r.details = content;
    const QHash<QString, QString> f = parseOsRelease(content);
    if (f.isEmpty()) {
        r.verdict = Verdict::Warn;
        r.code = CheckResult::Code::OsUnknown;
        return r;
    }
    const QString pretty = f.value(QStringLiteral("PRETTY_NAME"),
        f.value(QStringLiteral("NAME")) + u' ' + f.value(QStringLiteral("VERSION_ID")));
    const bool tencent = f.value(QStringLiteral("ID")) == QLatin1String("tencentos")
        || f.value(QStringLiteral("NAME")).contains(QLatin1String("TencentOS"));
    const QString version = f.value(QStringLiteral("VERSION_ID"));
    const bool validated
        = tencent && (version == QLatin1String("3.1") || version.startsWith(QLatin1String("3.1.")));
    r.verdict = validated ? Verdict::Pass : Verdict::Warn;
    r.code = validated ? CheckResult::Code::OsValidated : CheckResult::Code::OsNotValidated;
    r.args = {pretty.trimmed()};
    return r;
}

CheckResult checkUser(const NodeCheckContext &c, const QHash<QString, QByteArray> &s)
{
    CheckResult r = newResult(c.node, CheckId::User);
    const QStringList id = lines(s, "id");
    const QString sudo = text(s, "sudo");
    r.details
        = id.join(u'\n') + (sudo.isEmpty() ? QString() : QStringLiteral("\nsudo -n: ") + sudo);
    const QString user = id.value(0);
    if (id.value(1) == QLatin1String("0")) {
        r.verdict = Verdict::Pass;
        r.code = CheckResult::Code::UserRoot;
    } else if (sudo == QLatin1String("yes")) {
        r.verdict = Verdict::Pass;
        r.code = CheckResult::Code::UserSudo;
        r.args = {user};
    } else {
        r.verdict = Verdict::Fail;
        r.code = CheckResult::Code::UserNotRoot;
        r.args = {user};
    }
    return r;
}

CheckResult checkArch(const NodeCheckContext &c, const QHash<QString, QByteArray> &s)
{
    CheckResult r = newResult(c.node, CheckId::Arch);
    const QString machine = text(s, "uname-m");
    r.details = QStringLiteral("uname -m: ") + machine;
    const bool is64 = machine.contains(QLatin1String("64")) || machine == QLatin1String("s390x");
    r.verdict = is64 ? Verdict::Pass : Verdict::Fail;
    r.code = is64 ? CheckResult::Code::ArchOk : CheckResult::Code::ArchNot64Bit;
    r.args = {machine};
    return r;
}

CheckResult checkBpffs(const NodeCheckContext &c, const QHash<QString, QByteArray> &s)
{
    CheckResult r = newResult(c.node, CheckId::Bpffs);
    const QStringList mounts = lines(s, "bpffs");
    r.details = mounts.join(u'\n');
    // The last mount on the path is the one in effect.
    const QStringList fields
        = mounts.isEmpty() ? QStringList() : mounts.last().split(u' ', Qt::SkipEmptyParts);
    const QString type = fields.value(2);
    const bool ok = type == QLatin1String("bpf");
    r.verdict = ok ? Verdict::Pass : Verdict::Warn;
    r.code = ok ? CheckResult::Code::BpffsMounted : CheckResult::Code::BpffsNotMounted;
    if (!ok)
        r.args = {type};
    return r;
}

CheckResult checkCniLeftovers(const NodeCheckContext &c, const QHash<QString, QByteArray> &s)
{
    static const QRegularExpression ipLink(QStringLiteral("^\\d+:\\s*([^:@\\s]+)"));
    CheckResult r = newResult(c.node, CheckId::CniLeftovers);
    QStringList found;
    for (const QString &file : lines(s, "cni-files")) {
        if (!file.contains(QLatin1String("cilium")))
            found.append(QStringLiteral("/etc/cni/net.d/") + file.trimmed());
    }
    for (const QString &line : lines(s, "links")) {
        const QRegularExpressionMatch m = ipLink.match(line);
        const QString name = m.hasMatch() ? m.captured(1) : line.trimmed();
        if (name.startsWith(QLatin1String("cilium_")) || name == QLatin1String("flannel.1")
            || name == QLatin1String("cni0"))
            found.append(name);
    }
    r.details = QStringLiteral("/etc/cni/net.d:\n") + text(s, "cni-files")
        + QStringLiteral("\nlinks:\n") + text(s, "links");
    if (found.isEmpty()) {
        r.verdict = Verdict::Pass;
        r.code = CheckResult::Code::CniClean;
    } else {
        r.verdict = c.newCluster ? Verdict::Fail : Verdict::Warn;
        r.code = CheckResult::Code::CniLeftovers;
        r.args = {found.join(QStringLiteral(", "))};
    }
    return r;
}

CheckResult checkIpForward(const NodeCheckContext &c, const QHash<QString, QByteArray> &s)
{
    CheckResult r = newResult(c.node, CheckId::IpForward);
    const QString value = text(s, "ip_forward");
    r.details = QStringLiteral("net.ipv4.ip_forward = ") + value;
    const bool on = value == QLatin1String("1");
    r.verdict = on ? Verdict::Pass : Verdict::Warn;
    r.code = on ? CheckResult::Code::IpForwardOn : CheckResult::Code::IpForwardOff;
    if (!on)
        r.args = {value};
    return r;
}

CheckResults evaluateProbe(const NodeCheckContext &context, const QHash<QString, QByteArray> &s)
{
    CheckResults rows {checkKernelVersion(context, s), checkKernelConfig(context, s),
        checkPorts(context, s), checkOs(context, s), checkUser(context, s), checkArch(context, s),
        checkBpffs(context, s), checkCniLeftovers(context, s), checkIpForward(context, s)};
    if (context.networkStage) {
        rows.append(checkNetDevice(context.node, context.networkDevice,
            parseDeviceFacts(context.networkDevice, context.node, s)));
    }
    return rows;
}

std::pair<QString, int> apiServerAddress(const QUrl &server)
{
    return {server.host(), server.port(server.scheme() == QLatin1String("http") ? 80 : 443)};
}

std::optional<std::pair<QString, int>> apiServerTarget(
    const InstallPlan &plan, const PreflightOptions &options)
{
    if (const auto vip = RenderContext(plan).apiServerEndpoint())
        return vip;
    if (plan.target == Target::ExistingCluster)
        return options.apiServer;
    return std::nullopt;
}

QList<CheckId> runChecks(const InstallPlan &plan, const PreflightOptions &options)
{
    if (!options.networkChecks)
        return nodeCheckIds();
    QList<CheckId> checks = nodeCheckIds() + networkCheckIds(!plan.isUnderlay());
    if (apiServerTarget(plan, options))
        checks.append(CheckId::NetApiserver);
    checks.append(CheckId::NetRegistry);
    return checks;
}

CheckResult newResult(const QString &node, CheckId check)
{
    CheckResult r;
    r.node = node;
    r.check = check;
    return r;
}

CheckResults nodeFailure(const QString &node, CheckResult::Code code, const QStringList &args,
    const QString &details, Verdict verdict)
{
    return nodeFailure(nodeCheckIds(), node, code, args, details, verdict);
}

CheckResults nodeFailure(const QList<CheckId> &checks, const QString &node, CheckResult::Code code,
    const QStringList &args, const QString &details, Verdict verdict)
{
    CheckResults rows;
    for (const CheckId check : checks)
        rows.append(CheckResult {node, check, verdict, code, args, details});
    return rows;
}

} // namespace tkeci
