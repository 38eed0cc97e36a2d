#pragma once

#include "plan/InstallPlan.h"
#include "profile/ProfileReader.h"
#include "render/ManifestRenderer.h"

#include <QList>

/// Rendered manifests of the default profile, retargeted to an existing cluster, in overlay or
/// underlay mode: what the apply tests send to the test API server.
inline tkeci::ManifestSet renderedFor(tkeci::NetworkMode mode)
{
    tkeci::InstallPlan plan = tkeci::defaultProfile().plan;
    plan.target = tkeci::Target::ExistingCluster;
    plan.networkMode = mode;
    if (mode == tkeci::NetworkMode::Underlay) {
        plan.underlay.asn = 64512;
        plan.underlay.switchIP = QStringLiteral("192.168.60.2");
    }
    return tkeci::renderManifests(plan).manifests;
}

/// The files of `set` meant for `destination`.
inline QList<tkeci::ManifestFile> filesFor(
    const tkeci::ManifestSet &set, tkeci::ManifestDestination destination)
{
    QList<tkeci::ManifestFile> out;
    for (const tkeci::ManifestFile &f : set.files) {
        if (f.destination == destination)
            out.append(f);
    }
    return out;
}
