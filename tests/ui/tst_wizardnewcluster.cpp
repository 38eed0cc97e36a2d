// The new-cluster target through the real widgets against the test API server: node
// passwords and key passphrases asked in a dialog and sent only inside the Cluster object,
// status.phase and every condition shown live through Running and through Failed
// (EnsureCilium FailedInit), Cancel.
#include "ApplyFixture.h"

#include <QProcess>

using namespace tkeci;
using namespace tkeci::testing;

class TestWizardNewCluster : public ApplyFixture
{
    Q_OBJECT

private:
    std::unique_ptr<TestApiServer> m_good;
    std::unique_ptr<TestApiServer> m_failed;

private Q_SLOTS:
    void initTestCase()
    {
        startUp();
        m_good = server();
        m_failed = server({QStringLiteral("--cluster-outcome"), QStringLiteral("failed")});
        QVERIFY(m_good->isRunning() && m_failed->isRunning());
    }
    void cleanupTestCase() { tearDown(); }

    void newClusterCancelledWhileFollowing()
    {
        InstallerWizard &w = freshFor(Target::NewCluster);
        passwordLogin(w);
        walkToApply(w);
        w.pageAs<ApplyPage>(ApplyPageId)
            ->picker()
            ->setKubeconfig(m_good->kubeconfig(QStringLiteral("admin-cert")));
        answerNextDialog([](QWidget *modal) {
            auto *dialog = qobject_cast<NodeSecretsDialog *>(modal);
            dialog->fields().first()->setText(QStringLiteral("s3cret"));
            dialog->accept();
        });
        QVERIFY(clickNext(w));
        NewClusterPanel *run = w.pageAs<ApplyRunPage>(ApplyRunPageId)->newClusterPanel();
        QVERIFY(run->isRunning());
        w.button(QWizard::CancelButton)->click(); // before the server has even answered
        QVERIFY(!w.isVisible());
        QVERIFY(!run->isRunning());
        QVERIFY(run->result()->error->message.contains(QStringLiteral("Stopped following")));
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
        w.pageAs<ApplyPage>(ApplyPageId)
            ->picker()
            ->setKubeconfig(m_good->kubeconfig(QStringLiteral("admin-cert")));
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
        w.pageAs<ApplyPage>(ApplyPageId)
            ->picker()
            ->setKubeconfig(global.kubeconfig(QStringLiteral("admin-cert")));
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
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 30000);
        const QStringList types = column(run->conditions(), 0);
        if (good) {
            QCOMPARE(run->phaseLabel()->text(), QStringLiteral("Phase: Running"));
            QVERIFY(types.contains(QStringLiteral("EnsureCilium")));
            QVERIFY(run->result()->ok());
        } else {
            // TKEStack keeps a failing cluster Initializing; the False condition says why.
            QCOMPARE(run->phaseLabel()->text(), QStringLiteral("Phase: Initializing"));
            const qsizetype i = types.lastIndexOf(QStringLiteral("EnsureCilium"));
            QVERIFY(i >= 0);
            QCOMPARE(
                run->conditions()->topLevelItem(int(i))->text(2), QStringLiteral("FailedInit"));
            QVERIFY(run->message()->text().contains(QStringLiteral("FailedInit")));
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
            good ? QStringLiteral("The new cluster is Running") : QStringLiteral("phase Initializing")));
        QVERIFY(!finish->uninstallPanel()->isVisibleTo(finish));
        QCOMPARE(call(global, "DELETE",
                     QStringLiteral("/apis/platform.tkestack.io/v1/clusters/%1")
                         .arg(tkeStackClusterName(w.state().config.plan())))
                     .ok(),
            true);
    }
};

QTEST_MAIN(TestWizardNewCluster)
#include "tst_wizardnewcluster.moc"
