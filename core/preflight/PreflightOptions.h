#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace tkeci {

/// How preflight connects. Secrets are not here: they are asked for at run time.
struct PreflightOptions
{
    QString knownHostsFile; // empty: ~/.ssh/known_hosts
    QString identityFile; // when set, used for every node with auth: key instead of its keyFile
    int parallel = 32; // nodes checked at the same time, 1..1024
    int connectTimeoutMs = 10000; // TCP connect + SSH handshake + login, per node
    int commandTimeoutMs = 30000; // the probe command, per node
    bool useSshConfig = true; // read ~/.ssh/config and /etc/ssh/ssh_config
    /// The network stage (net.*): every node against its peers and its switch. Off only where
    /// the nodes cannot reach each other on purpose (tests of single-node behaviour).
    bool networkChecks = true;
    /// An existing cluster without HA: the API server's address from the kubeconfig (host,
    /// port), for net.apiserver. With HA the plan's VIP is checked instead.
    std::optional<std::pair<QString, int>> apiServer;
};

} // namespace tkeci
