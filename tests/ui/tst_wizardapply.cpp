// The Apply and Applying pages and the Finish page's verdicts and uninstall on an existing
// cluster, driven through the real widgets against the test API server (tests/kube/apiserver):
// overlay to the end, a 403 and a field-manager conflict shown with their object, another
// CNI, crash-loop lines and Wait longer, Stop and Cancel mid-way.
#include "ApplyFixture.h"

#include "apply/Inventory.h"

using namespace tkeci;
using namespace tkeci::testing;

class TestWizardApply : public ApplyFixture
{
    Q_OBJECT

private:
    std::unique_ptr<TestApiServer> m_good;
    std::unique_ptr<TestApiServer> m_stuck;
    std::unique_ptr<TestApiServer> m_oneNode;

    /// A kubeconfig with two contexts: "admin" (verified TLS) and "viewer" (may only read,
    /// on a cluster entry that turns TLS verification off).
    QString twoContexts(const TestApiServer &server)
    {
        const QString ca = server.file(QStringLiteral("ca.crt"));
        const QString url = QStringLiteral("https://127.0.0.1:%1").arg(server.port());
        const QString yaml = QStringLiteral(
            "apiVersion: v1\nkind: Config\ncurrent-context: admin\nclusters:\n"
            "- name: secure\n  cluster: {server: \"%1\", certificate-authority: \"%2\"}\n"
            "- name: insecure\n  cluster: {server: \"%1\", insecure-skip-tls-verify: true}\n"
            "contexts:\n- name: admin\n  context: {cluster: secure, user: admin}\n"
            "- name: viewer\n  context: {cluster: insecure, user: viewer}\nusers:\n"
            "- name: admin\n  user: {tokenFile: \"%3\"}\n"
            "- name: viewer\n  user: {tokenFile: \"%4\"}\n")
                                 .arg(url, ca, server.file(QStringLiteral("admin.token")),
                                     server.file(QStringLiteral("viewer.token")));
        const QString path = m_tmp.filePath(QStringLiteral("two-contexts.yaml"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(yaml.toUtf8());
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        startUp();
        m_good = server();
        m_stuck = server({QStringLiteral("--stuck"), QStringLiteral("cilium")});
        m_oneNode = server({QStringLiteral("--nodes"), QStringLiteral("1")});
        QVERIFY(m_good->isRunning() && m_stuck->isRunning() && m_oneNode->isRunning());
    }
    void cleanupTestCase() { tearDown(); }

    void overlayToFinishThenUninstall()
    {
        InstallerWizard &w = freshFor(Target::ExistingCluster);
        commit(w, m_good->kubeconfig(QStringLiteral("admin-cert")));
        ExistingRunPanel *run = panel(w);
        QVERIFY(run->isRunning());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(run->stopButton()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 90000);
        QVERIFY2(run->result()->ok(),
            qPrintable(run->result()->error ? run->result()->error->message : QString()));

        // Every object of the target files has its row, all created.
        const ManifestSet set = w.state().edits.effective();
        const int objects = documentCount(set.filesFor(ManifestDestination::TargetCluster));
        QCOMPARE(run->objectList()->topLevelItemCount(), objects);
        for (const QString &outcome : column(run->objectList(), 1))
            QCOMPARE(outcome, QStringLiteral("created"));
        QVERIFY(run->objectList()->row(QStringLiteral("DaemonSet kube-system/cilium")));
        // One bar per workload, each full.
        RolloutBars *bars = run->rolloutBars();
        QCOMPARE(bars->count(), 3);
        for (const QString &name : {QStringLiteral("cilium"), QStringLiteral("cilium-operator"),
                 QStringLiteral("tke-eni-ipamd")}) {
            QProgressBar *bar = bars->bar(name);
            QVERIFY2(bar, qPrintable(name));
            QVERIFY(bar->maximum() > 0);
            QCOMPARE(bar->value(), bar->maximum());
            QVERIFY(bar->text().contains(QStringLiteral("rolled out")));
        }
        InstallStepList *steps = run->stepList();
        QCOMPARE(steps->state(InstallStep::NodeLabels), InstallStepList::Skipped); // overlay
        // The Apply page's "I set the flags myself": no master is touched.
        QCOMPARE(steps->state(InstallStep::ControllerManager), InstallStepList::Skipped);
        QCOMPARE(steps->state(InstallStep::Apply), InstallStepList::Done);
        QCOMPARE(steps->state(InstallStep::Connectivity), InstallStepList::Done);
        const ConnectivityResult check = *run->result()->connectivity;
        QVERIFY(check.verdicts.size() >= 10);
        QCOMPARE(mnemonicClash(w), QString());

        // A language switch re-makes every text of the live view, rows included.
        MarkingTranslator marker;
        qApp->installTranslator(&marker);
        QApplication::processEvents();
        QCOMPARE(steps->topLevelItem(0)->text(0),
            QStringLiteral("〔译〕A TKEStack baremetal cluster (not imported)"));
        QCOMPARE(steps->topLevelItem(1)->text(0),
            QStringLiteral("〔译〕Every node in the plan, or kept off"));
        QCOMPARE(steps->topLevelItem(2)->text(0), QStringLiteral("〔译〕Look for another CNI"));
        QCOMPARE(steps->topLevelItem(5)->text(1), QStringLiteral("〔译〕done"));
        QCOMPARE(run->objectList()->topLevelItem(0)->text(1), QStringLiteral("〔译〕created"));
        QCOMPARE(run->verdicts()->topLevelItem(0)->text(1), QStringLiteral("〔译〕PASS"));
        QVERIFY(bars->bar(QStringLiteral("cilium"))->text().startsWith(QStringLiteral("〔译〕")));
        QVERIFY(run->stopButton()->text().startsWith(QStringLiteral("〔译〕")));
        qApp->removeTranslator(&marker);
        QApplication::processEvents();
        QCOMPARE(run->objectList()->topLevelItem(0)->text(1), QStringLiteral("created"));

        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(FinishPageId));
        QVERIFY(!w.button(QWizard::BackButton)->isEnabled()); // the run is not started twice
        auto *finish = w.pageAs<FinishPage>(FinishPageId);
        QVERIFY(finish->verdicts()->isVisibleTo(finish));
        QCOMPARE(finish->verdicts()->topLevelItemCount(), check.verdicts.size());
        for (const ConnectivityVerdict &v : check.verdicts) {
            QTreeWidgetItem *row = finish->verdicts()->row(v.name);
            QVERIFY2(row, qPrintable(v.name));
            QCOMPARE(row->text(1), QStringLiteral("PASS"));
            QCOMPARE(row->text(2), connectivityCheckMeaning(v.name));
        }
        QVERIFY(finish->summary()->text().contains(
            QStringLiteral("Applied: %1 created, 0 configured, 0 unchanged").arg(objects)));
        QVERIFY(finish->summary()->text().contains(QStringLiteral("Connectivity check: passed")));
        QCOMPARE(mnemonicClash(w), QString());

        // Uninstall asks first, then lists every object as it goes.
        UninstallPanel *uninstall = finish->uninstallPanel();
        QVERIFY(uninstall->isVisibleTo(finish));
        QString question;
        answerNextDialog([&question](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        uninstall->button()->click();
        QVERIFY(question.contains(QStringLiteral("https://127.0.0.1:%1").arg(m_good->port())));
        QTRY_VERIFY_WITH_TIMEOUT(!uninstall->isRunning(), 30000);
        // Every object it applied, and last the inventory ConfigMap that listed them.
        QVERIFY2(uninstall->result()->text().contains(
                     QStringLiteral("Uninstalled: %1 deleted, 0 already gone").arg(objects + 1)),
            qPrintable(uninstall->result()->text()));
        QCOMPARE(uninstall->list()->topLevelItemCount(), objects + 1);
        QCOMPARE(uninstall->list()->topLevelItem(objects)->text(0),
            QStringLiteral("ConfigMap kube-system/tke-cilium-installer-inventory"));
        QCOMPARE(call(*m_good, "GET",
                     QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets/cilium"))
                     .httpStatus,
            404);
    }

    void oneNodeClusterSkipsMultiNodeChecks()
    {
        InstallerWizard &w = freshFor(Target::ExistingCluster);
        commit(w, m_oneNode->kubeconfig(QStringLiteral("admin-cert")));
        ExistingRunPanel *run = panel(w);
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 90000);
        QVERIFY2(run->result()->ok(),
            qPrintable(run->result()->error ? run->result()->error->message : QString()));
        const ConnectivityResult check = *run->result()->connectivity;
        QVERIFY(!check.skipped.isEmpty()); // one node: the multi-node checks cannot run
        QVERIFY(clickNext(w));
        auto *finish = w.pageAs<FinishPage>(FinishPageId);
        for (VerdictList *list : {run->verdicts(), finish->verdicts()}) {
            QCOMPARE(list->topLevelItemCount(), check.verdicts.size() + check.skipped.size());
            for (const auto &[name, why] : check.skipped) {
                QTreeWidgetItem *row = list->row(name);
                QVERIFY2(row, qPrintable(name));
                QCOMPARE(row->text(1), QStringLiteral("skipped"));
                QCOMPARE(row->text(2), why);
                QVERIFY(!why.isEmpty());
            }
            for (const ConnectivityVerdict &v : check.verdicts)
                QCOMPARE(list->row(v.name)->text(1), QStringLiteral("PASS"));
        }
        QVERIFY(finish->verdicts()->row(QStringLiteral("pod-to-b-multi-node-clusterip")));
        QCOMPARE(finish->verdicts()->row(QStringLiteral("pod-to-b-multi-node-clusterip"))->text(1),
            QStringLiteral("skipped"));
        // A language switch re-makes the word, not the reason the run gave.
        MarkingTranslator marker;
        qApp->installTranslator(&marker);
        QApplication::processEvents();
        QCOMPARE(finish->verdicts()->row(check.skipped.first().first)->text(1),
            QStringLiteral("〔译〕skipped"));
        qApp->removeTranslator(&marker);
        QApplication::processEvents();
        auto *uninstall = finish->uninstallPanel();
        uninstall->uninstall();
        QTRY_VERIFY_WITH_TIMEOUT(!uninstall->isRunning(), 30000);
    }

    // Cilium's DaemonSet tolerates every taint: a cluster node outside the plan holds Apply
    // until it is added or kept off, and a kept-off node gets no Cilium pod.
    /// The kubeconfig chosen on the Target page: the Nodes page compares the plan with the
    /// cluster's nodes (and fills an empty plan), and the Apply page starts with that choice.
    void clusterIsReadFirst()
    {
        InstallerWizard &w = freshFor(Target::ExistingCluster);
        // The plan: 10.0.0.16 as a worker (a master in the cluster), node-2 left out, and an
        // address no node has.
        w.state().config.removeNodes({1});
        NodeSpec first = w.state().config.nodes().first();
        first.role = NodeRole::Worker;
        first.user = QStringLiteral("ops");
        first.port = 2222;
        w.state().config.setNode(0, first);
        w.state().config.addNode(QStringLiteral("10.0.0.99"));
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(TargetPageId));
        auto *target = w.pageAs<TargetPage>(TargetPageId);
        QVERIFY(target->picker()->isVisibleTo(&w));
        const QString kubeconfig = m_good->kubeconfig(QStringLiteral("admin-cert"));
        target->picker()->setKubeconfig(kubeconfig);
        QVERIFY(target->picker()->access());
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(NodesPageId));
        ClusterNodesPanel *cluster = w.pageAs<NodesPage>(NodesPageId)->clusterNodes();
        QVERIFY(cluster->isVisibleTo(&w));
        QTRY_VERIFY_WITH_TIMEOUT(!cluster->pending(), 15000);
        const QString summary = cluster->summary()->text();
        QVERIFY2(summary.contains(QStringLiteral("Not in the plan: node-2 (10.0.0.17, worker)")),
            qPrintable(summary));
        QVERIFY2(summary.contains(
                     QStringLiteral("No node of the cluster has the address of row 2 (10.0.0.99)")),
            qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("row 1 (10.0.0.16) is a master in the cluster")),
            qPrintable(summary));
        QCOMPARE(w.state().config.nodes().size(), 2); // a plan with addresses is not replaced

        QVERIFY(cluster->addMissing()->isVisibleTo(&w));
        QCOMPARE(cluster->addMissing()->text().remove(u'&'),
            QStringLiteral("Add 1 node from the cluster"));
        cluster->addMissing()->click();
        QCOMPARE(w.state().config.nodes().size(), 3);
        const NodeSpec added = w.state().config.nodes().last();
        QCOMPARE(added.ip, QStringLiteral("10.0.0.17"));
        QCOMPARE(added.role, NodeRole::Worker);
        QCOMPARE(added.user, QStringLiteral("ops")); // logs in as the first row does
        QCOMPARE(added.port, 2222);
        QVERIFY(!cluster->addMissing()->isVisibleTo(&w));
        cluster->useRoles()->click();
        QCOMPARE(w.state().config.nodes().first().role, NodeRole::Master);
        w.state().config.removeNodes({1}); // 10.0.0.99
        QVERIFY2(cluster->summary()->text().startsWith(
                     QStringLiteral("The plan has every node of the cluster (2 nodes)")),
            qPrintable(cluster->summary()->text()));

        // An empty plan (a row with a login but no address yet) is filled from the cluster,
        // read again.
        NodeSpec blank = w.state().config.nodes().first();
        blank.ip.clear();
        w.state().config.setNodes({blank});
        cluster->readAgain()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!cluster->pending(), 15000);
        QCOMPARE(w.state().config.nodes().size(), 2);
        QCOMPARE(w.state().config.nodes()[0].ip, QStringLiteral("10.0.0.16"));
        QCOMPARE(w.state().config.nodes()[0].role, NodeRole::Master);
        QCOMPARE(w.state().config.nodes()[1].ip, QStringLiteral("10.0.0.17"));
        QCOMPARE(w.state().config.nodes()[1].role, NodeRole::Worker);
        QVERIFY2(cluster->summary()->text().startsWith(
                     QStringLiteral("Filled from the cluster: 2 nodes")),
            qPrintable(cluster->summary()->text()));

