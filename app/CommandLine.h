#pragma once

#include <QStringList>

namespace tkeci {
class Translations;

/// Exit codes, the same for every command (DESIGN.md "Command line").
enum ExitCode { ExitOk = 0, ExitFailures = 1, ExitBadInput = 2 };

/// The headless commands. `args` is argv without the program name; returns the exit code.
/// Anything that is not a known command (or no command) returns std::nullopt: the GUI starts.
std::optional<int> runCommandLine(const QStringList &args, Translations &translations);

/// The --lang values of `args` (either form, in order), and whether anything else is there.
struct LangArguments
{
    QStringList values;
    bool others = false;
};
LangArguments scanLangArguments(const QStringList &args);

/// Is this argv for the terminal (a command, --help, --version, or a mistake to report) rather
/// than for the wizard? Then no QApplication and no display are needed.
bool isHeadlessInvocation(const QStringList &args);

} // namespace tkeci
