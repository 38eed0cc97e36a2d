#pragma once
// The Apply pages under test: a wizard for a target with short polls and timeouts, walked to
// the commit against the test API server of tests/kube (TestApiServer), and helpers to
// answer dialogs and look at the server.
#include "TestApiServer.h"
#include "WizardFixture.h"

#include "apply/ClusterNodesPanel.h"
#include "apply/ExistingRunPanel.h"
#include "apply/InstallStepList.h"
#include "apply/KubeAccessPicker.h"
#include "apply/NewClusterPanel.h"
#include "apply/NodeCoveragePanel.h"
#include "apply/NodeSecretsDialog.h"
#include "apply/RolloutBars.h"
#include "kube/KubeClient.h"
#include "render/RenderContext.h"
#include "wizard/ApplyRunPage.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QTimer>

namespace tkeci::testing {

/// Runs `answer` on the next modal dialog as soon as it is open (it runs its own loop).
inline void answerNextDialog(std::function<void(QWidget *)> answer)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, answer] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            answer(modal);
        }
    });
    timer->start();
}

inline int documentCount(const QList<ManifestFile> &files)
{
    int n = 0;
    for (const ManifestFile &f : files)
        n += int(ManifestSet::documents(f).size());
    return n;
}

inline KubeResponse call(const TestApiServer &server, QByteArray method, const QString &path,
    const QJsonObject &body = {}, const QString &fieldManager = {})
{
    KubeClient client(*loadKubeConfig({server.kubeconfig(QStringLiteral("admin-cert"))}).access);
    KubeRequest r;
    r.method = method;
    r.path = path;
    if (!body.isEmpty()) {
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        r.contentType = method == "PATCH" ? "application/apply-patch+yaml" : "application/json";
    }
    if (!fieldManager.isEmpty())
        r.query.addQueryItem(QStringLiteral("fieldManager"), fieldManager);
    return client.sendAndWait(r);
}

inline QStringList column(QTreeWidget *tree, int col)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out.append(tree->topLevelItem(i)->text(col));
    return out;
}

class ApplyFixture : public WizardFixture
{
protected:
    QTemporaryDir m_tmp;
    int m_runs = 0;

    /// Servers whose simulated controllers are quick: workloads ready after 0.3 s, a Cluster
    /// condition every 0.2 s; `extra` adds --stuck or --cluster-outcome.
    static std::unique_ptr<TestApiServer> server(const QStringList &extra = {})
    {
        return std::make_unique<TestApiServer>(
            QStringList {QStringLiteral("--ready-after"), QStringLiteral("0.3"),
                QStringLiteral("--cluster-step"), QStringLiteral("0.2")}
            + extra);
    }

    void startUp()
    {
        setUp();
        // The Apply page reads $KUBECONFIG: none here, whatever the machine has.
        qputenv("KUBECONFIG", QByteArray("/nonexistent/kubeconfig"));
    }

    /// The first node logs in with a password (asked for in a dialog on Apply).
    static void passwordLogin(InstallerWizard &w)
    {
        NodeSpec node = w.state().config.nodes().first();
        node.auth = AuthMethod::Password;
        node.keyFile.clear();
        w.state().config.setNode(0, node);
    }

    /// A fresh wizard for `target`, with short polls and timeouts and its own inventory file.
    InstallerWizard &freshFor(Target target)
    {
        InstallerWizard &w = fresh();
        w.state().config.setTarget(target);
        ExistingInstallOptions o;
        o.pollMs = 200;
        o.rolloutTimeoutMs = 30000;
        o.connectivityTimeoutMs = 30000;
        o.inventoryFile = m_tmp.filePath(QStringLiteral("inventory-%1.json").arg(++m_runs));
        w.state().installOptions = o;
        NewClusterInstallOptions n;
        n.pollMs = 200;
        n.clusterTimeoutMs = 30000;
        n.machineTimeoutMs = 30000;
        n.rolloutTimeoutMs = 30000;
        n.connectivityTimeoutMs = 30000;
        n.inventoryFile = m_tmp.filePath(QStringLiteral("global-%1.json").arg(m_runs));
        n.newClusterInventoryFile = m_tmp.filePath(QStringLiteral("new-%1.json").arg(m_runs));
        w.state().newClusterOptions = n;
        // The test API server's cluster has two nodes (10.0.0.16 and .17); on an existing
        // cluster the plan covers both, as the Apply page requires.
        if (target == Target::ExistingCluster)
            w.state().config.addNode(QStringLiteral("10.0.0.17"));
        return w;
    }

    void walkToApply(InstallerWizard &w)
    {
        for (int i = 0; i < 20 && w.currentId() != ApplyPageId; ++i) {
            if (w.currentId() == PreflightPageId)
                feedPreflight(w.pageAs<PreflightPage>(PreflightPageId),
                    results(nodeAddresses(w.state()), Verdict::Pass));
            QVERIFY2(clickNext(w), qPrintable(QString::number(w.currentId())));
        }
        QCOMPARE(w.currentId(), int(ApplyPageId));
    }

    /// Overlay on an existing cluster: ticks "I set the flags myself" on the Apply page, for
    /// the suites whose masters (the default profile's 10.0.0.16) are not SSH test nodes.
    static void skipMasters(InstallerWizard &w)
    {
        QCheckBox *box = w.pageAs<ApplyPage>(ApplyPageId)->skipControllerManager();
        QVERIFY(box->isVisibleTo(&w));
        box->setChecked(true);
    }

    /// Picks `kubeconfig`, clicks Apply and lands on the Applying page. Without `editMasters`
    /// the overlay controller-manager step is left out with the Apply page's option.
    void commit(InstallerWizard &w, const QString &kubeconfig, bool editMasters = false)
    {
        walkToApply(w);
        auto *apply = w.pageAs<ApplyPage>(ApplyPageId);
        if (!editMasters && w.state().config.target() == Target::ExistingCluster)
            skipMasters(w);
        apply->picker()->setKubeconfig(kubeconfig);
        QVERIFY2(apply->picker()->access(), qPrintable(apply->picker()->errorLabel()->text()));
        // The cluster's nodes are read first (existing cluster), then Apply is enabled.
        QTRY_VERIFY2_WITH_TIMEOUT(w.button(QWizard::CommitButton)->isEnabled(),
            qPrintable(apply->coverage()->note()->text()), 15000);
        QCOMPARE(w.button(QWizard::CommitButton)->text().remove(u'&'), QStringLiteral("Apply"));
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(ApplyRunPageId));
        QVERIFY(!w.button(QWizard::BackButton)->isEnabled()); // committed: no way back
    }

    ExistingRunPanel *panel(InstallerWizard &w)
    {
        return w.pageAs<ApplyRunPage>(ApplyRunPageId)->existingPanel();
    }
};

} // namespace tkeci::testing
