// Command-line wiring: parse flags, call the core, print. No logic of its own beyond that.
#include "CommandLine.h"

#include "ClusterCommands.h"
#include "Console.h"
#include "PreflightCommand.h"

#include "i18n/Translations.h"
#include "plan/PlanEnums.h"
#include "profile/ProfileReader.h"
#include "render/ManifestRenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <cstdio>

namespace tkeci {
namespace {

const QStringList kCommands = QStringList {QStringLiteral("validate"), QStringLiteral("render"),
                                  QStringLiteral("preflight")}
    + clusterCommands();

int reportProblems(const QString &profilePath, const Problems &problems)
{
    for (const Problem &p : problems)
        consoleErr() << problemLine(p) << Qt::endl;
    consoleErr() << QCoreApplication::translate("tkeci::CommandLine",
        "%1: %n problem(s); nothing was written", nullptr, int(problems.size()))
                        .arg(profilePath)
                 << Qt::endl;
    return ExitBadInput;
}

QString summary(const InstallPlan &plan)
{
    const QString mode = plan.isCilium()
        ? QStringLiteral("cilium/") + toProfileString(plan.networkMode)
        : QStringLiteral("galaxy");
    return QCoreApplication::translate(
        "tkeci::CommandLine", "target %1, %2, HA %3, %4 master(s), %5 worker(s)")
        .arg(toProfileString(plan.target), mode, toProfileString(plan.haType))
        .arg(plan.masters().size())
        .arg(plan.workers().size());
}

} // namespace

LangArguments scanLangArguments(const QStringList &args)
{
    LangArguments out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            out.values.append(args.at(++i));
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            out.values.append(args.at(i).mid(7));
        else
            out.others = true;
    }
    return out;
}

bool isHeadlessInvocation(const QStringList &args)
{
    // The wizard takes only --lang; anything else (a command, --help, a typo) is answered on
    // the terminal, so a mistyped command never needs a display to be told so.
    // A --lang value the program does not speak is a mistake to report on the terminal too.
    const LangArguments lang = scanLangArguments(args);
    return lang.others
        || std::any_of(lang.values.cbegin(), lang.values.cend(),
            [](const QString &v) { return !Translations::localeFromLang(v); });
}

