// The new-cluster target through the real widgets against the test API server: node
// passwords and key passphrases asked in a dialog and sent only inside the Cluster object,
// status.phase and every condition shown live through Running and through Failed
// (EnsureCilium FailedInit), Cancel.
#include "ApplyFixture.h"

#include "apply/PlatformVersionPicker.h"

#include <QComboBox>
#include <QProcess>

using namespace tkeci;
using namespace tkeci::testing;

class TestWizardNewCluster : public ApplyFixture
{
    Q_OBJECT

private:
    std::unique_ptr<TestApiServer> m_good;
    std::unique_ptr<TestApiServer> m_failed;
    // TKEStack's platform deploying Cilium from its own registry: its image differs from the
    // one this program renders, so applying an edited cilium.yaml meets its field manager.
    std::unique_ptr<TestApiServer> m_ownRegistry;

    /// Chooses `global` on the Apply page and waits until it said which versions it offers.
    void chooseGlobal(InstallerWizard &w, const TestApiServer &global)
    {
        ApplyPage *apply = w.pageAs<ApplyPage>(ApplyPageId);
        apply->picker()->setKubeconfig(global.kubeconfig(QStringLiteral("admin-cert")));
        QTRY_VERIFY_WITH_TIMEOUT(!apply->versions()->blocksApply(), 10000);
        QVERIFY(apply->isComplete());
    }

