#include "WelcomePage.h"

#include "PageId.h"
#include "WizardState.h"
#include "edit/ManifestDigest.h"
#include "i18n/Translations.h"
#include "profile/ProfileReader.h"
#include "wizard/ProfileEdits.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace tkeci {

WelcomePage::WelcomePage(WizardState &state, QWidget *parent)
    : WizardPage(state, parent)
{
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    layout->addWidget(m_intro);

    auto *languageRow = new QHBoxLayout;
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    // Each language is named in itself, so an operator finds theirs whatever is showing now.
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_state.translations.current() == QLatin1String("zh_CN") ? 0 : 1);
    m_languageLabel->setBuddy(m_language);
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch(1);
    layout->addLayout(languageRow);

    auto *profileRow = new QHBoxLayout;
    m_default = new QPushButton(this);
    m_open = new QPushButton(this);
    m_openLast = new QPushButton(this);
    profileRow->addWidget(m_default);
    profileRow->addWidget(m_open);
    profileRow->addWidget(m_openLast);
    profileRow->addStretch(1);
    layout->addLayout(profileRow);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addStretch(1);

    m_lastProfile = QSettings().value(QStringLiteral("lastProfile")).toString();
    m_openLast->setVisible(!m_lastProfile.isEmpty() && QFileInfo::exists(m_lastProfile));

    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString lang = m_language->itemData(index).toString();
        if (const auto locale = Translations::localeFromLang(lang)) {
            m_state.translations.switchTo(*locale);
            QSettings().setValue(QStringLiteral("language"), lang);
        }
    });
    connect(m_default, &QPushButton::clicked, this, &WelcomePage::startFromDefault);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open profile"), QString(), tr("Profiles (*.yaml *.yml);;All files (*)"));
        if (!path.isEmpty())
            openProfile(path);
    });
    connect(m_openLast, &QPushButton::clicked, this, [this] { openProfile(m_lastProfile); });
    retranslate();
}

void WelcomePage::openProfile(const QString &path)
{
    const Problems problems = m_state.config.openProfile(path);
    if (m_state.config.profilePath() == path) {
        m_openProblems = int(problems.size());
        QSettings().setValue(QStringLiteral("lastProfile"), path);
        const EditsLoadResult kept
            = restoreProfileEdits(m_state.config.plan(), m_state.edits, path);
        m_restoredEdits = m_state.edits.editedFiles();
        m_editProblems = kept.problems;
        m_state.keptEdits = editsDigest(m_state.edits); // as kept beside the profile
    } else {
        m_openProblems = -2; // not taken
        m_openError = problems.isEmpty() ? Problem {} : problems.constFirst();
    }
    showProfileStatus();
}

void WelcomePage::startFromDefault()
{
    m_state.config.setPlan(defaultProfile().plan);
    m_openProblems = -1;
    m_restoredEdits.clear();
    m_editProblems.clear();
    showProfileStatus();
}

void WelcomePage::showProfileStatus()
{
    if (m_openProblems == -2) {
        // Made again on each call, so the reason follows a language switch too.
        m_status->setText(tr("The profile could not be read: %1").arg(problemLine(m_openError)));
    } else if (m_openProblems < 0) {
        m_status->setText(tr("Starting from the default profile: Cilium in overlay mode on a new "
                             "cluster with one master. Every answer can be changed on the next "
                             "pages."));
    } else {
        QString text = m_openProblems == 0
            ? tr("Opened %1.").arg(m_state.config.profilePath())
            : tr("Opened %1 with %n problem(s); the pages mark what to fix.", nullptr,
                m_openProblems)
                  .arg(m_state.config.profilePath());
        if (!m_restoredEdits.isEmpty())
            text += u' '
                + tr("Your manifest edits saved with it are back: %1 (the Review page shows them).")
                      .arg(m_restoredEdits.join(QStringLiteral(", ")));
        for (const QString &problem : m_editProblems)
            text += u'\n' + tr("Kept edits: %1").arg(problem);
        m_status->setText(text);
    }
}

QString WelcomePage::stepName() const
{
    return tr("Welcome", "step list");
}

void WelcomePage::retranslate()
{
    setTitle(tr("Cilium for TKEStack baremetal clusters"));
    setSubTitle(tr("This wizard puts the Cilium CNI on a TKEStack cluster."));
    m_intro->setText(
        tr("<p>You will choose the target and the nodes, the CNI, the network mode "
           "(Overlay or Underlay with ASN and switch IP) and the HA type. The installer then "
           "runs a preflight check on every node over SSH, shows the manifests for review and "
           "editing, exports them for offline sites and applies them.</p>"
           "<p>Nothing is changed on any machine before the Apply page.</p>"));
    m_languageLabel->setText(tr("&Language:"));
    m_default->setText(tr("Start from the &default"));
    m_open->setText(tr("&Open profile…"));
    m_openLast->setText(tr("Open las&t profile"));
    showProfileStatus();
}

} // namespace tkeci
