// `preflight` on the command line: flags → PreflightOptions, the session's table → terminal.
// Host keys: an unknown key is accepted only with --accept-new-host-keys; secrets are read from
// the terminal without echo and never printed.
#include "PreflightCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "preflight/NodeChecks.h"
#include "preflight/PreflightSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace tkeci {
namespace {

// lupdate finds the context of Text::tr() (a free Text::tr() wrapper would land in "tkeci").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(tkeci::PreflightCommand)
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

/// Reads one line from the terminal with echo off; empty when there is no terminal.
QByteArray readSecretFromTerminal(const QString &prompt)
{
    QFile tty(QStringLiteral("/dev/tty"));
    if (!tty.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return {};
    tty.write(prompt.toUtf8());
    termios saved {};
    const int fd = tty.handle();
    const bool haveTermios = tcgetattr(fd, &saved) == 0;
    if (haveTermios) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &silent);
    }
    QByteArray line;
    char c = 0;
    while (tty.getChar(&c) && c != '\n')
        line.append(c);
    if (haveTermios)
        tcsetattr(fd, TCSAFLUSH, &saved);
    tty.write("\n");
    return line;
}

QString colour(Verdict v, const QString &text, bool useColour)
{
    if (!useColour)
        return text;
    const char *code = v == Verdict::Pass ? "32" : v == Verdict::Warn ? "33" : "1;31";
    return QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(code), text);
}

QString verdictLabel(Verdict v)
{
    switch (v) {
    case Verdict::Pass:
        return Text::tr("PASS", "check verdict");
    case Verdict::Warn:
        return Text::tr("WARN", "check verdict");
    case Verdict::Fail:
        return Text::tr("FAIL", "check verdict");
    }
    return {};
}

void printJson(const PreflightTable &table)
{
    QJsonArray rows;
    for (const QString &node : table.nodes()) {
        for (const CheckResult &r : table.resultsOf(node)) {
            rows.append(QJsonObject {{QStringLiteral("node"), node},
                {QStringLiteral("check"), checkIdString(r.check)},
                {QStringLiteral("status"), verdictId(r.verdict)},
                {QStringLiteral("message"), checkMessage(r)},
                {QStringLiteral("details"), r.details}});
        }
    }
    out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    out().flush();
}

void printTables(const PreflightTable &table)
{
    const bool useColour = isatty(fileno(stdout)) != 0;
    int width = 0;
    for (const CheckId check : table.checks())
        width = qMax(width, int(checkIdString(check).size()));
    for (const QString &node : table.nodes()) {
        out() << (useColour ? QStringLiteral("\x1b[1m%1\x1b[0m").arg(node) : node) << Qt::endl;
        for (const CheckResult &r : table.resultsOf(node)) {
            out() << QStringLiteral("  %1  ").arg(checkIdString(r.check), -width)
                  << colour(r.verdict, verdictLabel(r.verdict), useColour) << QStringLiteral("  ")
                  << checkSentence(r) << Qt::endl;
        }
    }
}

/// Answers the session's pauses from the terminal: host keys by the flag, secrets read without
/// echo.
void answerFromTerminal(PreflightSession &session, QObject &context, bool acceptNew)
{
    QObject::connect(&session, &PreflightSession::hostKeyUnknown, &context,
        [&session, acceptNew](const QString &node, const QString &fingerprint) {
            if (acceptNew)
                err() << Text::tr("%1: new host key %2 accepted (--accept-new-host-keys)")
                             .arg(node, fingerprint)
                      << Qt::endl;
            else
                err() << Text::tr("%1: host key %2 is not known; check it and run again with "
                                  "--accept-new-host-keys to trust it")
                             .arg(node, fingerprint)
                      << Qt::endl;
            session.answerHostKey(node, acceptNew);
        });
    QObject::connect(&session, &PreflightSession::credentialNeeded, &context,
        [&session](const QString &node, CredentialKind kind, const QString &user) {
            const QString prompt = kind == CredentialKind::Password
                ? Text::tr("Password for %1@%2: ").arg(user, node)
                : Text::tr("Passphrase for the key of %1@%2: ").arg(user, node);
            QByteArray secret = readSecretFromTerminal(prompt);
            QString text = QString::fromUtf8(secret);
            session.provideSecret(node, text);
            // Both copies are wiped in place (each is the only owner of its buffer).
            text.fill(QChar(0));
            secret.fill('\0');
        });
}

