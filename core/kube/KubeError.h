#pragma once

#include <QString>

namespace tkeci {

/// Why a call to the Kubernetes API failed. `message` is for the operator (translated, says
/// what to do about it); `detail` is the technical text (English: HTTP status, the server's
/// Status message, Qt's network error) for logs and "details" panes. Neither ever holds a
/// token, key or password.
struct KubeError
{
    enum class Kind {
        Config, // the kubeconfig cannot be used
        Credentials, // the exec plugin or token file failed
        Unreachable, // no connection (refused, DNS, route)
        Tls, // certificate verification or handshake failed
        Timeout,
        Unauthorized, // 401
        Forbidden, // 403
        NotFound, // 404
        Conflict, // 409: field manager conflict or AlreadyExists
        Invalid, // 422 (and 400 bad request)
        Server, // 5xx and anything else
    };
    Kind kind = Kind::Server;
    int httpStatus = 0; // 0 when no HTTP answer came
    QString message;
    QString detail;
};

} // namespace tkeci
