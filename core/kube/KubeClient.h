#pragma once

#include "kube/ExecCredential.h"
#include "kube/KubeConfig.h"

#include <QJsonObject>
#include <QObject>
#include <QSslConfiguration>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace tkeci {

/// One call to the API. `what` names the object for messages ("daemonsets.apps \"cilium\" in
/// kube-system"); `rbacVerb` is the verb RBAC checks (get, list, patch, create, delete ...).
struct KubeRequest
{
    QByteArray method = "GET";
    QString path; // "/apis/apps/v1/namespaces/kube-system/daemonsets/cilium"
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    /// The Accept header; empty: "application/json".
    QByteArray accept;
    QString what;
    QString rbacVerb = QStringLiteral("get");
    /// The answer is a JSON object (all but pod logs); anything else is an error.
    bool expectJson = true;
    /// The largest answer read (64 MiB: a list of 10,000 pods is about 40 MiB); larger ones
    /// end the request with an error instead of filling memory.
    qint64 maxBodyBytes = qint64(64) << 20;

    /// A list (RBAC verb "list") of `path`, optionally filtered by a label selector.
    static KubeRequest list(
        const QString &path, const QString &what, const QString &labelSelector = QString())
    {
        KubeRequest r;
        r.path = path;
        r.what = what;
        r.rbacVerb = QStringLiteral("list");
        if (!labelSelector.isEmpty())
            r.query.addQueryItem(QStringLiteral("labelSelector"), labelSelector);
        return r;
    }
};

struct KubeResponse
{
    int httpStatus = 0;
    QJsonObject json; // the object, list or Status the server returned
    QByteArray body; // the raw answer (for text answers such as pod logs)
    std::optional<KubeError> error;
    bool ok() const { return !error.has_value(); }
};

/// A Kubernetes API client on Qt Network. TLS is always verified against the kubeconfig's CA
/// (or the system's) unless the kubeconfig itself sets insecure-skip-tls-verify. Idempotent
/// calls (all but POST; a server-side apply PATCH is idempotent) are retried on timeouts, a
/// connection closed before the answer, 429 and 5xx, with exponential backoff. Nothing goes
/// past the access's run deadline: a request, a retry or the exec plugin then ends with a
/// Timeout error.
class KubeClient : public QObject
{
    Q_OBJECT
public:
    explicit KubeClient(ClusterAccess access, QObject *parent = nullptr);
    ~KubeClient() override;

    using Callback = std::function<void(const KubeResponse &)>;
    /// Sends `request`; `done` runs on this object's thread once, with the final answer.
    void send(const KubeRequest &request, Callback done);
    /// Sends and waits in a local event loop (command line and tests).
    KubeResponse sendAndWait(const KubeRequest &request);

    /// Per-attempt timeout in milliseconds (default 30 000) and retries after the first try.
    void setTimeout(int ms) { m_timeoutMs = ms; }
    void setRetries(int retries, int firstBackoffMs)
    {
        m_retries = retries;
        m_backoffMs = firstBackoffMs;
    }
    /// How long one call may take from the request to the last byte of its answer, in
    /// milliseconds (default 120 000), retries included: a server that never answers ends the
    /// call at this bound, not at four transfer timeouts plus the backoff.
    void setRequestDeadline(int ms) { m_requestDeadlineMs = ms; }
    /// How long an exec credential plugin may take, in milliseconds (default 30 000).
    void setExecTimeout(int ms) { m_execTimeoutMs = ms; }
    const ClusterAccess &access() const { return m_access; }
    /// Requests put on the wire so far, retries included: what a run costs, for tests and
    /// benchmarks that hold the count down.
    int requestsSent() const { return m_requestsSent; }

private:
    struct ReplyState
    {
        QByteArray body;
        bool tooLarge = false;
        bool deadlinePassed = false;
        bool runDeadlinePassed = false; // the run's deadline (ClusterAccess::deadline) ended it
    };
    /// One try of a call: its number, and the call's deadline (the request deadline from the
    /// first try), which retries share.
    struct Try
    {
        int no = 0;
        QDeadlineTimer callDeadline;
    };
    struct Waiting
    {
        KubeRequest request;
        Callback done;
        Try t;
    };

    void attempt(const KubeRequest &request, Callback done, Try t);
    void dispatch(const KubeRequest &request, Callback done, Try t);
    bool credentialFresh() const;
    std::optional<KubeError> answerError(const KubeRequest &request, const ReplyState &state,
        KubeResponse &r, QNetworkReply *reply) const;
    void startExecPlugin();
    KubeError runDeadlineError(const KubeRequest &request) const;
    /// `ms`, or less when the run's deadline comes sooner (at least 1).
    int withinRunDeadline(int ms) const;

    ClusterAccess m_access;
    QNetworkAccessManager *m_network; // child of this
    std::optional<ExecCredential> m_execCredential;
    // Runs while requests wait for a credential; destroying the client ends the plugin.
    std::unique_ptr<ExecPluginRun> m_execRun;
    std::vector<Waiting> m_waitingForCredential;
    // The TLS settings of the last request and the client certificate they were made for.
    std::optional<QSslConfiguration> m_ssl;
    QByteArray m_sslCertPem;
    QByteArray m_sslKeyPem;
    int m_execTimeoutMs = 30000;
    int m_requestDeadlineMs = 120000;
    int m_timeoutMs = 30000;
    int m_retries = 3;
    int m_backoffMs = 500;
    int m_requestsSent = 0;
};

} // namespace tkeci
