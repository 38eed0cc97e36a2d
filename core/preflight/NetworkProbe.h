#pragma once

#include "preflight/NetworkScript.h"

#include <QRunnable>

#include <memory>

namespace tkeci {

class PreflightRun;

/// One node's part of the network stage, on a pool thread: runs networkProbeCommand() in the
/// node's parked SSH session with its NetworkProbePlan on stdin, posts a NetworkReport event
/// and closes the session. Every node of the stage runs at the same time, so listeners are up
/// before any peer probes them (NetworkProbePlan::startDelay).
class NetworkProbe : public QRunnable
{
public:
    NetworkProbe(std::shared_ptr<PreflightRun> run, QString node, NetworkProbePlan plan);
    void run() override;

private:
    std::shared_ptr<PreflightRun> m_run;
    QString m_node;
    NetworkProbePlan m_plan;
};

} // namespace tkeci