    static QString clusterPath(InstallerWizard &w)
    {
        return QStringLiteral("/apis/platform.tkestack.io/v1/clusters/%1")
            .arg(tkeStackClusterName(w.state().config.plan()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        startUp();
        m_good = server();
        m_failed = server({QStringLiteral("--cluster-outcome"), QStringLiteral("failed")});
        m_ownRegistry = server({QStringLiteral("--platform-cilium-image"),
            QStringLiteral("registry.tke.example/library/cilium:v1.9.5")});
        QVERIFY(m_good->isRunning() && m_failed->isRunning() && m_ownRegistry->isRunning());
    }
    void cleanupTestCase() { tearDown(); }

    void newClusterCancelledWhileFollowing()
    {
        InstallerWizard &w = freshFor(Target::NewCluster);
        passwordLogin(w);
        walkToApply(w);
        chooseGlobal(w, *m_good);
        answerNextDialog([](QWidget *modal) {
            auto *dialog = qobject_cast<NodeSecretsDialog *>(modal);
            dialog->fields().first()->setText(QStringLiteral("s3cret"));
            dialog->accept();
        });
        QVERIFY(clickNext(w));
        NewClusterPanel *run = w.pageAs<ApplyRunPage>(ApplyRunPageId)->newClusterPanel();
        QVERIFY(run->isRunning());
        // Before the server has even answered; the wizard asks first.
        QVERIFY(leaveWizard(w).contains(QStringLiteral("following the new cluster")));
        QVERIFY(!w.isVisible());
        QVERIFY(!run->isRunning());
        QVERIFY(run->result()->stopped && !run->result()->error); // the operator's, not a server's
        QVERIFY(run->message()->text().contains(QStringLiteral("Stopped following")));
        QTest::qWait(500); // replies on the way are dropped with the client, not handled
        call(*m_good, "DELETE",
            QStringLiteral("/apis/platform.tkestack.io/v1/clusters/%1")
                .arg(tkeStackClusterName(w.state().config.plan())));
    }

    void encryptedKeyPassphraseGoesToTkestack()
    {
        // A node whose key file is encrypted: TKEStack gets the key and its passphrase.
        const QString key = m_tmp.filePath(QStringLiteral("id_encrypted"));
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                QStringLiteral("-N"), QStringLiteral("pp for tke"), QStringLiteral("-f"), key});
        QVERIFY(keygen.waitForFinished(10000) && keygen.exitCode() == 0);
        InstallerWizard &w = freshFor(Target::NewCluster);
        NodeSpec node = w.state().config.nodes().first();
        node.auth = AuthMethod::Key;
        node.keyFile = key;
        w.state().config.setNode(0, node);
        walkToApply(w);
        chooseGlobal(w, *m_good);
        QString label;
        answerNextDialog([&label](QWidget *modal) {
            auto *dialog = qobject_cast<NodeSecretsDialog *>(modal);
            label = dialog->labels().first()->text();
            QTest::keyClicks(dialog->fields().first(), QStringLiteral("pp for tke"));
            dialog->accept();
        });
        QVERIFY(clickNext(w));
        QCOMPARE(label, QStringLiteral("Passphrase of %1 for %2@%3:").arg(key, node.user, node.ip));
        NewClusterPanel *run = w.pageAs<ApplyRunPage>(ApplyRunPageId)->newClusterPanel();
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 30000);
        const QString path = QStringLiteral("/apis/platform.tkestack.io/v1/clusters/%1")
                                 .arg(tkeStackClusterName(w.state().config.plan()));
        const KubeResponse cluster = call(*m_good, "GET", path);
        QVERIFY(cluster.ok());
        const QJsonObject machine
            = cluster.json[QStringLiteral("spec")][QStringLiteral("machines")][0].toObject();
        QCOMPARE(machine[QStringLiteral("passPhrase")].toString(),
            QString::fromLatin1(QByteArray("pp for tke").toBase64()));
        QVERIFY(!machine[QStringLiteral("privateKey")].toString().isEmpty());
        QVERIFY(call(*m_good, "DELETE", path).ok());
    }

    void newCluster_data()
    {
        QTest::addColumn<bool>("good");
        QTest::newRow("through Running") << true;
        QTest::newRow("through Failed") << false;
    }
    void newCluster()
    {
        QFETCH(bool, good);
        const TestApiServer &global = good ? *m_good : *m_failed;
        InstallerWizard &w = freshFor(Target::NewCluster);
        passwordLogin(w);
        walkToApply(w);
        chooseGlobal(w, global);
        QPointer<NodeSecretsDialog> asked;
        answerNextDialog([&asked](QWidget *modal) {
            asked = qobject_cast<NodeSecretsDialog *>(modal);
            QCOMPARE(asked->fields().size(), 1);
            QCOMPARE(asked->fields().first()->echoMode(), QLineEdit::Password);
            QTest::keyClicks(asked->fields().first(), QStringLiteral("s3cret"));
            asked->accept();
        });
        QVERIFY(clickNext(w));
        QVERIFY(!asked); // the dialog is gone, and its fields with it
        QCOMPARE(w.currentId(), int(ApplyRunPageId));
        QVERIFY(!w.state().filledClusterFile); // the credentials live in the run only
        NewClusterPanel *run = w.pageAs<ApplyRunPage>(ApplyRunPageId)->newClusterPanel();
        QVERIFY(run->isVisibleTo(&w));
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 60000);
        const QStringList types = column(run->conditions(), 0);
        if (good) {
            QVERIFY2(run->result()->ok(),
                qPrintable(run->result()->error ? run->result()->error->message : QString()));
            QCOMPARE(run->phaseLabel()->text(), QStringLiteral("Phase: Running"));
            QVERIFY(types.contains(QStringLiteral("EnsureCilium")));
            // The whole of Case 1: the new cluster reached, TKEStack's own Cilium rolled out,
            // the connectivity check passed; nothing edited, so nothing sent by us.
            QCOMPARE(run->steps()->state(NewClusterStep::CreateCluster), InstallStepList::Done);
            QCOMPARE(run->steps()->state(NewClusterStep::FollowExisting), InstallStepList::Skipped);
            QCOMPARE(run->steps()->state(NewClusterStep::ApplyEdited), InstallStepList::Skipped);
            QCOMPARE(run->steps()->state(NewClusterStep::Verify), InstallStepList::Done);
            QVERIFY(run->result()->connectivity && run->result()->connectivity->ok());
            QVERIFY(!run->retryButton()->isVisible());
        } else {
            // TKEStack records a failed step as a False condition; the phase stays.
            QCOMPARE(run->phaseLabel()->text(), QStringLiteral("Phase: Initializing"));
            const qsizetype i = types.lastIndexOf(QStringLiteral("EnsureCilium"));
            QVERIFY(i >= 0);
            QCOMPARE(
                run->conditions()->topLevelItem(int(i))->text(2), QStringLiteral("FailedInit"));
            QVERIFY(run->message()->text().contains(QStringLiteral("FailedInit")));
            QVERIFY(run->message()->text().contains(QStringLiteral("4.11")));
            QVERIFY(run->retryButton()->isVisible());
            QCOMPARE(run->steps()->state(NewClusterStep::WaitRunning), InstallStepList::Failed);
        }
        // What reached the global cluster: the password, base64, as TKEStack expects it.
        const KubeResponse cluster = call(global, "GET",
            QStringLiteral("/apis/platform.tkestack.io/v1/clusters/%1")
                .arg(tkeStackClusterName(w.state().config.plan())));
        QVERIFY(cluster.ok());
        QCOMPARE(cluster
                     .json[QStringLiteral("spec")][QStringLiteral("machines")][0]
                          [QStringLiteral("password")]
                     .toString(),
            QStringLiteral("czNjcmV0"));
        QVERIFY(clickNext(w));
        auto *finish = w.pageAs<FinishPage>(FinishPageId);
        QVERIFY(finish->summary()->text().contains(
            good ? QStringLiteral("is Running") : QStringLiteral("FailedInit")));
        QVERIFY(!finish->uninstallPanel()->isVisibleTo(finish));
        QCOMPARE(call(global, "DELETE",
                     QStringLiteral("/apis/platform.tkestack.io/v1/clusters/%1")
                         .arg(tkeStackClusterName(w.state().config.plan())))
                     .ok(),
            true);
    }

    void versionNotOfferedIsPickedOnTheApplyPage()
    {
        InstallerWizard &w = freshFor(Target::NewCluster);
        w.state().config.setKubernetesVersion(QStringLiteral("1.20.4-tke.1"));
        walkToApply(w);
        ApplyPage *apply = w.pageAs<ApplyPage>(ApplyPageId);
        apply->picker()->setKubeconfig(m_good->kubeconfig(QStringLiteral("admin-cert")));
        QTRY_VERIFY_WITH_TIMEOUT(apply->versions()->choice()->isVisibleTo(apply), 10000);
        QVERIFY(!apply->isComplete());
        QVERIFY2(apply->versions()->note()->text().contains(QStringLiteral("1.21.4-tke.3")),
            qPrintable(apply->versions()->note()->text()));
        QVERIFY(apply->versions()->note()->text().contains(QStringLiteral("1.20.4-tke.1")));
        QComboBox *choice = apply->versions()->choice();
        const int offered = choice->findText(QStringLiteral("1.21.4-tke.3"));
        QVERIFY(offered > 0);
        choice->setCurrentIndex(offered);
        Q_EMIT choice->activated(offered);
        QCOMPARE(w.state().config.kubernetesVersion(), QStringLiteral("1.21.4-tke.3"));
        QVERIFY(apply->isComplete());
        QVERIFY(!choice->isVisibleTo(apply));
        // The Cluster file was rendered again with the version picked.
        QVERIFY(w.state()
                    .edits.effective()
                    .file(QStringLiteral("tkestack-cluster"))
                    ->yaml.contains("version: 1.21.4-tke.3"));
        QVERIFY(!call(*m_good, "GET", clusterPath(w)).ok()); // nothing created meanwhile
    }

    void editedCiliumReachesTheNewCluster()
    {
        // An edit of cilium.yaml: TKEStack deploys its own, then the installer applies the
        // operator's version to the new cluster, taking TKEStack's fields over on request.
        InstallerWizard &w = freshFor(Target::NewCluster);
        passwordLogin(w);
        walkToApply(w);
        const QByteArray original = w.state().edits.text(QStringLiteral("cilium"));
        QVERIFY(original.contains("debug: \"false\""));
        QByteArray edited = original;
        edited.replace("debug: \"false\"", "debug: \"true\"");
        w.state().edits.setText(QStringLiteral("cilium"), edited);
        w.pageAs<ApplyPage>(ApplyPageId)->initializePage();
        const QList<QTreeWidgetItem *> rows
            = w.pageAs<ApplyPage>(ApplyPageId)
                  ->steps()
                  ->findItems(QStringLiteral("cilium.yaml"), Qt::MatchExactly, 1);
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows.first()->text(2).contains(QStringLiteral("your edited version")),
            qPrintable(rows.first()->text(2)));
        chooseGlobal(w, *m_ownRegistry);
        answerNextDialog([](QWidget *modal) {
            auto *dialog = qobject_cast<NodeSecretsDialog *>(modal);
            QTest::keyClicks(dialog->fields().first(), QStringLiteral("s3cret"));
            dialog->accept();
        });
        QVERIFY(clickNext(w));
        NewClusterPanel *run = w.pageAs<ApplyRunPage>(ApplyRunPageId)->newClusterPanel();
        // TKEStack's platform controller holds the image: the question names it, and the run
        // waits for the answer.
        QTRY_VERIFY_WITH_TIMEOUT(run->takeOverButton()->isVisible(), 60000);
        QVERIFY(run->isRunning());
        QVERIFY2(run->message()->text().contains(QStringLiteral("tke-platform-controller")),
            qPrintable(run->message()->text()));
        QCOMPARE(run->steps()->state(NewClusterStep::ApplyEdited), InstallStepList::Waiting);
        run->takeOverButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 60000);
        QVERIFY2(run->result()->ok(),
            qPrintable(run->result()->error ? run->result()->error->message : QString()));
        QCOMPARE(run->steps()->state(NewClusterStep::ApplyEdited), InstallStepList::Done);
        QVERIFY(run->objects()->row(QStringLiteral("ConfigMap kube-system/cilium-config")));
        const KubeResponse config = call(*m_ownRegistry, "GET",
            QStringLiteral("/api/v1/namespaces/kube-system/configmaps/cilium-config"));
        QVERIFY(config.ok());
        QCOMPARE(config.json[QStringLiteral("data")][QStringLiteral("debug")].toString(),
            QStringLiteral("true"));
        QVERIFY(call(*m_ownRegistry, "DELETE", clusterPath(w)).ok());
    }
};

QTEST_MAIN(TestWizardNewCluster)
#include "tst_wizardnewcluster.moc"
