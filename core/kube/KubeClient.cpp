#include "kube/KubeClient.h"

#include "kube/KubeErrorText.h"
#include "text/SafeText.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>

#include <algorithm>

namespace tkeci {
namespace {

QSslKey parseKey(const QByteArray &pem)
{
    for (const QSsl::KeyAlgorithm alg : {QSsl::Rsa, QSsl::Ec}) {
        QSslKey key(pem, alg, QSsl::Pem);
        if (!key.isNull())
            return key;
    }
    return QSslKey();
}

bool retriable(const KubeResponse &r, QNetworkReply::NetworkError networkError)
{
    if (!r.error)
        return false;
    // A connection closed before any answer (a load balancer dropping a backend) is retried
    // like a timeout: for an idempotent call a second try is safe, whether or not the first
    // one was carried out. Qt itself re-sends at once up to twice; this adds the backoff. A
    // TLS refusal (also a closed connection, to Qt) is not retried: it would fail again.
    return r.error->kind == KubeError::Kind::Timeout || r.httpStatus == 429 || r.httpStatus >= 500
        || (r.error->kind == KubeError::Kind::Unreachable
            && networkError == QNetworkReply::RemoteHostClosedError);
}

} // namespace

KubeClient::KubeClient(ClusterAccess access, QObject *parent)
    : QObject(parent)
    , m_access(std::move(access))
    , m_network(new QNetworkAccessManager(this))
{
    // Every call is its own request; no cookies, no redirects to other hosts.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

KubeClient::~KubeClient() = default;

bool KubeClient::credentialFresh() const
{
    return m_execCredential && !m_execCredential->error
        && (!m_execCredential->expiry.isValid()
            || m_execCredential->expiry > QDateTime::currentDateTimeUtc().addSecs(10));
}

void KubeClient::send(const KubeRequest &request, Callback done)
{
    attempt(
        request, std::move(done), Try {0, QDeadlineTimer(m_requestDeadlineMs, Qt::PreciseTimer)});
}

int KubeClient::withinRunDeadline(int ms) const
{
    if (m_access.deadline.isForever())
        return ms;
    return int(std::clamp<qint64>(m_access.deadline.remainingTime(), 1, ms));
}

KubeError KubeClient::runDeadlineError(const KubeRequest &request) const
{
    return KubeError {KubeError::Kind::Timeout, 0,
        tr("the run's time (--timeout) ran out before %1 answered %2")
            .arg(m_access.server.authority(), request.what),
        QString()};
}

void KubeClient::attempt(const KubeRequest &request, Callback done, Try t)
{
    if (m_access.deadline.hasExpired()) {
        done(KubeResponse {0, {}, {}, runDeadlineError(request)});
        return;
    }
    if (m_access.exec && !credentialFresh()) {
        // Every request waits for the one plugin run; the plugin is not started twice.
        m_waitingForCredential.push_back({request, std::move(done), t});
        if (!m_execRun)
            startExecPlugin();
        return;
    }
    dispatch(request, std::move(done), t);
}

void KubeClient::startExecPlugin()
{
    m_execRun = std::make_unique<ExecPluginRun>(*m_access.exec, withinRunDeadline(m_execTimeoutMs));
    connect(m_execRun.get(), &ExecPluginRun::finished, this, [this](const ExecCredential &c) {
        m_execCredential = c;
        // Not deleted inside its own signal.
        m_execRun.release()->deleteLater();
        std::vector<Waiting> waiting;
        waiting.swap(m_waitingForCredential);
        QPointer<KubeClient> self(this);
        for (Waiting &w : waiting) {
            if (!self)
                return; // a callback destroyed the client: the rest are dropped, as on destruction
            if (c.error)
                w.done(KubeResponse {0, {}, {}, c.error});
            else
                dispatch(w.request, std::move(w.done), w.t);
        }
    });
    m_execRun->start();
}

void KubeClient::dispatch(const KubeRequest &request, Callback done, Try t)
{
    QUrl url = m_access.server;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + request.path);
    url.setQuery(request.query);
    QNetworkRequest req(url);
    req.setTransferTimeout(withinRunDeadline(m_timeoutMs));
    req.setRawHeader("Accept", request.accept.isEmpty() ? "application/json" : request.accept);
    req.setRawHeader("User-Agent", "tke-cilium-installer/" TKECI_VERSION);
    if (!request.contentType.isEmpty())
        req.setRawHeader("Content-Type", request.contentType);

    QByteArray certPem = m_access.clientCertPem;
    QByteArray keyPem = m_access.clientKeyPem;
    QString token = m_access.token;
    if (!m_access.tokenFile.isEmpty()) {
        // Read for every request, as client-go does: a projected token is rotated on disk.
        QString why;
        const std::optional<QByteArray> bytes
            = readRegularFile(m_access.tokenFile, kMaxBearerToken, why);
        if (!bytes) {
            done(KubeResponse {0, {}, {},
                KubeError {KubeError::Kind::Credentials, 0,
                    tr("cannot read the token file \"%1\" named in the kubeconfig: %2")
                        .arg(m_access.tokenFile, why),
                    QString()}});
            return;
        }
        token = QString::fromUtf8(*bytes).trimmed();
    }
    if (m_execCredential) {
        if (!m_execCredential->token.isEmpty())
            token = m_execCredential->token;
        if (!m_execCredential->clientCertPem.isEmpty()) {
            certPem = m_execCredential->clientCertPem;
            keyPem = m_execCredential->clientKeyPem;
        }
    }
    if (token.size() > kMaxBearerToken) {
        done(KubeResponse {0, {}, {},
            KubeError {KubeError::Kind::Credentials, 0,
                tr("the bearer token of user \"%1\" is longer than %2 bytes; it is not sent")
                    .arg(m_access.userName)
                    .arg(kMaxBearerToken),
                QString()}});
        return;
    }
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toUtf8());

