#pragma once

#include <QMetaType>

namespace tkeci {

/// What a node's login asks the operator for. Crosses from a node worker to the thread that
/// owns the runner inside PreflightRun events, and on to the GUI or the terminal in signals.
enum class CredentialKind { Password, KeyPassphrase };

} // namespace tkeci

Q_DECLARE_METATYPE(tkeci::CredentialKind)
