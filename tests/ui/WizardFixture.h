#pragma once
// The wizard under test: a fresh InstallerWizard per test function, with helpers that walk it.
#include "WizardDriver.h"

#include "apply/KubeAccessPicker.h"
#include "apply/UninstallPanel.h"
#include "apply/VerdictList.h"
#include "editor/ManifestEditor.h"
#include "editor/ManifestFileTab.h"
#include "models/NodeTableModel.h"
#include "render/ManifestRenderer.h"
#include "widgets/TopologyView.h"
#include "wizard/ApplyPage.h"
#include "wizard/ClusterNetworkPage.h"
#include "wizard/ExportPage.h"
#include "wizard/FinishPage.h"
#include "wizard/HaPage.h"
#include "wizard/NetworkModePage.h"
#include "wizard/NodesPage.h"
#include "wizard/ReviewPage.h"
#include "wizard/TargetPage.h"
#include "wizard/WelcomePage.h"
#include "wizard/WizardStepList.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

namespace tkeci::testing {

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

/// The visible widget of type T whose text, mnemonic marks removed, is `text`.
template<typename T> T *find(QWidget *page, const QString &text)
{
    for (T *w : page->findChildren<T *>()) {
        if (w->text().remove(u'&') == text)
            return w;
    }
    return nullptr;
}

/// Base of the wizard suites: owns the translations and the wizard under test. Settings go
/// to QStandardPaths' test location, never the operator's.
class WizardFixture : public QObject
{
protected:
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<InstallerWizard> m_wizard;

    InstallerWizard &fresh()
    {
        m_wizard.reset();
        m_translations->switchTo(QLocale(QLocale::English));
        m_wizard = std::make_unique<InstallerWizard>(*m_translations);
        m_wizard->show();
        QApplication::processEvents();
        return *m_wizard;
    }

    /// Welcome → ... → the page after Cluster network, with the default answers.
    void walkToNetworkMode(InstallerWizard &w)
    {
        QCOMPARE(w.currentId(), int(WelcomePageId));
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(TargetPageId));
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(NodesPageId));
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(CniPageId));
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(NetworkModePageId));
    }

    void passPreflight(InstallerWizard &w)
    {
        QCOMPARE(w.currentId(), int(PreflightPageId));
        auto *page = w.pageAs<PreflightPage>(PreflightPageId);
        if (page->session()->summary().cells.pending > 0) // results of the same nodes are kept
            QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        feedPreflight(page, results(nodeAddresses(w.state()), Verdict::Pass));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(clickNext(w));
    }

    void setUp()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TKEStack-test"));
        // One settings and config folder per suite: ctest runs suites side by side, and two
        // that reach the Finish page would otherwise write the same last-profile.yaml.
        QCoreApplication::setApplicationName(QStringLiteral("tkeci-wizard-test-")
            + QFileInfo(QCoreApplication::applicationFilePath()).fileName());
        m_translations = std::make_unique<Translations>(qApp);
    }
    void tearDown()
    {
        m_wizard.reset();
        m_translations.reset();
    }
};

} // namespace tkeci::testing
