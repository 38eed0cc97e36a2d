#include "kube/ExecCredential.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#include <csignal>
#include <unistd.h>

namespace tkeci {
namespace {

constexpr qint64 kMaxStderrBytes = 64 * 1024;

KubeError pluginError(const QString &message, const QString &detail)
{
    return KubeError {KubeError::Kind::Credentials, 0, message, detail};
}

} // namespace

ExecPluginRun::ExecPluginRun(ExecPlugin plugin, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_plugin(std::move(plugin))
    , m_timeoutMs(timeoutMs)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(QCoreApplication::translate(
            "tkeci::ExecCredential", "the credential plugin \"%1\" did not answer within %2 s")
                 .arg(m_plugin.command)
                 .arg(m_timeoutMs / 1000));
    });
}

ExecPluginRun::~ExecPluginRun()
{
    m_done = true;
    killGroup();
}

void ExecPluginRun::start()
{
    const QString apiVersion = m_plugin.apiVersion.isEmpty()
        ? QStringLiteral("client.authentication.k8s.io/v1")
        : m_plugin.apiVersion;
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : m_plugin.env)
        env.insert(name, value);
    const QJsonObject info {{QStringLiteral("apiVersion"), apiVersion},
        {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
        {QStringLiteral("spec"), QJsonObject {{QStringLiteral("interactive"), false}}}};
    env.insert(QStringLiteral("KUBERNETES_EXEC_INFO"),
        QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact)));
    m_process->setProcessEnvironment(env);
    m_process->setWorkingDirectory(m_plugin.workingDirectory);
    // A group of its own: killing it on a timeout also ends whatever the plugin started (a
    // helper that would otherwise outlive us, holding a terminal or a port).
    m_process->setChildProcessModifier([] { ::setsid(); });
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this, &ExecPluginRun::readOutput);
    connect(m_process.get(), &QProcess::readyReadStandardError, this, [this] {
        const QByteArray more = m_process->readAllStandardError();
        m_stderr.append(more.left(kMaxStderrBytes - m_stderr.size()));
    });
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(QCoreApplication::translate("tkeci::ExecCredential",
                     "the credential plugin \"%1\" named in the kubeconfig could not be started")
                     .arg(m_plugin.command),
                m_process->errorString());
    });
    connect(m_process.get(), &QProcess::finished, this, &ExecPluginRun::processEnded);
    m_deadline.start(m_timeoutMs);
    m_process->start(m_plugin.command, m_plugin.args);
}

void ExecPluginRun::readOutput()
{
    m_stdout.append(m_process->readAllStandardOutput());
    if (m_stdout.size() > kMaxOutputBytes)
        fail(QCoreApplication::translate(
            "tkeci::ExecCredential", "the credential plugin \"%1\" printed more than %2 MiB")
                 .arg(m_plugin.command)
                 .arg(kMaxOutputBytes >> 20));
}

void ExecPluginRun::processEnded()
{
    if (m_done)
        return;
    readOutput();
    if (m_done)
        return;
    if (m_process->exitStatus() != QProcess::NormalExit || m_process->exitCode() != 0) {
        fail(QCoreApplication::translate(
                 "tkeci::ExecCredential", "the credential plugin \"%1\" failed (exit code %2)")
                 .arg(m_plugin.command)
                 .arg(m_process->exitCode()),
            QString::fromLocal8Bit(m_stderr).trimmed().left(2000));
        return;
    }
    m_done = true;
    m_deadline.stop();
    const ExecCredential credential = parseExecCredential(m_stdout, m_plugin.command);
    m_stdout.fill('\0'); // the token is copied into the credential; no second copy lingers
    Q_EMIT finished(credential);
}

void ExecPluginRun::fail(const QString &message, const QString &detail)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    killGroup();
    ExecCredential credential;
    credential.error = pluginError(message, detail);
    Q_EMIT finished(credential);
}

void ExecPluginRun::killGroup()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    const qint64 pid = m_process->processId();
    if (pid > 0)
        ::kill(-static_cast<pid_t>(pid), SIGKILL);
    m_process->disconnect(this);
    // SIGKILL cannot be ignored: the wait is for the kernel to reap, a few milliseconds.
    m_process->waitForFinished(1000);
}

ExecCredential parseExecCredential(const QByteArray &output, const QString &command)
{
    ExecCredential result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(output, &parseError);
    const QJsonObject status = doc.object().value(QStringLiteral("status")).toObject();
    if (doc.isNull()
        || doc.object().value(QStringLiteral("kind")).toString()
            != QLatin1String("ExecCredential")) {
        result.error
            = pluginError(QCoreApplication::translate("tkeci::ExecCredential",
                              "the credential plugin \"%1\" did not print an ExecCredential")
                              .arg(command),
                parseError.errorString());
        return result;
    }
    result.token = status.value(QStringLiteral("token")).toString();
    result.clientCertPem
        = status.value(QStringLiteral("clientCertificateData")).toString().toUtf8();
    result.clientKeyPem = status.value(QStringLiteral("clientKeyData")).toString().toUtf8();
    result.expiry = QDateTime::fromString(
        status.value(QStringLiteral("expirationTimestamp")).toString(), Qt::ISODate);
    if (result.token.isEmpty() && result.clientCertPem.isEmpty())
        result.error = pluginError(QCoreApplication::translate("tkeci::ExecCredential",
                                       "the credential plugin \"%1\" returned neither a token "
                                       "nor a client certificate")
                                       .arg(command),
            QString());
    return result;
}

ExecCredential runExecPlugin(const ExecPlugin &plugin, int timeoutMs)
{
    ExecPluginRun run(plugin, timeoutMs);
    ExecCredential result;
    bool ended = false;
    QEventLoop loop;
    QObject::connect(&run, &ExecPluginRun::finished, &loop, [&](const ExecCredential &c) {
        result = c;
        ended = true;
        loop.quit();
    });
    run.start();
    if (!ended)
        loop.exec();
    return result;
}

} // namespace tkeci
