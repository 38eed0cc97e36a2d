#pragma once

#include <QLocale>
#include <QObject>
#include <QTranslator>

#include <memory>

class QCoreApplication;

namespace tkeci {

/// Loads our compiled translations (embedded under :/i18n) and Qt's own, and swaps them at
/// run time. Owned by main() and passed to whoever switches the language: no global instance.
class Translations : public QObject
{
    Q_OBJECT
public:
    explicit Translations(QCoreApplication *app);
    ~Translations() override;

    /// Installs the translators for `locale` (Chinese locales get zh_CN, everything else the
    /// English source texts). Returns the language now in use, "zh_CN" or "en".
    QString switchTo(const QLocale &locale);
    QString current() const { return m_current; }

    /// Parses `--lang` values: zh_CN, zh, en, en_US ...; nullopt for anything else.
    static std::optional<QLocale> localeFromLang(const QString &lang);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QCoreApplication *m_app;
    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current = QStringLiteral("en");
};

} // namespace tkeci
