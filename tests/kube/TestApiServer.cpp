#include "TestApiServer.h"

#include <QDir>
#include <QFile>
#include <QThread>

#include <csignal>

TestApiServer::TestApiServer(const QStringList &extraArgs)
{
    m_process.setProgram(QStringLiteral(TKECI_PYTHON));
    m_process.setArguments(
        QStringList {QStringLiteral(TKECI_TEST_APISERVER), m_dir.path()} + extraArgs);
    m_process.setStandardErrorFile(QDir(m_dir.path()).filePath(QStringLiteral("server.log")));
    m_process.start();
    // The server prints "READY <port>" once its PKI and kubeconfigs are written.
    if (!m_process.waitForStarted(10000))
        return;
    while (m_process.state() == QProcess::Running && !m_process.canReadLine())
        m_process.waitForReadyRead(30000);
    const QByteArray line = m_process.readLine().trimmed();
    if (line.startsWith("READY "))
        m_port = line.mid(6).toInt();
}

TestApiServer::~TestApiServer()
{
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(2000);
}

QString TestApiServer::kubeconfig(const QString &name) const
{
    return file(name + QStringLiteral(".kubeconfig"));
}

QString TestApiServer::file(const QString &name) const
{
    return QDir(m_dir.path()).filePath(name);
}

QString TestApiServer::log() const
{
    QFile f(file(QStringLiteral("server.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(4000)) : QString();
}

void TestApiServer::clearFaults()
{
    ::kill(pid_t(m_process.processId()), SIGUSR1);
    // Python runs the handler on its main thread between two polls of its accept loop.
    QThread::msleep(600);
}
