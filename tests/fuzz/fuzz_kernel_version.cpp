// libFuzzer target: `uname -r` as a node prints it (parseKernelRelease), and the same bytes as
// a Cilium version for minimumKernelFor().
#include "preflight/KernelVersion.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const std::optional<tkeci::KernelVersion> v = tkeci::parseKernelRelease(text)) {
        if (v->major < 0 || v->minor < 0 || v->patch < 0)
            std::abort(); // digits only: never negative
        (void)v->toString();
    }
    (void)tkeci::minimumKernelFor(text).toString();
    return 0;
}
