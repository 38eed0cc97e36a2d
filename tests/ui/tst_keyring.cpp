// The secrets dialog and the desktop keyring (QtKeychain over a real gnome-keyring Secret
// Service, started by with-keyring.sh): nothing is kept unless "Remember" is ticked; ticked,
// the next dialog is filled from the keyring; unticked again, the entry is gone. The keyring
// file holds no plain text of the secret, and nothing else in HOME does either.
#include "apply/NodeSecretsDialog.h"
#include "apply/SecretKeyring.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QTest>

using namespace tkeci;

class TestKeyring : public QObject
{
    Q_OBJECT

    const QString m_secret = QStringLiteral("kr-planted-7d1c0e93-secret");

    static QList<SecretRequest> requests()
    {
        NodeSpec node;
        node.ip = QStringLiteral("198.18.7.7");
        node.auth = AuthMethod::Password;
        return {{node, LoginSecret::Password, QString()}};
    }

    /// What the keyring holds for the request, read through QtKeychain itself.
    std::optional<QString> stored()
    {
        bool done = false;
        std::optional<QString> out;
        keyring::read(
            NodeSecretsDialog::keyringKey(requests().first()), this, [&](std::optional<QString> s) {
                out = s;
                done = true;
            });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return QStringLiteral("@keyring did not answer");
        return out;
    }

    /// Files under HOME that contain the secret as plain text (UTF-8 or UTF-16).
    QStringList filesWithTheSecret() const
    {
        QStringList found;
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            const QByteArray utf16(
                reinterpret_cast<const char *>(m_secret.utf16()), m_secret.size() * 2);
            if (bytes.contains(m_secret.toUtf8()) || bytes.contains(utf16))
                found.append(f.fileName());
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A real keyring, not a fallback file: the wrapper script must have started one.
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "run through tests/ui/with-keyring.sh");
        QVERIFY(QDir::homePath().startsWith(QLatin1String("/tmp/tkeci-keyring-")));
        QCOMPARE(stored(), std::nullopt);
    }

    void notKeptUnlessAsked()
    {
        NodeSecretsDialog dialog(requests(), NodeSecretsDialog::Purpose::Ssh);
        QTest::qWait(300); // the keyring lookup answers (nothing there)
        QVERIFY(!dialog.rememberBox()->isChecked());
        QVERIFY(dialog.fields().first()->text().isEmpty());
        QTest::keyClicks(dialog.fields().first(), m_secret);
        dialog.accept();
        QTest::qWait(500);
        QCOMPARE(stored(), std::nullopt);
    }

    void rememberedThenFilledThenForgotten()
    {
        {
            NodeSecretsDialog dialog(requests(), NodeSecretsDialog::Purpose::Ssh);
            QTest::keyClicks(dialog.fields().first(), m_secret);
            dialog.rememberBox()->setChecked(true);
            dialog.accept();
        }
        QTRY_COMPARE_WITH_TIMEOUT(stored(), std::optional<QString>(m_secret), 10000);
        QCOMPARE(filesWithTheSecret(), QStringList()); // the keyring file is encrypted
        {
            // The next time: filled from the keyring, the box ticked.
            NodeSecretsDialog dialog(requests(), NodeSecretsDialog::Purpose::Ssh);
            QTRY_COMPARE_WITH_TIMEOUT(dialog.fields().first()->text(), m_secret, 10000);
            QVERIFY(dialog.rememberBox()->isChecked());
            // Unticked: taken out of the keyring.
            dialog.rememberBox()->setChecked(false);
            dialog.accept();
        }
        QTRY_COMPARE_WITH_TIMEOUT(stored(), std::nullopt, 10000);
        NodeSecretsDialog empty(requests(), NodeSecretsDialog::Purpose::Ssh);
        QTest::qWait(500);
        QVERIFY(empty.fields().first()->text().isEmpty());
        QCOMPARE(filesWithTheSecret(), QStringList());
    }
};

QTEST_MAIN(TestKeyring)
#include "tst_keyring.moc"
