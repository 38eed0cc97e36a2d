#include "NetworkStage.h"

#include "preflight/NetworkProbe.h"
#include "preflight/NodeChecks.h"
#include "preflight/PreflightRun.h"
#include "render/RenderContext.h"

#include <QRandomGenerator>
#include <QThreadPool>

namespace tkeci {
namespace {

// VXLAN adds 50 bytes (outer Ethernet 14, IP 20, UDP 8, VXLAN 8): a pod's packet of the
// device's MTU minus 50 must cross the wire unfragmented.
constexpr int kVxlanOverhead = 50;

QByteArray newToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex();
}

} // namespace

NetworkStage::NetworkStage(
    const InstallPlan &plan, const PreflightOptions &options, const QStringList &nodes)
    : m_overlay(!plan.isUnderlay())
    , m_apiServer(apiServerTarget(plan, options))
    , m_order(nodes)
{
    for (const NodeSpec &n : plan.nodes)
        m_switchOf.insert(n.ip, n.switchIP.value_or(plan.underlay.switchIP));
    for (const CheckId check : runChecks(plan, options)) {
        if (!nodeCheckIds().contains(check) && check != CheckId::NetDevice)
            m_checks.append(check); // net.device is judged with the node's own checks
    }
    // images.registry is "host[:port][/path]" (PlanValidator); images are pulled over HTTPS.
    const QString hostPort = plan.imageRegistry.section(u'/', 0, 0);
    const QString host = hostPort.section(u':', 0, 0);
    if (host == QLatin1String("docker.io"))
        m_internetRegistry = plan.imageRegistry;
    else
        m_registry
            = std::pair {host, hostPort.contains(u':') ? hostPort.section(u':', 1).toInt() : 443};
}

QList<CheckId> NetworkStage::checks() const
{
    return m_checks;
}

QList<NetworkNode::Target> NetworkStage::targetsOf(const QString &node) const
{
    QList<NetworkNode::Target> targets;
    const QString switchIP = m_switchOf.value(node);
    if (!m_overlay && !switchIP.isEmpty())
        targets.append({CheckId::NetBgp, switchIP, 179});
    if (m_apiServer)
        targets.append({CheckId::NetApiserver, m_apiServer->first, m_apiServer->second});
    if (m_registry)
        targets.append({CheckId::NetRegistry, m_registry->first, m_registry->second});
    return targets;
}

bool NetworkStage::start(
    const std::shared_ptr<PreflightRun> &run, QThreadPool &pool, std::function<void()> wake)
{
    m_started = true;
    const QHash<QString, DeviceFacts> parked = run->parkedDevices();
    QStringList peers;
    for (const QString &ip : std::as_const(m_order)) {
        if (parked.contains(ip))
            peers.append(ip);
    }
    if (peers.isEmpty())
        return false;
    const QByteArray token = newToken();
    run->setWake(int(peers.size()), std::move(wake));
    // Every node's probe runs at once: the listeners must all be up within startDelay.
    pool.setMaxThreadCount(qMax(pool.maxThreadCount(), int(peers.size())));
    for (const QString &ip : std::as_const(peers)) {
        NetworkNode node;
        node.ip = ip;
        node.device = parked.value(ip);
        NetworkProbePlan plan = NetworkProbePlan::timedFor(int(peers.size()));
        plan.token = token;
        plan.self = ip;
        plan.peers = peers;
        plan.peers.removeOne(ip);
        // Overlay: the VXLAN port itself. Underlay has no UDP port of its own; UDP 4240 is
        // free there (cilium-health uses TCP 4240 only).
        plan.udpPort = m_overlay ? 8472 : 4240;
        if (node.device.mtu > 0)
            plan.mtuSize = m_overlay ? node.device.mtu - kVxlanOverhead : node.device.mtu;
        node.mtuSize = plan.mtuSize;
        node.targets = targetsOf(ip);
        for (const NetworkNode::Target &t : std::as_const(node.targets))
            plan.targets.append({targetId(t.check), t.host, t.port});
        m_probeSeconds = plan.connectTimeout;
        m_nodes.insert(ip, node);
        m_waiting.insert(ip);
        pool.start(new NetworkProbe(run, ip, plan));
    }
    return true;
}

void NetworkStage::addReport(const QString &node, const QByteArray &output, const QString &failure)
{
    if (!m_waiting.remove(node))
        return;
    NetworkNode &n = m_nodes[node];
    n.report = parsePeerReport(output);
    n.failureDetail = failure;
    if (!failure.isEmpty())
        n.failure = CheckResult::Code::NetUnchecked;
    else if (!n.report.hasPython)
        n.failure = CheckResult::Code::NetNoPython;
    else if (!n.report.complete)
        n.failure = CheckResult::Code::NetEndedEarly;
    n.ran = failure.isEmpty() && n.report.hasPython && n.report.complete;
}

CheckResults NetworkStage::verdicts() const
{
    QList<NetworkNode> nodes;
    for (const QString &ip : m_order) {
        if (m_nodes.contains(ip))
            nodes.append(m_nodes.value(ip));
    }
    CheckResults rows = judgeNetwork(nodes, m_overlay, m_probeSeconds);
    if (!m_internetRegistry.isEmpty()) {
        for (const NetworkNode &n : std::as_const(nodes)) {
            CheckResult r = newResult(n.ip, CheckId::NetRegistry);
            r.verdict = Verdict::Pass;
            r.code = CheckResult::Code::NetRegistryInternet;
            r.args = {m_internetRegistry};
            rows.append(r);
        }
    }
    return rows;
}

} // namespace tkeci
