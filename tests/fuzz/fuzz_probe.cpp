// libFuzzer target: the whole output of the preflight probe script as a node sends it back:
// splitProbeOutput() and every check's parsing and judging (evaluateProbe), then the sentence of
// each result. This is the one place the small parsers live (id/sudo, uname -m, the bpffs
// mount line, /etc/cni/net.d names, `ip -o link` lines, ip_forward, the kconfig section header
// and its base64 /proc/config.gz); the big ones also have their own targets.
#include "preflight/NodeChecks.h"
#include "preflight/ProbeScript.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QHash<QString, QByteArray> sections = tkeci::splitProbeOutput(input);
    // Both network modes and both targets: the ports and leftovers verdicts depend on them.
    const tkeci::NodeCheckContext contexts[] = {
        {QStringLiteral("198.18.0.2"), QStringLiteral("1.9.5"), true, true},
        {QStringLiteral("198.18.0.3"), QStringLiteral("1.16.0"), false, false},
    };
    for (const tkeci::NodeCheckContext &context : contexts) {
        const tkeci::CheckResults results = tkeci::evaluateProbe(context, sections);
        if (results.size() != tkeci::preflightCheckIds().size())
            std::abort(); // one row per check, whatever the node sent
        for (const tkeci::CheckResult &r : results)
            (void)tkeci::checkMessage(r);
    }
    return 0;
}
