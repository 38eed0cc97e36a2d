#pragma once

#include "plan/InstallPlan.h"
#include "validation/Problem.h"

#include <QObject>
#include <QSet>

#include <optional>

namespace tkeci {

/// The wizard's answers as one QObject (Calamares' "Config" idea): typed properties that
/// pages bind to, the plan they make up, and the plan's problems re-judged on every change.
/// It holds no widgets, so every rule the pages show is testable without a display.
class PlanConfig : public QObject
{
    Q_OBJECT
    Q_PROPERTY(tkeci::Target target READ target WRITE setTarget NOTIFY changed)
    Q_PROPERTY(tkeci::Cni cni READ cni WRITE setCni NOTIFY changed)
    Q_PROPERTY(tkeci::NetworkMode networkMode READ networkMode WRITE setNetworkMode NOTIFY changed)
    Q_PROPERTY(quint32 asn READ asn WRITE setAsn NOTIFY changed)
    Q_PROPERTY(QString switchIP READ switchIP WRITE setSwitchIP NOTIFY changed)
    Q_PROPERTY(tkeci::HaType haType READ haType WRITE setHaType NOTIFY changed)
    Q_PROPERTY(QString vip READ vip WRITE setVip NOTIFY changed)
    Q_PROPERTY(int vport READ vport WRITE setVport NOTIFY changed)
    Q_PROPERTY(QString clusterCIDR READ clusterCIDR WRITE setClusterCIDR NOTIFY changed)
    Q_PROPERTY(int maxNodePodNum READ maxNodePodNum WRITE setMaxNodePodNum NOTIFY changed)
    Q_PROPERTY(QString networkDevice READ networkDevice WRITE setNetworkDevice NOTIFY changed)
    Q_PROPERTY(
        QString kubernetesVersion READ kubernetesVersion WRITE setKubernetesVersion NOTIFY changed)
    Q_PROPERTY(QString imageRegistry READ imageRegistry WRITE setImageRegistry NOTIFY changed)
    Q_PROPERTY(QString ciliumVersion READ ciliumVersion WRITE setCiliumVersion NOTIFY changed)
    Q_PROPERTY(QString displayName READ displayName WRITE setDisplayName NOTIFY changed)
    Q_PROPERTY(QString profilePath READ profilePath NOTIFY changed)

public:
    explicit PlanConfig(QObject *parent = nullptr);

    const InstallPlan &plan() const { return m_plan; }
    /// Replaces every answer at once (open profile, default profile); the new answers count
    /// as kept (answersKept()).
    void setPlan(const InstallPlan &plan);

    Target target() const { return m_plan.target; }
    void setTarget(Target v);
    Cni cni() const { return m_plan.cni; }
    void setCni(Cni v);
    NetworkMode networkMode() const { return m_plan.networkMode; }
    void setNetworkMode(NetworkMode v);
    quint32 asn() const { return m_plan.underlay.asn; }
    void setAsn(quint32 v);
    QString switchIP() const { return m_plan.underlay.switchIP; }
    void setSwitchIP(const QString &v);
    HaType haType() const { return m_plan.haType; }
    void setHaType(HaType v);
    QString vip() const { return m_plan.vip; }
    void setVip(const QString &v);
    int vport() const { return m_plan.vport; }
    void setVport(int v);
    QString clusterCIDR() const { return m_plan.clusterCIDR; }
    void setClusterCIDR(const QString &v);
    int maxNodePodNum() const { return m_plan.maxNodePodNum; }
    void setMaxNodePodNum(int v);
    QString networkDevice() const { return m_plan.networkDevice; }
    void setNetworkDevice(const QString &v);
    QString kubernetesVersion() const { return m_plan.kubernetesVersion; }
    void setKubernetesVersion(const QString &v);
    QString imageRegistry() const { return m_plan.imageRegistry; }
    void setImageRegistry(const QString &v);
    QString ciliumVersion() const { return m_plan.ciliumVersion; }
    void setCiliumVersion(const QString &v);
    QString displayName() const { return m_plan.displayName; }
    void setDisplayName(const QString &v);

    const QList<NodeSpec> &nodes() const { return m_plan.nodes; }
    void setNodes(const QList<NodeSpec> &nodes);
    void setNode(int index, const NodeSpec &node);
    /// Appends a node that inherits port, user, auth and key file from the last one.
    void addNode(const QString &ip = {});
    void removeNodes(QList<int> indexes);
    /// Adds one node per non-empty line: "ip[:port] [user] [master|worker]"; returns how many.
    int pasteNodes(const QString &text);

    /// Every problem of the current plan (validatePlan), re-judged after each change.
    const Problems &problems() const { return m_problems; }
    /// Problems whose path is `path` or lies below it (`nodes` covers `nodes[3].ip`).
    Problems problemsUnder(const QString &path) const;
    /// The first problem at exactly `path`, if any.
    std::optional<Problem> problemAt(const QString &path) const;
    /// The first problem's sentence for exactly `path` in the pages' words (field labels, rows
    /// from 1), empty when the field is fine or its problem is not shown yet (isShown()).
    QString messageFor(const QString &path) const;

    /// Whether the pages show a problem yet. "Nothing there yet" (a required field still empty,
    /// no master yet) waits until the operator has left that field (markTouched()) or the
    /// answers came as a whole from a profile: an empty form is not a list of errors. Every
    /// other problem (a value that is wrong) shows at once. Next stays off either way.
    bool isShown(const Problem &problem) const;
    /// The operator has been in the field at `path` (left it, edited a cell).
    void markTouched(const QString &path);
    bool isValidUnder(const QStringList &paths) const;

    /// Opens a profile; on success the plan is replaced. Returns the problems found (the plan
    /// is still taken when only plan rules fail, so the operator can fix them in the pages).
    Problems openProfile(const QString &path);
    /// Saves the answers as a profile (never a secret); returns an error text, empty on success.
    QString saveProfile(const QString &path);
    QString profilePath() const { return m_profilePath; }
    /// Whether the answers are as last kept: as opened, as saved, or as the whole plan last
    /// set (the default profile, which can always be had again). False once any answer
    /// differs, so leaving the wizard can say that answers would be lost.
    bool answersKept() const;

Q_SIGNALS:
    /// Any answer changed; problems() is already up to date when this is emitted.
    void changed();
    /// The node list changed in shape (rows added or removed), not just a value.
    void nodesReset();
    /// A problem that was waiting for its field to be touched is now shown (isShown()).
    void shownChanged();

private:
    template<typename T> void assign(T &field, const T &value);
    void revalidate();
    void replacePlan(const InstallPlan &plan, bool touched);
    void assignNodes(const QList<NodeSpec> &nodes);

    InstallPlan m_plan;
    Problems m_problems;
    QString m_profilePath;
    QSet<QString> m_touched; // paths the operator has left (see isShown())
    QByteArray m_keptProfile; // the plan as profile text when last kept (see answersKept())
};

/// Whether a problem path is `prefix` itself or lies below it.
bool pathIsUnder(const QString &path, const QString &prefix);

} // namespace tkeci
