// Saves a PNG of every wizard page in English and Chinese:
//   tkeci_screenshots OUT_DIR [DRAFT_ZH_QM]
// Run by scripts/screenshots.sh under Xvfb so fonts render as on a desktop.
#include "WizardDriver.h"

#include "editor/ManifestEditor.h"
#include "editor/ManifestFileTab.h"
#include "wizard/ClusterNetworkPage.h"
#include "wizard/ExportPage.h"
#include "wizard/NetworkModePage.h"
#include "wizard/ReviewPage.h"

#include <QDebug>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTimer>

using namespace tkeci;
using namespace tkeci::testing;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

void shoot(QWidget &w, const QString &dir, const QString &name)
{
    settle();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!w.grab().save(path))
        qWarning("cannot write %s", qPrintable(path));
}

void run(Translations &translations, const QString &lang, const QString &out)
{
    const QString dir = QDir(out).filePath(lang);
    QDir().mkpath(dir);
    translations.switchTo(*Translations::localeFromLang(lang));
    InstallerWizard w(translations);
    w.resize(980, 720);
    w.show();
    shoot(w, dir, QStringLiteral("01-welcome"));
    clickNext(w);
    shoot(w, dir, QStringLiteral("02-target"));
    clickNext(w);
    w.state().config.pasteNodes(QStringLiteral("10.0.0.17 master\n10.0.0.18 master\n10.0.0.46\n"
                                               "10.0.0.47\n10.0.0.47"));
    shoot(w, dir, QStringLiteral("03-nodes-duplicate"));
    w.state().config.removeNodes({5});
    clickNext(w);
    shoot(w, dir, QStringLiteral("04-cni"));
    clickNext(w);
    auto *mode = w.pageAs<NetworkModePage>(NetworkModePageId);
    w.state().config.setNetworkMode(NetworkMode::Underlay);
    mode->initializePage();
    mode->switchIpEdit()->setText(QStringLiteral("192.168.60"));
    mode->asnEdit()->setText(QStringLiteral("0"));
    shoot(w, dir, QStringLiteral("05-network-mode-invalid"));
    mode->asnEdit()->setText(QStringLiteral("64512"));
    mode->switchIpEdit()->setText(QStringLiteral("192.168.60.2"));
    shoot(w, dir, QStringLiteral("06-network-mode-underlay"));
    clickNext(w);
    w.state().config.setHaType(HaType::Tke);
    w.state().config.setVip(QStringLiteral("10.0.0.100"));
    w.currentPage()->initializePage();
    shoot(w, dir, QStringLiteral("07-ha"));
    clickNext(w);
    w.pageAs<ClusterNetworkPage>(ClusterNetworkPageId)->setExpanded(true);
    shoot(w, dir, QStringLiteral("08-cluster-network"));
    clickNext(w);
    auto *preflight = w.pageAs<PreflightPage>(PreflightPageId);
    const QStringList nodes = nodeAddresses(w.state());
    QList<CheckResult> rows = results(nodes.mid(0, 3), Verdict::Pass);
    rows += results(nodes.mid(3, 1), Verdict::Warn, Verdict::Fail); // seed case 3: old kernel
    rows += results(nodes.mid(4), Verdict::Pass).mid(0, 5); // a node still being checked
    preflight->addResults(rows);
    preflight->grid()->setCurrentIndex(preflight->model()->index(3, 0));
    shoot(w, dir, QStringLiteral("09-preflight-kernel-too-old"));
    preflight->model()->setNodes(nodes);
    feedPreflight(preflight, results(nodes, Verdict::Pass));
    clickNext(w);
    auto *review = w.pageAs<ReviewPage>(ReviewPageId);
    review->tabs()->setCurrentWidget(review->fileTab(QStringLiteral("cilium")));
    shoot(w, dir, QStringLiteral("10-review"));
    ManifestFileTab *tab = review->fileTab(QStringLiteral("cilium"));
    QTextCursor cursor(tab->editor()->document()->findBlockByNumber(6));
    cursor.insertText(QStringLiteral("  broken: [unclosed\n"));
    tab->checkNow();
    shoot(w, dir, QStringLiteral("11-review-parse-error"));
    tab->resetToGenerated();
    review->tabs()->setCurrentIndex(review->tabs()->count() - 1);
    shoot(w, dir, QStringLiteral("12-review-topology"));
    clickNext(w);
    // A fixed path so the committed pictures do not change with every run.
    w.pageAs<ExportPage>(ExportPageId)
        ->exportTo(ExportPage::Kind::Bundle,
            QDir(QDir::tempPath()).filePath(QStringLiteral("cilium-site-a.tar.gz")));
    shoot(w, dir, QStringLiteral("13-export"));
    clickNext(w);
    shoot(w, dir, QStringLiteral("14-apply"));
    clickNext(w);
    shoot(w, dir, QStringLiteral("15-finish"));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the operator's settings
    QCoreApplication::setOrganizationName(QStringLiteral("TKEStack-screenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("tke-cilium-installer"));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    Translations translations(&app);
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")})
        run(translations, lang, out);
    return 0;
}
