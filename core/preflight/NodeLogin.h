#pragma once

#include "plan/InstallPlan.h"
#include "preflight/PreflightOptions.h"
#include "ssh/SshClient.h"

namespace tkeci {

/// What a node's login needs from the operator before it can start.
enum class LoginSecret { None, Password, KeyPassphrase };

/// The secret `node` needs with `options`: its password, the passphrase of an encrypted key
/// file, or nothing (agent, unencrypted key, libssh's own key search).
LoginSecret loginSecretFor(const NodeSpec &node, const PreflightOptions &options);

/// Logs in on a connected client the way the profile says (agent, key file — the options'
/// identity file wins — or password), with `secret` as loginSecretFor() asked for it.
/// Preflight and the apply steps share it, so a node that passed preflight logs in the same
/// way when it is changed.
ssh::SshError logIn(ssh::SshClient &client, const NodeSpec &node, const PreflightOptions &options,
    const QByteArray &secret);

} // namespace tkeci
