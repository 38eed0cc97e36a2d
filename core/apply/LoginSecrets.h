#pragma once

#include "apply/MasterChanges.h"
#include "preflight/NodeLogin.h"

#include <QMetaType>

namespace tkeci {

/// One secret a run needs from the operator before it logs in to a node: the password of a
/// password node, or the passphrase of its encrypted key. The question of a run's
/// secretsNeeded() pause; the GUI asks it in a dialog, the command line on the terminal.
struct SecretRequest
{
    NodeSpec node;
    LoginSecret kind = LoginSecret::Password;
    QString keyFile; // the encrypted key (KeyPassphrase), as the profile or options name it
};

/// The secrets `nodes` need with `options`, one per node that needs one, in order; a node
/// listed twice is asked once.
QList<SecretRequest> secretRequestsFor(
    const QList<NodeSpec> &nodes, const PreflightOptions &options);

/// The question for one request, as both faces ask it: "Password of root@10.0.0.16:".
QString secretPromptText(const SecretRequest &request);

/// Overwrites every secret, then empties the map (its owner calls it when a run ends).
void wipeSecrets(NodeSecrets &secrets);

/// Why a run ended without finishing, when no server or node failed: the operator declined a
/// pause's question (no secrets, no consent) or stopped the run.
enum class RunStop { Declined, Stopped };

} // namespace tkeci

Q_DECLARE_METATYPE(tkeci::SecretRequest)
