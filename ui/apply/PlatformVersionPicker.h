#pragma once

#include "apply/PlatformVersions.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;

namespace tkeci {

/// For a new cluster on the Apply page: asks the chosen global cluster which Kubernetes
/// versions its TKEStack offers (kube-public/cluster-info) and, when the plan's version is not
/// one of them, says so and offers the valid ones to pick from. Nothing is created with a
/// version the platform would refuse.
class PlatformVersionPicker : public QWidget
{
    Q_OBJECT
public:
    explicit PlatformVersionPicker(QWidget *parent = nullptr);
    ~PlatformVersionPicker() override;

    /// Reads the versions of `globalCluster`; `planVersion` is the one the plan asks for.
    void check(const ClusterAccess &globalCluster, const QString &planVersion);
    void clear();
    /// The plan's version changed (picked here or elsewhere).
    void setPlanVersion(const QString &version);

    /// While the answer is awaited, or when the platform does not offer the plan's version.
    bool blocksApply() const;
    QLabel *note() const { return m_note; }
    QComboBox *choice() const { return m_choice; }

Q_SIGNALS:
    /// The operator picked a version the platform offers.
    void versionChosen(const QString &version);
    void stateChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void show();

    std::unique_ptr<KubeClient> m_client; // destroyed to drop a pending answer
    std::optional<PlatformVersions> m_versions;
    std::optional<KubeError> m_error;
    QString m_planVersion;
    bool m_pending = false;
    QLabel *m_note = nullptr;
    QComboBox *m_choice = nullptr;
};

} // namespace tkeci
