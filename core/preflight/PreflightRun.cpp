#include "PreflightRun.h"

#include "ssh/SshClient.h"

namespace tkeci {

PreflightRun::PreflightRun() = default;
PreflightRun::~PreflightRun() = default;

void PreflightRun::post(Event event)
{
    const QMutexLocker lock(&m_mutex);
    m_events.append(std::move(event));
}

QList<PreflightRun::Event> PreflightRun::takeEvents()
{
    const QMutexLocker lock(&m_mutex);
    return std::exchange(m_events, {});
}

std::optional<bool> PreflightRun::waitForHostKeyAnswer(const QString &node)
{
    QMutexLocker lock(&m_mutex);
    while (!m_hostKeyAnswers.contains(node)) {
        if (cancelled.load())
            return std::nullopt;
        m_answered.wait(&m_mutex);
    }
    return m_hostKeyAnswers.take(node);
}

void PreflightRun::answerHostKey(const QString &node, bool accept)
{
    const QMutexLocker lock(&m_mutex);
    m_hostKeyAnswers.insert(node, accept);
    m_answered.wakeAll();
}

std::optional<QByteArray> PreflightRun::waitForSecret(const QString &node)
{
    QMutexLocker lock(&m_mutex);
    while (!m_secrets.contains(node)) {
        if (cancelled.load())
            return std::nullopt;
        m_answered.wait(&m_mutex);
    }
    return m_secrets.take(node);
}

void PreflightRun::provideSecret(const QString &node, const QByteArray &secret)
{
    const QMutexLocker lock(&m_mutex);
    m_secrets.insert(node, secret);
    m_answered.wakeAll();
}

void PreflightRun::park(
    const QString &node, std::unique_ptr<ssh::SshClient> client, DeviceFacts device)
{
    const QMutexLocker lock(&m_mutex);
    m_parked[node] = {std::move(client), device};
}

QHash<QString, DeviceFacts> PreflightRun::parkedDevices()
{
    const QMutexLocker lock(&m_mutex);
    QHash<QString, DeviceFacts> out;
    for (const auto &[node, parked] : m_parked)
        out.insert(node, parked.second);
    return out;
}

std::unique_ptr<ssh::SshClient> PreflightRun::takeParked(const QString &node)
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_parked.find(node);
    if (it == m_parked.end())
        return nullptr;
    std::unique_ptr<ssh::SshClient> client = std::move(it->second.first);
    m_parked.erase(it);
    return client;
}

void PreflightRun::cancel()
{
    const QMutexLocker lock(&m_mutex);
    cancelled.store(true);
    m_answered.wakeAll();
    // Secrets nobody will use any more are wiped, not just dropped.
    for (QByteArray &secret : m_secrets)
        secret.fill('\0');
    m_secrets.clear();
}

void PreflightRun::setWake(int nodes, std::function<void()> wake)
{
    const QMutexLocker lock(&m_mutex);
    m_remaining = nodes;
    m_wake = std::move(wake);
}

void PreflightRun::nodeDone(const QString &node)
{
    // Under the mutex: setWake(…, {}) cannot complete while a wake call is in progress, so the
    // runner is alive for as long as the call runs.
    const QMutexLocker lock(&m_mutex);
    m_events.append({Event::Kind::NodeDone, node, {}, {}, {}, {}, {}});
    if (--m_remaining == 0 && m_wake)
        m_wake();
}

} // namespace tkeci
