#pragma once

#include "apply/ControllerManagerUpdate.h"
#include "plan/InstallPlan.h"
#include "preflight/PreflightOptions.h"
#include "ssh/SshClient.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>

namespace tkeci {

/// A logged-in SSH connection to one node for the steps that change it: the overlay edit of
/// kube-controller-manager's static pod manifest and the clean-up after an uninstall. It logs
/// in the way preflight does (same options), but trusts only host keys already known: the
/// operator accepted them during preflight, and a change to a master is no time to ask.
///
/// Every remote command is one of a few fixed scripts; a file's path reaches the shell only
/// after a check that it is a plain absolute path, and file contents travel on stdin. As a
/// user other than root the scripts run through `sudo -n` (preflight checked that it works).
/// Calls block: run them on a worker thread.
class NodeShell final : public MasterFiles
{
    Q_DECLARE_TR_FUNCTIONS(tkeci::NodeShell)
public:
    /// Connects and logs in before the connect timeout of `options`. `secret` is the password
    /// (auth: password) or the key's passphrase, empty when none is needed; it is not kept.
    /// nullptr and `error` set on failure.
    static std::unique_ptr<NodeShell> open(const NodeSpec &node, const PreflightOptions &options,
        const QByteArray &secret, const std::atomic<bool> *cancel, QString &error);

    std::optional<QByteArray> read(const QString &path, QString &error) override;
    bool write(const QString &path, const QByteArray &content, QString &error) override;
    bool remove(const QString &path, QString &error) override;

    /// After an uninstall: deletes the node's cilium_* links and Cilium's CNI configuration in
    /// /etc/cni/net.d, leaving every other file alone. `removed` lists what went
    /// ("link cilium_host", "file /etc/cni/net.d/05-cilium.conf"). Returns an error text, empty
    /// on success.
    QString cleanUpCilium(QStringList &removed);

private:
    NodeShell(NodeSpec node, PreflightOptions options, const std::atomic<bool> *cancel);
    struct Outcome
    {
        bool ok = false;
        int status = -1; // the script's own exit status
        QByteArray out;
        QString error;
    };
    Outcome runScript(const char *script, const QString &path, const QByteArray &input = {});

    NodeSpec m_node;
    PreflightOptions m_options;
    ssh::SshClient m_client;
};

} // namespace tkeci
