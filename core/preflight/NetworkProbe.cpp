#include "NetworkProbe.h"

#include "preflight/PreflightRun.h"
#include "ssh/SshClient.h"

#include <QDeadlineTimer>

namespace tkeci {
namespace {

// Beyond the program's own window: starting python and the SSH round trips.
constexpr int kSlackMs = 10000;

} // namespace

NetworkProbe::NetworkProbe(std::shared_ptr<PreflightRun> run, QString node, NetworkProbePlan plan)
    : m_run(std::move(run))
    , m_node(std::move(node))
    , m_plan(std::move(plan))
{
    setAutoDelete(true);
}

void NetworkProbe::run()
{
    std::unique_ptr<ssh::SshClient> client = m_run->takeParked(m_node);
    PreflightRun::Event event {
        PreflightRun::Event::Kind::NetworkReport, m_node, {}, {}, {}, {}, {}};
    if (client && !m_run->cancelled.load()) {
        ssh::CommandOutput output;
        const ssh::SshError e = client->run(networkProbeCommand(),
            QDeadlineTimer(int(m_plan.window * 1000) + kSlackMs), output, 1024 * 1024,
            networkProbeInput(m_plan));
        if (e.ok())
            event.output = output.out;
        else
            event.text = e.detail.isEmpty() ? QStringLiteral("SSH") : e.detail;
    } else if (!client) {
        event.text = QStringLiteral("SSH");
    }
    client.reset(); // the session closes here, on this thread, not on the runner's
    if (!m_run->cancelled.load())
        m_run->post(event);
    m_run->nodeDone(m_node);
}

} // namespace tkeci
