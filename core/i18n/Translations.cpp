#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace tkeci {

Translations::Translations(QCoreApplication *app)
    : QObject(app)
    , m_app(app)
{ }

Translations::~Translations()
{
    if (m_ours)
        m_app->removeTranslator(m_ours.get());
    if (m_qt)
        m_app->removeTranslator(m_qt.get());
}

QString Translations::switchTo(const QLocale &locale)
{
    const bool chinese = locale.language() == QLocale::Chinese;
    const QString language = chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    if (m_ours)
        m_app->removeTranslator(m_ours.get());
    if (m_qt)
        m_app->removeTranslator(m_qt.get());
    m_ours = std::make_unique<QTranslator>();
    m_qt = std::make_unique<QTranslator>();
    if (m_ours->load(QStringLiteral(":/i18n/tke-cilium-installer_%1.qm").arg(language)))
        m_app->installTranslator(m_ours.get());
    // Qt's own strings (dialog buttons, ...) come from the system's Qt translations when present.
    if (chinese
        && m_qt->load(
            QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_app->installTranslator(m_qt.get());
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                : QLocale(QLocale::English, QLocale::UnitedStates));
    m_current = language;
    Q_EMIT languageChanged(language);
    return language;
}

std::optional<QLocale> Translations::localeFromLang(const QString &lang)
{
    const QString l = lang.trimmed();
    if (l.compare(QLatin1String("zh"), Qt::CaseInsensitive) == 0
        || l.startsWith(QLatin1String("zh_"), Qt::CaseInsensitive)
        || l.startsWith(QLatin1String("zh-"), Qt::CaseInsensitive))
        return QLocale(QLocale::Chinese, QLocale::China);
    if (l.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0
        || l.startsWith(QLatin1String("en_"), Qt::CaseInsensitive)
        || l.startsWith(QLatin1String("en-"), Qt::CaseInsensitive) || l == QLatin1String("C"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return std::nullopt;
}

} // namespace tkeci
