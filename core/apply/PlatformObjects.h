#pragma once

#include "apply/ClusterCreator.h"
#include "kube/JsonRead.h"

#include <QJsonObject>

namespace tkeci {

/// The REST path of a platform.tkestack.io/v1 object (cluster-scoped): "clusters",
/// "machines", "clustercredentials"; the collection when `name` is empty.
QString platformPath(const QString &resource, const QString &name = QString());

/// status.phase and status.conditions of a Cluster or Machine.
struct PlatformStatus
{
    QString phase;
    QList<ClusterCondition> conditions;
};
/// Reads them strictly (a phase that is not a string is no "not Running yet"), their text made
/// safe for a terminal: TKEStack copies error output of the nodes into condition messages.
Shaped<PlatformStatus> readPlatformStatus(const QJsonObject &object);

/// The condition that says TKEStack's step failed, if any. TKEStack's providers record a
/// failed step as status False with reason FailedInit and the error as message, and leave the
/// phase at Initializing while they retry (pkg/platform/provider/cluster/interface.go:226-233,
/// pkg/platform/provider/machine/interface.go:174-179); Failed is a phase only the health
/// check of a running cluster sets (pkg/platform/controller/cluster/cluster_controller.go:614).
std::optional<ClusterCondition> failedPlatformCondition(
    const QString &phase, const QList<ClusterCondition> &conditions);

} // namespace tkeci
