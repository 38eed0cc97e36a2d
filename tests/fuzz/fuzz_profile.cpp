// libFuzzer target: the profile loader and validator (readProfile + validatePlan), then the
// renderer for whatever the validator accepts. Any input must end in a plan or problems.
#include "profile/ProfileReader.h"
#include "profile/ProfileWriter.h"
#include "render/ManifestRenderer.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const tkeci::ProfileReadResult read = tkeci::loadProfile(input);
    for (const tkeci::Problem &p : read.problems)
        (void)tkeci::problemLine(p);
    if (read.ok()) {
        // What we accept we must be able to write back and read again unchanged.
        const tkeci::ProfileReadResult again = tkeci::loadProfile(tkeci::writeProfile(read.plan));
        if (!again.ok() || !(again.plan == read.plan))
            std::abort();
        (void)tkeci::renderManifests(read.plan);
    }
    return 0;
}
