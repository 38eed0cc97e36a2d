#include "TcpDiagnosis.h"

#include <QByteArray>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>

namespace tkeci::ssh {
namespace {

struct AddrInfoDeleter
{
    void operator()(addrinfo *a) const { freeaddrinfo(a); }
};

struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

QString diagnoseTcpConnect(const QString &host, int port, QDeadlineTimer deadline)
{
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICSERV;
    addrinfo *raw = nullptr;
    const QByteArray service = QByteArray::number(port);
    if (const int rc = getaddrinfo(host.toUtf8().constData(), service.constData(), &hints, &raw);
        rc != 0)
        return QString::fromLocal8Bit(gai_strerror(rc));
    const std::unique_ptr<addrinfo, AddrInfoDeleter> addresses(raw);
    Fd s {::socket(raw->ai_family, raw->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, 0)};
    if (s.fd < 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    if (::connect(s.fd, raw->ai_addr, raw->ai_addrlen) == 0)
        return {};
    if (errno != EINPROGRESS)
        return QString::fromLocal8Bit(std::strerror(errno));
    pollfd p {s.fd, POLLOUT, 0};
    const int ready = ::poll(&p, 1, int(qMax<qint64>(0, deadline.remainingTime())));
    if (ready == 0)
        return QStringLiteral("no answer to the TCP connection");
    int error = 0;
    socklen_t len = sizeof error;
    if (ready < 0 || ::getsockopt(s.fd, SOL_SOCKET, SO_ERROR, &error, &len) != 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    return error == 0 ? QString() : QString::fromLocal8Bit(std::strerror(error));
}

} // namespace tkeci::ssh
