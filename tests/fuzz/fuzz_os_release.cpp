// libFuzzer target: /etc/os-release as a node sends it: parseOsRelease() and the os check
// that judges it.
#include "preflight/NodeChecks.h"
#include "preflight/OsRelease.h"

#include <QByteArray>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)tkeci::parseOsRelease(QString::fromUtf8(input));
    const QHash<QString, QByteArray> sections {{QStringLiteral("os-release"), input}};
    tkeci::NodeCheckContext context;
    context.node = QStringLiteral("198.18.0.2");
    const tkeci::CheckResult r = tkeci::checkOs(context, sections);
    (void)tkeci::checkMessage(r);
    return 0;
}