        // The Apply page starts with the same choice, and every node is covered.
        walkToApply(w);
        skipMasters(w);
        auto *apply = w.pageAs<ApplyPage>(ApplyPageId);
        QCOMPARE(apply->picker()->kubeconfig(), kubeconfig);
        QVERIFY(apply->picker()->access());
        QTRY_VERIFY_WITH_TIMEOUT(w.button(QWizard::CommitButton)->isEnabled(), 15000);
        QVERIFY(apply->coverage()->nodes()->isHidden());

        // Another target: no cluster is read on the Nodes page.
        InstallerWizard &n = freshFor(Target::NewCluster);
        QVERIFY(clickNext(n));
        QVERIFY(!n.pageAs<TargetPage>(TargetPageId)->picker()->isVisibleTo(&n));
        QVERIFY(clickNext(n));
        QCOMPARE(n.currentId(), int(NodesPageId));
        QVERIFY(!n.pageAs<NodesPage>(NodesPageId)->clusterNodes()->isVisibleTo(&n));
    }

    void uncoveredNodeHoldsApplyUntilKeptOff()
    {
        InstallerWizard &w = freshFor(Target::ExistingCluster);
        w.state().config.removeNodes({1}); // the plan leaves node-2 (10.0.0.17) out
        walkToApply(w);
        skipMasters(w);
        auto *apply = w.pageAs<ApplyPage>(ApplyPageId);
        NodeCoveragePanel *coverage = apply->coverage();
        apply->picker()->setKubeconfig(m_good->kubeconfig(QStringLiteral("admin-cert")));
        QTRY_COMPARE_WITH_TIMEOUT(coverage->nodes()->topLevelItemCount(), 1, 15000);
        QTreeWidgetItem *row = coverage->nodes()->topLevelItem(0);
        QCOMPARE(row->text(0), QStringLiteral("node-2"));
        QCOMPARE(row->text(1), QStringLiteral("10.0.0.17"));
        QCOMPARE(row->checkState(0), Qt::Unchecked);
        QVERIFY2(coverage->note()->text().startsWith(
                     QStringLiteral("1 node of the cluster is not in the plan")),
            qPrintable(coverage->note()->text()));
        QVERIFY(!w.button(QWizard::CommitButton)->isEnabled());

        row->setCheckState(0, Qt::Checked);
        QVERIFY(w.button(QWizard::CommitButton)->isEnabled());
        QCOMPARE(w.state().keptOffNodes, QStringList {QStringLiteral("node-2")});
        row->setCheckState(0, Qt::Unchecked); // and back: held again
        QVERIFY(!w.button(QWizard::CommitButton)->isEnabled());
        QVERIFY(w.state().keptOffNodes.isEmpty());
        row->setCheckState(0, Qt::Checked);
        // "Check again" reads the cluster anew and keeps the choice.
        coverage->checkAgain()->click();
        QVERIFY(!w.button(QWizard::CommitButton)->isEnabled()); // while it reads
        QTRY_VERIFY_WITH_TIMEOUT(w.button(QWizard::CommitButton)->isEnabled(), 15000);
        QCOMPARE(coverage->nodes()->topLevelItem(0)->checkState(0), Qt::Checked);

        // The summary names it; the run keeps every DaemonSet off it.
        QString summary;
        answerNextDialog([&summary](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            summary = box->text();
            for (QAbstractButton *b : box->buttons())
                if (b->objectName() == QLatin1String("start"))
                    b->click();
        });
        w.button(QWizard::CommitButton)->click();
        QVERIFY2(summary.contains(QStringLiteral("<b>No Cilium</b> on 1 node, kept off: node-2")),
            qPrintable(summary));
        QCOMPARE(w.currentId(), int(ApplyRunPageId));
        ExistingRunPanel *run = panel(w);
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 90000);
        QVERIFY2(run->result()->ok(),
            qPrintable(run->result()->error ? run->result()->error->message : QString()));
        const KubeResponse ds = call(*m_good, "GET",
            QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets/cilium"));
        QVERIFY(ds.ok());
        const QJsonObject term
            = ds.json[QStringLiteral("spec")][QStringLiteral("template")][QStringLiteral("spec")]
                     [QStringLiteral("affinity")][QStringLiteral("nodeAffinity")]
                     [QStringLiteral("requiredDuringSchedulingIgnoredDuringExecution")]
                     [QStringLiteral("nodeSelectorTerms")][0]
                         .toObject();
        QCOMPARE(term[QStringLiteral("matchFields")].toArray(),
            QJsonArray({QJsonObject {{QStringLiteral("key"), QStringLiteral("metadata.name")},
                {QStringLiteral("operator"), QStringLiteral("NotIn")},
                {QStringLiteral("values"), QJsonArray {QStringLiteral("node-2")}}}}));
        // The test server's DaemonSet controller honours it: one node, not two.
        QCOMPARE(
            ds.json[QStringLiteral("status")][QStringLiteral("desiredNumberScheduled")].toInt(), 1);
        QVERIFY(clickNext(w));
        auto *uninstall = w.pageAs<FinishPage>(FinishPageId)->uninstallPanel();
        uninstall->uninstall();
        QTRY_VERIFY_WITH_TIMEOUT(!uninstall->isRunning(), 30000);
    }

    void contextPickerAndForbidden()
    {
        InstallerWizard &w = freshFor(Target::ExistingCluster);
        walkToApply(w);
        auto *apply = w.pageAs<ApplyPage>(ApplyPageId);
        skipMasters(w);
        KubeAccessPicker *picker = apply->picker();
        picker->setKubeconfig(twoContexts(*m_good));
        QCOMPARE(picker->contextCombo()->count(), 2);
        QCOMPARE(picker->contextCombo()->currentText(), QStringLiteral("admin"));
        QVERIFY(picker->serverLabel()->text().contains(QStringLiteral("context \"admin\"")));
        QVERIFY(!picker->warningLabel()->isVisibleTo(apply));
        picker->contextCombo()->setCurrentText(QStringLiteral("viewer"));
        QVERIFY(picker->serverLabel()->text().contains(QStringLiteral("context \"viewer\"")));
        QVERIFY(picker->warningLabel()->isVisibleTo(apply)); // the kubeconfig turns TLS off
        QVERIFY(picker->warningLabel()->text().contains(QStringLiteral("TLS verification is OFF")));

        QTRY_VERIFY_WITH_TIMEOUT(w.button(QWizard::CommitButton)->isEnabled(), 15000);
        QVERIFY(clickNext(w));
        ExistingRunPanel *run = panel(w);
        // The viewer may read (the other-CNI check passes) but not patch: the first object fails.
        QTRY_VERIFY_WITH_TIMEOUT(run->retryButton()->isVisible(), 30000);
        QCOMPARE(run->stepList()->state(InstallStep::Apply), InstallStepList::Failed);
        QTreeWidgetItem *failed = run->objectList()->topLevelItem(0);
        QCOMPARE(failed->text(1), QStringLiteral("failed"));
        QVERIFY2(
            failed->text(2).contains(QStringLiteral("403 Forbidden")), qPrintable(failed->text(2)));
        QVERIFY(run->message()->text().contains(failed->text(0)));
        QVERIFY(run->isRunning()); // paused, waiting for the operator

        // Cancel while it waits: the wizard closes and nothing more is sent.
        QVERIFY(leaveWizard(w).contains(QStringLiteral("the apply that is running")));
        QVERIFY(!w.isVisible());
        QVERIFY(!run->isRunning());
    }

    void conflictThenRetryResumes()
    {
        // Another field manager owns a field of cilium-config with another value.
        const QJsonObject cm {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("ConfigMap")},
            {QStringLiteral("metadata"),
                QJsonObject {{QStringLiteral("name"), QStringLiteral("cilium-config")},
                    {QStringLiteral("namespace"), QStringLiteral("kube-system")}}},
            {QStringLiteral("data"),
                QJsonObject {{QStringLiteral("tunnel"), QStringLiteral("geneve")}}}};
        const QString cmPath
            = QStringLiteral("/api/v1/namespaces/kube-system/configmaps/cilium-config");
        QVERIFY(call(*m_good, "PATCH", cmPath, cm, QStringLiteral("other-operator")).ok());

        InstallerWizard &w = freshFor(Target::ExistingCluster);
        commit(w, m_good->kubeconfig(QStringLiteral("admin-cert")));
        ExistingRunPanel *run = panel(w);
        QTRY_VERIFY_WITH_TIMEOUT(run->retryButton()->isVisible(), 30000);
        QTreeWidgetItem *row
            = run->objectList()->row(QStringLiteral("ConfigMap kube-system/cilium-config"));
        QVERIFY(row);
        QCOMPARE(row->text(1), QStringLiteral("failed"));
        QVERIFY2(row->text(2).contains(QStringLiteral("other-operator")), qPrintable(row->text(2)));
        const int before = run->objectList()->topLevelItemCount();

        // The operator removes the cause and retries: the run resumes.
        QVERIFY(call(*m_good, "DELETE", cmPath).ok());
        run->retryButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 90000);
        QVERIFY2(run->result()->ok(),
            qPrintable(run->result()->error ? run->result()->error->message : QString()));
        QCOMPARE(row->text(1), QStringLiteral("created"));
        QVERIFY(run->objectList()->topLevelItemCount() > before);
        QVERIFY(
            column(run->objectList(), 1).contains(QStringLiteral("unchanged"))); // applied before
        QVERIFY(clickNext(w));
        // Leave the cluster clean for the next case.
        auto *uninstall = w.pageAs<FinishPage>(FinishPageId)->uninstallPanel();
        uninstall->uninstall();
        QTRY_VERIFY_WITH_TIMEOUT(!uninstall->isRunning(), 30000);
    }

    void otherCniWaitsForTheOperator()
    {
        const QJsonObject ds {{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
            {QStringLiteral("kind"), QStringLiteral("DaemonSet")},
            {QStringLiteral("metadata"),
                QJsonObject {{QStringLiteral("name"), QStringLiteral("kube-flannel-ds")},
                    {QStringLiteral("namespace"), QStringLiteral("kube-system")}}},
            {QStringLiteral("spec"),
                QJsonObject {
                    {QStringLiteral("selector"),
                        QJsonObject {{QStringLiteral("matchLabels"),
                            QJsonObject {{QStringLiteral("app"), QStringLiteral("flannel")}}}}},
                    {QStringLiteral("template"),
                        QJsonObject {{QStringLiteral("metadata"),
                                         QJsonObject {{QStringLiteral("labels"),
                                             QJsonObject {{QStringLiteral("app"),
                                                 QStringLiteral("flannel")}}}}},
                            {QStringLiteral("spec"),
                                QJsonObject {{QStringLiteral("containers"),
                                    QJsonArray {QJsonObject {
                                        {QStringLiteral("name"), QStringLiteral("kube-flannel")},
                                        {QStringLiteral("image"),
                                            QStringLiteral("flannel:v0.14")}}}}}}}}}}};
        const QString dsPath
            = QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets/kube-flannel-ds");
        QVERIFY(call(*m_good, "PATCH", dsPath, ds, QStringLiteral("kubectl")).ok());
        InstallerWizard &w = freshFor(Target::ExistingCluster);
        commit(w, m_good->kubeconfig(QStringLiteral("admin-cert")));
        ExistingRunPanel *run = panel(w);
        QTRY_VERIFY_WITH_TIMEOUT(run->goOnButton()->isVisible(), 30000);
        QCOMPARE(run->stepList()->state(InstallStep::OtherCniCheck), InstallStepList::Waiting);
        QVERIFY(run->message()->text().contains(QStringLiteral("Flannel")));
        QVERIFY(run->message()->text().contains(QStringLiteral("kube-system/kube-flannel-ds")));
        QCOMPARE(run->objectList()->topLevelItemCount(), 0); // nothing applied while it waits
        run->goOnButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(run->objectList()->topLevelItemCount() > 0, 30000);
        QCOMPARE(run->stepList()->state(InstallStep::OtherCniCheck), InstallStepList::Done);
        // Stop mid-way from the page: the apply ends at its next safe point, what went in is
        // in the inventory, and Next leads on.
        run->stopButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 15000);
        QVERIFY2(run->message()->text().contains(QStringLiteral("Stopped")),
            qPrintable(run->message()->text()));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!run->result()->apply.applied.isEmpty());
        const auto inventory = readInventoryFile(w.state().installOptions.inventoryFile).value;
        QVERIFY(inventory);
        for (const ObjectRef &o : run->result()->apply.applied)
            QVERIFY2(inventory->objects.contains(o), qPrintable(o.display()));
        QVERIFY(call(*m_good, "DELETE", dsPath).ok());
    }

    void crashLoopLinesWaitLongerAndCancel()
    {
        InstallerWizard &w = freshFor(Target::ExistingCluster);
        w.state().installOptions.rolloutTimeoutMs = 2500;
        commit(w, m_stuck->kubeconfig(QStringLiteral("admin-cert")));
        ExistingRunPanel *run = panel(w);
        QTRY_VERIFY_WITH_TIMEOUT(
            run->stepList()->state(InstallStep::Rollout) == InstallStepList::Waiting, 30000);
        QVERIFY(run->waitLongerButton()->isVisible());
        QVERIFY(run->message()->text().contains(QStringLiteral("DaemonSet kube-system/cilium")));
        const QString log = run->log()->toPlainText();
        QVERIFY2(log.contains(QStringLiteral("CrashLoopBackOff")), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("BPF filesystem is not mounted")));
        QProgressBar *cilium = run->rolloutBars()->bar(QStringLiteral("cilium"));
        QVERIFY(cilium->value() < cilium->maximum());
        QCOMPARE(run->rolloutBars()
                     ->bar(QStringLiteral("cilium-operator"))
                     ->text()
                     .contains(QStringLiteral("rolled out")),
            true);

        run->waitLongerButton()->click();
        QCOMPARE(run->stepList()->state(InstallStep::Rollout), InstallStepList::Running);
        QVERIFY(run->isRunning());
        // While it runs, its polls reach the server (so the silence below means something).
        const qint64 polling = QFileInfo(m_stuck->file(QStringLiteral("server.log"))).size();
        QTest::qWait(600);
        QVERIFY(QFileInfo(m_stuck->file(QStringLiteral("server.log"))).size() > polling);

        // Cancel mid-way: the wizard closes, the run stops, nothing is sent afterwards.
        QVERIFY(leaveWizard(w).contains(QStringLiteral("the apply that is running")));
        QVERIFY(!w.isVisible());
        QVERIFY(!run->isRunning());
        QTest::qWait(300); // replies already on the way are dropped, not handled
        const qint64 requests = QFileInfo(m_stuck->file(QStringLiteral("server.log"))).size();
        QTest::qWait(1000); // five poll intervals
        QCOMPARE(QFileInfo(m_stuck->file(QStringLiteral("server.log"))).size(), requests);
    }

    /// Apply asks once, with what it will do, before anything is sent; Alt+A then Enter (or
    /// Escape) leaves the cluster alone.
    void applyAsksOnceWithASummary()
    {
        const std::unique_ptr<TestApiServer> own = server(); // the run it starts stays there
        InstallerWizard &w = freshFor(Target::ExistingCluster);
        w.state().config.setNetworkMode(NetworkMode::Underlay);
        w.state().config.setAsn(64512);
        w.state().config.setSwitchIP(QStringLiteral("192.168.60.2"));
        walkToApply(w);
        QTemporaryDir dir;
        const QString kubeconfig = dir.filePath(QStringLiteral("kubeconfig"));
        QFile file(kubeconfig);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString url = QStringLiteral("https://127.0.0.1:%1").arg(own->port());
        file.write(QStringLiteral(
            "apiVersion: v1\nkind: Config\nclusters:\n- name: lab\n  cluster:\n"
            "    server: %1\n    certificate-authority: %2\ncontexts:\n- name: lab-admin\n"
            "  context:\n    cluster: lab\n    user: admin\ncurrent-context: lab-admin\nusers:\n"
            "- name: admin\n  user:\n    tokenFile: %3\n")
                       .arg(url, own->file(QStringLiteral("ca.crt")),
                           own->file(QStringLiteral("admin.token")))
                       .toUtf8());
        file.close();
        auto *apply = w.pageAs<ApplyPage>(ApplyPageId);
        apply->picker()->setKubeconfig(kubeconfig);
        QTRY_VERIFY_WITH_TIMEOUT(w.button(QWizard::CommitButton)->isEnabled(), 15000);
        int objects = 0;
        for (const ManifestFile &f :
            w.state().edits.effective().filesFor(ManifestDestination::TargetCluster))
            objects += int(ManifestSet::documents(f).size());
        QVERIFY(objects > 0);

        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        int asked = 0;
        QString text;
        bool notYetIsDefault = false;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("applyConfirmation"))
                return;
            ++asked;
            text = box->text();
            notYetIsDefault = box->defaultButton()
                && box->defaultButton()->objectName() == QLatin1String("notYet");
            QTest::keyClick(box, asked == 1 ? Qt::Key_Return : Qt::Key_Escape);
        });
        answer.start();
        // The commit button's mnemonic, pressed where the focus is.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier);
        QTRY_COMPARE(asked, 1); // a mnemonic clicks with a short animation, not at once
        QVERIFY(notYetIsDefault);
        QCOMPARE(w.currentId(), int(ApplyPageId)); // Enter took the default: not yet
        QVERIFY(!w.state().access);
        for (const QString &part : {QStringLiteral("<b>existing</b> cluster"), url, kubeconfig,
                 QStringLiteral("lab-admin"), QStringLiteral("%1 objects to apply").arg(objects),
                 QStringLiteral("2 nodes to be labelled for BGP")})
            QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" in: ") + text));
        w.button(QWizard::CommitButton)->click(); // asked again, each time: Escape
        QCOMPARE(asked, 2);
        QCOMPARE(w.currentId(), int(ApplyPageId));
        answer.stop();

        QVERIFY(clickNext(w)); // "Start applying": the run begins
        QCOMPARE(w.currentId(), int(ApplyRunPageId));
        QVERIFY(w.state().access);
        leaveWizard(w);
    }
};

QTEST_MAIN(TestWizardApply)
#include "tst_wizardapply.moc"
