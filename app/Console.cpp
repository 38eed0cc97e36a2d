#include "Console.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>

#include <termios.h>
#include <unistd.h>

#include <cstdio>

namespace tkeci {
namespace {

/// One line of standard input, read a byte at a time: a buffered reader (QTextStream) would
/// take the following lines with it, and the next question would find its answer gone.
QByteArray readStdinLine()
{
    QByteArray line;
    line.reserve(4096); // no reallocation leaves pieces of a secret behind in freed memory
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        line.append(c);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

QTextStream &consoleOut()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &consoleErr()
{
    static QTextStream s(stderr);
    return s;
}

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

bool askYesNo(const QString &question)
{
    if (!stdinIsTerminal())
        return false;
    consoleOut() << question << QCoreApplication::translate("tkeci::Console", " [y/N] ")
                 << Qt::flush;
    const QString answer = QString::fromLocal8Bit(readStdinLine()).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

QString askSecret(const QString &prompt)
{
    const bool terminal = stdinIsTerminal();
    termios old {};
    if (terminal) {
        consoleErr() << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &old);
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QByteArray line = readStdinLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        consoleErr() << Qt::endl;
    }
    const QString secret = QString::fromUtf8(line);
    line.fill('\0');
    return secret;
}

std::optional<ClusterAccess> loadAccess(const QString &kubeconfig, const QString &context)
{
    const QStringList paths
        = kubeconfigPaths(kubeconfig, qEnvironmentVariable("KUBECONFIG"), QDir::homePath());
    const KubeConfigResult r = loadKubeConfig(paths, context);
    for (const QString &w : r.warnings)
        consoleErr() << QCoreApplication::translate("tkeci::Console", "warning: %1").arg(w)
                     << Qt::endl;
    if (!r.ok()) {
        printError(*r.error);
        return std::nullopt;
    }
    return r.access;
}

void printError(const KubeError &error)
{
    consoleErr() << QCoreApplication::translate("tkeci::Console", "error: %1").arg(error.message)
                 << Qt::endl;
    if (!error.detail.isEmpty())
        consoleErr()
            << QCoreApplication::translate("tkeci::Console", "  details: %1").arg(error.detail)
            << Qt::endl;
}

void printRolloutProgress(const RolloutProgress &p)
{
    consoleOut() << QCoreApplication::translate(
        "tkeci::ApplyCommand", "  %1: %2/%3 ready, %4/%5 updated%6")
                        .arg(p.object.display())
                        .arg(p.ready)
                        .arg(p.desired)
                        .arg(p.updated)
                        .arg(p.desired)
                        .arg(p.done ? QCoreApplication::translate(
                                 "tkeci::ApplyCommand", " - rolled out")
                                    : QString())
                 << Qt::endl;
}

void waitUntil(const bool &done)
{
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

void printConnectivityVerdict(const ConnectivityVerdict &v)
{
    consoleOut() << (v.passed ? QCoreApplication::translate("tkeci::Console", "PASS")
                              : QCoreApplication::translate("tkeci::Console", "FAIL"))
                 << u' ' << v.name << u' ' << QStringLiteral("(%1)").arg(v.meaning) << Qt::endl;
}

void printConnectivityVerdicts(const ConnectivityResult &result, bool withVerdicts)
{
    if (withVerdicts) {
        for (const ConnectivityVerdict &v : result.verdicts)
            printConnectivityVerdict(v);
    }
    consoleOut() << (result.ok()
            ? QCoreApplication::translate("tkeci::Console", "connectivity check passed")
            : QCoreApplication::translate("tkeci::Console", "connectivity check FAILED"))
                 << Qt::endl;
}

} // namespace tkeci
