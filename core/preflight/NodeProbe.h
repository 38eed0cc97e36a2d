#pragma once

#include "plan/InstallPlan.h"
#include "preflight/NodeChecks.h"
#include "preflight/PreflightOptions.h"
#include "preflight/PreflightQuestions.h"

#include <QRunnable>

#include <memory>
#include <optional>

namespace tkeci {
namespace ssh {
class SshClient;
struct SshError;
} // namespace ssh

class PreflightRun;

/// Checks one node on a pool thread: connect, host key, login, one exec of probeScript(),
/// judge. Everything it learns goes to the PreflightRun as events; it ends with NodeDone.
class NodeProbe : public QRunnable
{
public:
    NodeProbe(std::shared_ptr<PreflightRun> run, NodeSpec node, NodeCheckContext context,
        PreflightOptions options);
    void run() override;

private:
    void probe();
    bool trustHostKey(ssh::SshClient &client);
    bool login(ssh::SshClient &client);
    std::optional<QByteArray> askSecret(CredentialKind kind);
    /// Reports an SSH failure as one row per check.
    void failWith(const ssh::SshError &error, SshPhase phase);
    void fail(CheckResult::Code code, const QStringList &args, const QString &details);

    std::shared_ptr<PreflightRun> m_run;
    NodeSpec m_node;
    NodeCheckContext m_context;
    PreflightOptions m_options;
};

} // namespace tkeci
