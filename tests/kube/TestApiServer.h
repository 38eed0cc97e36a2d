#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

/// Runs tests/kube/apiserver/server.py for a test: a TLS Kubernetes API test server on
/// 127.0.0.1 with its own CA and kubeconfigs (admin-cert, admin-token, viewer, norbac,
/// badtoken, badca, expired) in a temporary folder. Stopped when destroyed.
class TestApiServer
{
public:
    explicit TestApiServer(const QStringList &extraArgs = {});
    ~TestApiServer();

    bool isRunning() const { return m_port > 0; }
    int port() const { return m_port; }
    QString dir() const { return m_dir.path(); }
    QString kubeconfig(const QString &name) const;
    QString file(const QString &name) const;
    /// The server's own log (one line per request), for failure messages.
    QString log() const;
    /// Ends the injected write faults (--fault ...N+): "the load balancer is fixed".
    void clearFaults();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};
