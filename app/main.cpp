// Entry point: a headless command when one is given (no display needed), else the wizard.
#include "CommandLine.h"

#include "i18n/Translations.h"
#include "ui/wizard/InstallerWizard.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QSettings>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    const bool headless = tkeci::isHeadlessInvocation(args);
    std::unique_ptr<QCoreApplication> app = headless
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TKEStack"));
    QCoreApplication::setApplicationName(QStringLiteral("tke-cilium-installer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TKECI_VERSION));

    tkeci::Translations translations(app.get());
    translations.switchTo(QLocale::system());
    if (const auto code = tkeci::runCommandLine(args, translations))
        return *code;
    if (headless)
        return tkeci::ExitBadInput;

    // Ties the windows to the installed desktop entry (Wayland app id) and its hicolor icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.tkestack.CiliumInstaller"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.tkestack.CiliumInstaller")));

    // The language chosen last time wins over the system locale; --lang was handled above for
    // the command line and wins over both.
    const QString remembered = QSettings().value(QStringLiteral("language")).toString();
    const bool langGiven = !tkeci::scanLangArguments(args).values.isEmpty();
    if (!langGiven && !remembered.isEmpty()) {
        if (const auto locale = tkeci::Translations::localeFromLang(remembered))
            translations.switchTo(*locale);
    }
    tkeci::InstallerWizard wizard(translations);
    wizard.show();
    return app->exec();
}