/// net.apiserver on an existing cluster without HA: every node must reach the API server the
/// kubeconfig names (the one apply will use). False when a kubeconfig the operator named
/// cannot be read; a default kubeconfig that is absent or unreadable only leaves the check out,
/// with a note.
bool readApiServer(
    const QCommandLineParser &parser, const InstallPlan &plan, PreflightOptions &options)
{
    if (!options.networkChecks || plan.target != Target::ExistingCluster
        || plan.haType != HaType::None)
        return true;
    const QString kubeconfig = parser.value(QStringLiteral("kubeconfig"));
    const QString context = parser.value(QStringLiteral("context"));
    const bool named = !kubeconfig.isEmpty() || !context.isEmpty();
    const QStringList paths
        = kubeconfigPaths(kubeconfig, qEnvironmentVariable("KUBECONFIG"), QDir::homePath());
    const bool present = std::any_of(
        paths.cbegin(), paths.cend(), [](const QString &p) { return QFile::exists(p); });
    std::optional<ClusterAccess> access;
    if (named || present)
        access = loadAccess(kubeconfig, context);
    if (!access) {
        if (named)
            return false;
        err() << Text::tr("note: net.apiserver is not checked: no kubeconfig to read the API "
                          "server's address from (give --kubeconfig)")
              << Qt::endl;
        return true;
    }
    options.apiServer = apiServerAddress(access->server);
    return true;
}

} // namespace

void addPreflightOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("known-hosts"),
            Text::tr("preflight, apply, uninstall: the known-hosts file (default "
                     "~/.ssh/known_hosts)."),
            Text::tr("file")},
        {QStringLiteral("accept-new-host-keys"),
            Text::tr(
                "preflight: trust host keys not yet known and add them to the known-hosts file. "
                "A changed key is always refused.")},
        {QStringLiteral("identity"),
            Text::tr("preflight: private key to log in with, for every node with auth: key."),
            Text::tr("file")},
        {QStringLiteral("json"), Text::tr("preflight: print the results as a JSON array.")},
        {QStringLiteral("no-network-checks"),
            Text::tr("preflight: skip the network stage (net.* checks: every node against its "
                     "peers and its switch).")},
        {QStringLiteral("parallel"),
            Text::tr("preflight: nodes checked at the same time (default 32)."), Text::tr("count")},
        {QStringLiteral("timeout"),
            Text::tr(
                "preflight: seconds for each node to connect and log in (default 10); the checks "
                "themselves may take three times as long. apply, status, verify, uninstall: the "
                "whole run ends within these seconds, every request, poll and credential plugin "
                "included (without it: 600 s for each wait, 120 s for each call)."),
            Text::tr("seconds")},
    });
}

int runPreflightCommand(const QCommandLineParser &parser, const InstallPlan &plan)
{
    PreflightOptions options;
    options.knownHostsFile = parser.value(QStringLiteral("known-hosts"));
    options.identityFile = parser.value(QStringLiteral("identity"));
    if (parser.isSet(QStringLiteral("parallel"))) {
        bool ok = false;
        options.parallel = parser.value(QStringLiteral("parallel")).toInt(&ok);
        if (!ok || options.parallel < 1 || options.parallel > 1024) {
            err() << Text::tr("--parallel: \"%1\" is not a number from 1 to 1024")
                         .arg(parser.value(QStringLiteral("parallel")))
                  << Qt::endl;
            return ExitBadInput;
        }
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds < 0.1 || seconds > 3600) {
            err() << Text::tr("--timeout: \"%1\" is not a number of seconds from 0.1 to 3600")
                         .arg(parser.value(QStringLiteral("timeout")))
                  << Qt::endl;
            return ExitBadInput;
        }
        options.connectTimeoutMs = int(seconds * 1000);
        options.commandTimeoutMs = qMax(options.connectTimeoutMs * 3, 3000);
    }
    if (!options.identityFile.isEmpty() && !QFile::exists(options.identityFile)) {
        err() << Text::tr("--identity: %1 does not exist").arg(options.identityFile) << Qt::endl;
        return ExitBadInput;
    }
    options.networkChecks = !parser.isSet(QStringLiteral("no-network-checks"));
    if (!readApiServer(parser, plan, options))
        return ExitBadInput;
    const bool acceptNew = parser.isSet(QStringLiteral("accept-new-host-keys"));
    const bool json = parser.isSet(QStringLiteral("json"));

    PreflightSession session;
    QEventLoop loop;
    answerFromTerminal(session, loop, acceptNew);
    QObject::connect(&session, &PreflightSession::finished, &loop, &QEventLoop::quit);
    session.runAll(plan, options);
    if (session.isRunning())
        loop.exec();

    if (json)
        printJson(session.table());
    else
        printTables(session.table());
    const PreflightSummary summary = session.summary();
    (json ? err() : out()) << Text::tr("%n node(s) checked: ", nullptr, int(plan.nodes.size()))
                           << Text::tr("%1 ready, %2 with warnings, %3 failed")
                                  .arg(summary.nodesReady)
                                  .arg(summary.nodesWarned)
                                  .arg(summary.nodesFailed)
                           << Qt::endl;
    // A node the run never finished (cancelled) is no success either.
    return summary.nodesFailed > 0 || summary.nodesCancelled > 0 ? ExitFailures : ExitOk;
}

} // namespace tkeci
