#pragma once

// The private state of a NewClusterInstall run (not part of its API).
#include "apply/NewClusterInstall.h"

#include <QElapsedTimer>
#include <QJsonObject>

#include <functional>

namespace tkeci {

struct NewClusterInstall::Run
{
    struct Machine
    {
        QString name;
        QString ip;
        YamlNode document; // with credentials until wipe()
    };

    InstallPlan plan;
    QString clusterName;
    YamlNode clusterDocument; // with credentials until wipe()
    QList<Machine> machines;
    int machinesPosted = 0;
    QJsonObject clusterJson; // the Cluster as last read Running
    QList<ManifestFile> installerFiles;
    QList<ManifestFile> verificationFiles;
    QList<ObjectRef> workloads;
    QTimer timer;
    QElapsedTimer elapsed;
    std::function<void()> onTimer;
    bool conflictPaused = false;
    bool rolloutPaused = false;
    std::unique_ptr<ManifestApplier> applier;
    std::unique_ptr<RolloutWatcher> watcher;
    std::unique_ptr<ConnectivityVerifier> verifier;

    /// Splits the filled tkestack-cluster file into the Cluster and its Machines.
    void takeDocuments(const ManifestFile &filled);
    /// Drops the documents holding the machines' credentials (sent, or never to be).
    void wipe();
    /// Runs `then` after `ms` unless the run is destroyed or the timer is stopped.
    void later(QObject *context, int ms, std::function<void()> then);
};

} // namespace tkeci