std::optional<int> runCommandLine(const QStringList &args, Translations &translations)
{
    // The parser's option texts are made in the language of the moment, and --help prints
    // them: --lang takes effect before they are made. A bad value is reported further down.
    for (const QString &value : scanLangArguments(args).values) {
        if (const auto locale = Translations::localeFromLang(value))
            translations.switchTo(*locale);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("tkeci::CommandLine",
        "Puts the Cilium CNI on TKEStack baremetal clusters. Without a command, the wizard "
        "starts.\n\n"
        "Commands:\n"
        "  validate --profile P            check a profile; every problem is printed, field "
        "path first\n"
        "  render --profile P --out DIR    write the manifests (one file per component) and "
        "images.txt\n"
        "  preflight --profile P           check every node over SSH (see the preflight "
        "options)\n"
        "  apply --profile P [--kubeconfig K] [--context C] [--manifests DIR] [--wait] "
        "[--yes]\n"
        "                                  put the manifests on the cluster (or create the "
        "TKEStack cluster)\n"
        "  diff --profile P [--kubeconfig K] [--manifests DIR]\n"
        "                                  what apply would change, asked of the cluster (dry "
        "run); exit 1 when something would\n"
        "  status [--profile P] [--kubeconfig K]   what is installed and whether it is ready\n"
        "  verify --profile P [--kubeconfig K]   run the connectivity check, then remove it\n"
        "  uninstall [--kubeconfig K] [--yes]    delete what apply installed\n\n"
        "Exit codes: 0 success, 1 the work ran and found failures (diff: something would "
        "change), 2 bad usage or bad input."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
        QCoreApplication::translate("tkeci::CommandLine", "The profile (YAML) to use."),
        QCoreApplication::translate("tkeci::CommandLine", "file"));
    const QCommandLineOption outDir(QStringLiteral("out"),
        QCoreApplication::translate("tkeci::CommandLine", "The folder to write the manifests to."),
        QCoreApplication::translate("tkeci::CommandLine", "folder"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QCoreApplication::translate(
            "tkeci::CommandLine", "Language of messages: zh_CN or en (default: the locale)."),
        QCoreApplication::translate("tkeci::CommandLine", "language"));
    parser.addOptions({profile, outDir, lang});
    addPreflightOptions(parser);
    addClusterCommandOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"),
        QCoreApplication::translate("tkeci::CommandLine",
            "validate, render, preflight, apply, diff, status, verify or uninstall; none starts "
            "the wizard."),
        QStringLiteral("[command]"));

    QStringList argv = args;
    argv.prepend(QCoreApplication::applicationFilePath());
    const bool parsed = parser.parse(argv);
    if (parser.isSet(lang)) {
        const auto locale = Translations::localeFromLang(parser.value(lang));
        if (!locale) {
            consoleErr() << QCoreApplication::translate("tkeci::CommandLine",
                "--lang: \"%1\" is not a language this program speaks; use zh_CN or en")
                                .arg(parser.value(lang))
                         << Qt::endl;
            return ExitBadInput;
        }
        translations.switchTo(*locale);
    }
    if (!parsed) {
        consoleErr() << parser.errorText() << Qt::endl;
        return ExitBadInput;
    }
    if (parser.isSet(help)) {
        consoleOut() << parser.helpText();
        return ExitOk;
    }
    if (parser.isSet(version)) {
        consoleOut() << QCoreApplication::applicationName() << u' '
                     << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        if (!isHeadlessInvocation(args))
            return std::nullopt; // the wizard
        consoleErr() << QCoreApplication::translate("tkeci::CommandLine", "a command is needed: %1")
                            .arg(kCommands.join(QStringLiteral(", ")))
                     << Qt::endl;
        return ExitBadInput;
    }
    const QString command = positional.first();
    if (!kCommands.contains(command)) {
        consoleErr() << QCoreApplication::translate(
            "tkeci::CommandLine", "unknown command \"%1\"; commands: %2")
                            .arg(command, kCommands.join(QStringLiteral(", ")))
                     << Qt::endl;
        return ExitBadInput;
    }
    if (positional.size() > 1) {
        consoleErr() << QCoreApplication::translate(
            "tkeci::CommandLine", "unexpected argument \"%1\"")
                            .arg(positional.at(1))
                     << Qt::endl;
        return ExitBadInput;
    }
    if (clusterCommands().contains(command))
        return runClusterCommand(command, parser);
    if (!parser.isSet(profile)) {
        consoleErr() << QCoreApplication::translate("tkeci::CommandLine", "%1 needs --profile FILE")
                            .arg(command)
                     << Qt::endl;
        return ExitBadInput;
    }
    const QString profilePath = parser.value(profile);
    const ProfileReadResult read = loadProfileFile(profilePath);
    if (!read.ok())
        return reportProblems(profilePath, read.problems);

    if (command == QLatin1String("validate")) {
        consoleOut() << QCoreApplication::translate("tkeci::CommandLine", "%1: valid (%2)")
                            .arg(profilePath, summary(read.plan))
                     << Qt::endl;
        return ExitOk;
    }

    if (command == QLatin1String("preflight"))
        return runPreflightCommand(parser, read.plan);

    // render
    if (!parser.isSet(outDir)) {
        consoleErr() << QCoreApplication::translate(
            "tkeci::CommandLine", "render needs --out FOLDER")
                     << Qt::endl;
        return ExitBadInput;
    }
    const RenderResult rendered = renderManifests(read.plan);
    if (!rendered.ok())
        return reportProblems(profilePath, rendered.problems);
    const QString dir = parser.value(outDir);
    if (const QString error = writeManifestDirectory(rendered.manifests, dir); !error.isEmpty()) {
        consoleErr() << error << Qt::endl;
        return ExitBadInput;
    }
    for (const ManifestFile &f : rendered.manifests.files)
        consoleOut() << QDir(dir).filePath(f.fileName()) << Qt::endl;
    consoleOut() << QDir(dir).filePath(QStringLiteral("images.txt")) << Qt::endl;
    const int written = int(rendered.manifests.files.size() + 1);
    const QString files
        = QCoreApplication::translate("tkeci::CommandLine", "%n file(s) written", nullptr, written);
    const QString images
        = QCoreApplication::translate("tkeci::CommandLine", "(%1 images to mirror)")
              .arg(rendered.manifests.images.size());
    consoleOut() << files << QLatin1Char(' ') << images << Qt::endl;
    return ExitOk;
}

} // namespace tkeci