    if (url.scheme() == QLatin1String("https")) {
        // Parsed once per client and client certificate (an exec plugin may hand out a new
        // one), not per request: parsing the PEMs took about 2 ms of the GUI thread each time.
        if (!m_ssl || m_sslCertPem != certPem || m_sslKeyPem != keyPem) {
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.setPeerVerifyMode(
                m_access.insecureSkipTlsVerify ? QSslSocket::VerifyNone : QSslSocket::VerifyPeer);
            // The kubeconfig's CA replaces the system's, as in kubectl.
            if (!m_access.caPem.isEmpty())
                ssl.setCaCertificates(QSslCertificate::fromData(m_access.caPem));
            if (!certPem.isEmpty()) {
                const auto certs = QSslCertificate::fromData(certPem);
                const QSslKey key = parseKey(keyPem);
                if (certs.isEmpty() || key.isNull()) {
                    done(KubeResponse {0, {}, {},
                        KubeError {KubeError::Kind::Config, 0,
                            tr("the client certificate or key of user \"%1\" cannot be read (PEM, "
                               "RSA or EC expected)")
                                .arg(m_access.userName),
                            QString()}});
                    return;
                }
                ssl.setLocalCertificate(certs.first());
                ssl.setPrivateKey(key);
            }
            m_ssl = ssl;
            m_sslCertPem = certPem;
            m_sslKeyPem = keyPem;
        }
        const QSslConfiguration &ssl = *m_ssl;
        req.setSslConfiguration(ssl);
        if (!m_access.tlsServerName.isEmpty())
            req.setPeerVerifyName(m_access.tlsServerName);
    }

    // Without a body, the overload without data: with upload data (even none) Qt 6.4 no
    // longer honours the read buffer size below and reads a whole answer into memory before
    // the first readyRead, so a hostile server's endless body could not be cut off.
    ++m_requestsSent;
    QNetworkReply *reply = request.body.isEmpty()
        ? m_network->sendCustomRequest(req, request.method)
        : m_network->sendCustomRequest(req, request.method, request.body);
    // Qt's HTTP thread would otherwise buffer whatever arrives before this thread reads it.
    // The very next statement, nothing before it: Qt 6.4 applies the size only if it reaches
    // the HTTP thread before the answer's first bytes; set later (measured: after the first
    // QSslCertificate of the process, which loads the TLS backend, ~20 ms), the limit is
    // never applied and an endless chunked answer filled 2-6 GB while this thread was starved
    // of readyRead (issue #16; tests/kube/cli_hostile_test.py "endless chunked answer").
    reply->setReadBufferSize(4 << 20);
    auto sslErrors = std::make_shared<QList<QSslError>>();
    auto peer = std::make_shared<QSslCertificate>();
    auto state = std::make_shared<ReplyState>();
    // The body is taken as it arrives and counted: an answer larger than the request allows
    // is cut off there, not read into memory first.
    connect(reply, &QNetworkReply::readyRead, this, [reply, state, limit = request.maxBodyBytes] {
        state->body.append(reply->readAll());
        if (state->body.size() > limit && !state->tooLarge) {
            state->tooLarge = true;
            reply->abort();
        }
    });
    // setTransferTimeout() fires only when no byte comes for that long; a body trickled a byte
    // at a time would never end without a deadline for the whole answer.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    const int callMs
        = int(std::clamp<qint64>(t.callDeadline.remainingTime(), 1, m_requestDeadlineMs));
    const int deadlineMs = withinRunDeadline(callMs);
    connect(deadline, &QTimer::timeout, reply, [reply, state, runDeadline = deadlineMs < callMs] {
        state->deadlinePassed = true;
        state->runDeadlinePassed = runDeadline;
        reply->abort();
    });
    // Precise: a coarse timer may fire up to 5 % late, 6 s on 120 s.
    deadline->setTimerType(Qt::PreciseTimer);
    deadline->start(deadlineMs);
    connect(reply, &QNetworkReply::sslErrors, this,
        [this, reply, sslErrors, peer](const QList<QSslError> &e) {
            if (m_access.insecureSkipTlsVerify) {
                reply->ignoreSslErrors(); // the kubeconfig asked for it; the warning was shown
                return;
            }
            *sslErrors = e;
            *peer = reply->sslConfiguration().peerCertificate();
        });
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, request, done = std::move(done), t, sslErrors, peer, state]() mutable {
            reply->deleteLater();
            KubeResponse r;
            r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->isOpen() && !state->tooLarge)
                state->body.append(reply->readAll());
            r.body = std::move(state->body);
            r.error = answerError(request, *state, r, reply);
            if (!r.error && (r.httpStatus < 200 || r.httpStatus >= 300)) {
                // An error answer that is no Status (a proxy's HTML page, text that is not
                // UTF-8) is still the server's word: its start, made safe, stands in for the
                // Status message.
                QJsonObject status = r.json;
                if (status.isEmpty() && !r.body.isEmpty())
                    status.insert(QStringLiteral("message"),
                        QString::fromUtf8(r.body.left(4000)).simplified());
                r.error = kubeErrorFor(request, m_access, r.httpStatus, status, reply->error(),
                    reply->errorString(), *sslErrors, *peer);
            }
            const bool idempotent = request.method != "POST";
            // A server that answers, only too slowly, is not asked again: the deadline is for
            // the whole call.
            // Nor is one asked again when the wait would end past the call's or the run's
            // deadline.
            const int wait = m_backoffMs * (1 << t.no);
            const bool timeLeft = t.callDeadline.remainingTime() > wait
                && (m_access.deadline.isForever() || m_access.deadline.remainingTime() > wait);
            if (idempotent && !state->deadlinePassed && timeLeft && retriable(r, reply->error())
                && t.no < m_retries) {
                QTimer::singleShot(
                    wait, this, [this, request, done = std::move(done), t]() mutable {
                        attempt(request, std::move(done), Try {t.no + 1, t.callDeadline});
                    });
                return;
            }
            done(r);
        });
}

