// libFuzzer target: `ss -ltnup` output as a node sends it (parseListeningSockets).
#include "preflight/PortUsage.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const tkeci::ListeningSocket &s : tkeci::parseListeningSockets(input)) {
        if (s.protocol != QLatin1String("tcp") && s.protocol != QLatin1String("udp"))
            std::abort();
    }
    return 0;
}
