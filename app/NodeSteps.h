#pragma once

#include "apply/LoginSecrets.h"

namespace tkeci {

class ControllerManagerChange;
struct ClusterCommandOptions;

/// Asks on the terminal for the secrets `requests` name (passwords, key passphrases): the
/// answer to a run's secretsNeeded() pause.
NodeSecrets askNodeSecrets(const QList<SecretRequest> &requests);

/// The terminal's face of the overlay kube-controller-manager change: prints its progress,
/// each master's diff and outcome, answers its secrets pause from the terminal and its
/// consent pause from the terminal or --yes (a master that could not be read: Stop).
void answerOnTerminal(ControllerManagerChange &change, const ClusterCommandOptions &options);

} // namespace tkeci