std::optional<KubeError> KubeClient::answerError(const KubeRequest &request,
    const ReplyState &state, KubeResponse &r, QNetworkReply *reply) const
{
    const QString server = m_access.server.authority();
    if (state.tooLarge)
        return KubeError {KubeError::Kind::Server, r.httpStatus,
            tr("the answer of %1 to %2 is larger than %3 MiB; it was not read further")
                .arg(server, request.what)
                .arg(request.maxBodyBytes >> 20),
            QString()};
    if (state.runDeadlinePassed)
        return runDeadlineError(request);
    if (state.deadlinePassed)
        return KubeError {KubeError::Kind::Timeout, r.httpStatus,
            tr("%1 did not finish answering %2 within %3 s")
                .arg(server, request.what)
                .arg(m_requestDeadlineMs / 1000),
            QString()};
    if (r.httpStatus >= 300 && r.httpStatus < 400) {
        // Redirects are not followed (a token must not travel to another host), as kubectl
        // does not follow them either; say where it pointed instead of "Unknown error".
        const QUrl to = reply->header(QNetworkRequest::LocationHeader).toUrl();
        return KubeError {KubeError::Kind::Server, r.httpStatus,
            tr("%1 answered %2 with a redirect (HTTP %3) to %4, which is not followed: check "
               "the server address of cluster \"%5\" in %6")
                .arg(server, request.what)
                .arg(r.httpStatus)
                .arg(safeText(to.isEmpty() ? tr("(no address)") : to.toString(), 300),
                    m_access.clusterName, m_access.source),
            QString()};
    }
    const bool success = r.httpStatus >= 200 && r.httpStatus < 300;
    // A 2xx whose body ended early (Content-Length not reached, chunked end not seen) is
    // reported by Qt as a network error on a reply that still has its status: half a list is
    // not a list.
    if (success && reply->error() != QNetworkReply::NoError)
        return KubeError {KubeError::Kind::Unreachable, r.httpStatus,
            tr("the answer of %1 to %2 was cut off after %3 bytes")
                .arg(server, request.what)
                .arg(r.body.size()),
            reply->errorString()};
    QJsonParseError parse {};
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parse);
    r.json = doc.object(); // also the Status of an error answer to a plain-text request
    if (success && request.expectJson && !doc.isObject())
        return KubeError {KubeError::Kind::Server, r.httpStatus,
            tr("the answer of %1 to %2 is not a JSON object (%3 at byte %4)")
                .arg(server, request.what,
                    doc.isNull() ? parse.errorString() : tr("a JSON array or value"))
                .arg(doc.isNull() ? parse.offset : 0),
            QString()};
    return std::nullopt;
}

KubeResponse KubeClient::sendAndWait(const KubeRequest &request)
{
    KubeResponse result;
    QEventLoop loop;
    bool finished = false;
    send(request, [&](const KubeResponse &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

} // namespace tkeci
