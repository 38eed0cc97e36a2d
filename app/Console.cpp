#include "Console.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>

#include <termios.h>
#include <unistd.h>

#include <cstdio>

namespace tkeci {
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
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

QString askSecret(const QString &prompt)
{
    QTextStream in(stdin);
    if (!stdinIsTerminal())
        return in.readLine();
    consoleErr() << prompt << Qt::flush;
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    const QString secret = in.readLine();
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    consoleErr() << Qt::endl;
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

void waitUntil(const bool &done)
{
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

} // namespace tkeci
