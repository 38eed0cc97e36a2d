#pragma once

#include "apply/ClusterCreator.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tkeci {

/// The live view of the new-cluster target: creates the TKEStack Cluster object on the global
/// cluster and shows status.phase and every condition (EnsureCilium FailedInit ...) as they
/// change, until Running, Failed, the timeout, or Stop.
class NewClusterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NewClusterPanel(QWidget *parent = nullptr);
    ~NewClusterPanel() override;

    /// `filledClusterFile` holds machine credentials: it is sent once and not kept.
    void start(const ClusterAccess &globalCluster, ManifestFile filledClusterFile, int timeoutMs,
        int pollMs);
    void stop();
    bool isRunning() const { return m_creator != nullptr; }
    const std::optional<ClusterCreateResult> &result() const { return m_result; }

    QLabel *phaseLabel() const { return m_phase; }
    QTreeWidget *conditions() const { return m_conditions; }
    QLabel *message() const { return m_message; }
    QPushButton *stopButton() const { return m_stop; }

Q_SIGNALS:
    void ended();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showStatus(const QString &phase, const QList<ClusterCondition> &conditions);
    void end();
    void retranslate();

    // The creator before the client: destroying the client first drops pending replies.
    std::unique_ptr<ClusterCreator> m_creator;
    std::unique_ptr<KubeClient> m_client;
    std::optional<ClusterCreateResult> m_result;
    QString m_clusterName;
    QString m_lastPhase;
    QLabel *m_phase = nullptr;
    QTreeWidget *m_conditions = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_stop = nullptr;
};

} // namespace tkeci
