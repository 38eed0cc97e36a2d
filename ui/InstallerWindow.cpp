#include "InstallerWindow.h"

#include "i18n/Translations.h"
#include "plan/PlanEnums.h"
#include "profile/ProfileReader.h"
#include "render/ManifestRenderer.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tkeci {

InstallerWindow::InstallerWindow(Translations &translations, QWidget *parent)
    : QMainWindow(parent)
    , m_translations(translations)
    , m_plan(defaultProfile().plan)
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(central);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    header->addWidget(m_title, 1);
    m_languageLabel = new QLabel(central);
    m_language = new QComboBox(central);
    // Each language is named in itself, so an operator finds theirs whatever is showing now.
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_translations.current() == QLatin1String("zh_CN") ? 0 : 1);
    m_languageLabel->setBuddy(m_language);
    header->addWidget(m_languageLabel);
    header->addWidget(m_language);
    layout->addLayout(header);
    m_summary = new QLabel(central);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_manifests = new QTabWidget(central);
    layout->addWidget(m_manifests, 1);
    setCentralWidget(central);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto locale = Translations::localeFromLang(m_language->itemData(index).toString());
        if (locale)
            m_translations.switchTo(*locale);
    });

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const RenderResult rendered = renderManifests(m_plan);
    for (const ManifestFile &file : rendered.manifests.files) {
        auto *view = new QPlainTextEdit(m_manifests);
        view->setReadOnly(true);
        view->setFont(mono);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        view->setPlainText(QString::fromUtf8(file.yaml));
        m_manifests->addTab(view, file.fileName());
    }
    resize(1000, 700);
    retranslate();
}

void InstallerWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void InstallerWindow::retranslate()
{
    setWindowTitle(tr("TKEStack Cilium Installer"));
    m_title->setText(tr("Cilium for TKEStack baremetal clusters"));
    m_languageLabel->setText(tr("&Language:"));
    showPlan();
}

void InstallerWindow::showPlan()
{
    const QString mode
        = m_plan.networkMode == NetworkMode::Overlay ? tr("Overlay (VXLAN)") : tr("Underlay (BGP)");
    m_summary->setText(tr("Default profile: CNI %1, network mode %2, %3 master(s), %4 worker(s). "
                          "These are the manifests it renders.")
                           .arg(m_plan.isCilium() ? QStringLiteral("Cilium ") + m_plan.ciliumVersion
                                                  : QStringLiteral("Galaxy"),
                               mode)
                           .arg(m_plan.masters().size())
                           .arg(m_plan.workers().size()));
}

} // namespace tkeci
