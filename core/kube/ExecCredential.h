#pragma once

#include "kube/KubeConfig.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

class QProcess;

namespace tkeci {

/// What an exec credential plugin returned (ExecCredential status).
struct ExecCredential
{
    QString token;
    QByteArray clientCertPem;
    QByteArray clientKeyPem;
    QDateTime expiry; // invalid: does not expire
    std::optional<KubeError> error;
};

/// One run of an exec credential plugin (users[].user.exec), asynchronous: the plugin may
/// open a browser or wait for a token exchange, and the GUI thread must keep painting
/// meanwhile. KUBERNETES_EXEC_INFO is set as kubectl sets it. The plugin runs in a process
/// group of its own, so a timeout, cancel (destruction) or an answer over `kMaxOutputBytes`
/// ends the plugin and every child it started. stdout (the secret) never reaches a message;
/// stderr does only when the plugin failed, cut to 2,000 characters.
class ExecPluginRun : public QObject
{
    Q_OBJECT
public:
    /// More than any ExecCredential (a token or a certificate and key) needs.
    static constexpr qint64 kMaxOutputBytes = 1 << 20;

    ExecPluginRun(ExecPlugin plugin, int timeoutMs, QObject *parent = nullptr);
    ~ExecPluginRun() override; // cancels: the plugin's process group is killed
    void start();

Q_SIGNALS:
    /// Once, after start(); not after destruction.
    void finished(const tkeci::ExecCredential &credential);

private:
    void readOutput();
    void fail(const QString &message, const QString &detail = QString());
    void processEnded();
    void killGroup();

    ExecPlugin m_plugin;
    int m_timeoutMs;
    std::unique_ptr<QProcess> m_process;
    QTimer m_deadline;
    QByteArray m_stdout;
    QByteArray m_stderr;
    bool m_done = false;
};

/// Runs the plugin and waits for it in a local event loop (tests, and callers that need the
/// credential before anything else): at most `timeoutMs`.
ExecCredential runExecPlugin(const ExecPlugin &plugin, int timeoutMs = 30000);

/// Parses a plugin's stdout as an ExecCredential (exposed for tests).
ExecCredential parseExecCredential(const QByteArray &output, const QString &command);

} // namespace tkeci
