#pragma once

#include "render/ManifestSet.h"

#include <QString>
#include <QStringList>

namespace tkeci {

/// How the connectivity check is rendered for one run of `verify`. The defaults are
/// TKEStack's check; an offline site swaps the images for ones its registry holds and either
/// names targets outside the cluster it can reach or leaves the external checks out, and a
/// cluster with one schedulable node leaves out the checks that need two.
struct ConnectivityCheckOptions
{
    QString echoImage; // empty: <registry>/json-mock:1.2
    QString clientImage; // empty: <registry>/alpine-curl:0.1.8
    QString externalAddress = QStringLiteral("1.1.1.1"); // pod-to-a-external-1111
    QString externalName = QStringLiteral("www.baidu.com"); // pod-to-external-fqdn-baidu
    bool external = true; // false: no check leaves the cluster
    bool multiNode = true; // false: fewer than two schedulable nodes
};

/// The options' problems, each "--option: what is wrong" in the current language. The
/// external targets end up in a probe command inside the test pods, so only an IPv4 address
/// and a DNS name are accepted; images must be plain image references.
QStringList checkConnectivityCheckOptions(const ConnectivityCheckOptions &options);

/// The deployments the options leave out, each with the reason, in the current language.
QList<std::pair<QString, QString>> skippedConnectivityChecks(
    const ConnectivityCheckOptions &options);

/// `file` (a rendered or edited connectivity check) without the Deployments named in
/// `deployments`: the checks a cluster cannot run are left out of an edited file too.
ManifestFile withoutConnectivityChecks(const ManifestFile &file, const QStringList &deployments);

/// The connectivity check `files` as a cluster with `schedulableNodes` nodes that accept pods
/// can run them: with fewer than two the multi-node checks keep their pods off echo-b's node,
/// could never be ready and would read as a broken network, so they are left out. `skipped`
/// receives the ones left out, each with the reason.
QList<ManifestFile> connectivityChecksForNodes(const QList<ManifestFile> &files,
    qsizetype schedulableNodes, QList<std::pair<QString, QString>> &skipped);

} // namespace tkeci
