#pragma once

#include "apply/ObjectRef.h"
#include "kube/KubeClient.h"

#include <functional>

namespace tkeci {

/// A pod of a workload that is not coming up, with what its container last printed.
struct PodProblem
{
    ObjectRef workload;
    QString pod;
    QString container;
    QString reason; // CrashLoopBackOff, ImagePullBackOff, Error ...
    int restarts = 0;
    QStringList lastLogLines; // of the previous (crashed) container run
};

/// For each workload (with its label selector from spec.selector.matchLabels), lists its pods
/// and, for every container waiting in a failure state (crash loop, image pull) or restarted,
/// fetches the last `tailLines` log lines of its previous run. What an operator looks at first
/// when a rollout does not finish.
void diagnosePods(KubeClient &client, const QList<std::pair<ObjectRef, QJsonObject>> &workloads,
    int tailLines, std::function<void(QList<PodProblem>)> done);

} // namespace tkeci
