#include "ProbeScript.h"

#include "preflight/KernelConfig.h"

#include <QList>

namespace tkeci {
namespace {

constexpr QByteArrayView kMarker = "@@tkeci:";

QByteArray buildScript()
{
    // The kernel options are filtered on the node so that only a few lines travel back;
    // /proc/config.gz travels base64'd and is gunzipped on the workstation (no zcat needed).
    QByteArray optionPattern;
    for (const QString &option : requiredKernelOptions())
        optionPattern += (optionPattern.isEmpty() ? "" : "|") + option.toLatin1();
    QByteArray s;
    s += "export LC_ALL=C\n"
         "m() { printf '\\n@@tkeci:%s\\n' \"$1\"; }\n"
         "m uname-r; uname -r\n"
         "m uname-m; uname -m\n"
         "m id; id -un; id -u\n"
         "m sudo; if [ \"$(id -u)\" != 0 ]; then if sudo -n true >/dev/null 2>&1; then echo "
         "yes; else echo no; fi; fi\n"
         "m os-release; cat /etc/os-release 2>/dev/null\n"
         "m kconfig; r=$(uname -r)\n"
         "if [ -r \"/boot/config-$r\" ]; then echo \"source /boot/config-$r\";"
         " grep -E '^(# )?(";
    s += optionPattern;
    s += ")[= ]' \"/boot/config-$r\"\n"
         "elif [ -r /proc/config.gz ]; then echo 'source /proc/config.gz'; m kconfig-gz;"
         " base64 /proc/config.gz\n"
         "else echo 'source none'; fi\n"
         "m ss; if command -v ss >/dev/null 2>&1; then ss -ltnup 2>/dev/null; else echo "
         "'@@no-ss'; fi\n"
         "m bpffs; grep ' /sys/fs/bpf ' /proc/mounts\n"
         "m cni-files; ls -A /etc/cni/net.d 2>/dev/null\n"
         "m links; ip -o link show 2>/dev/null || ls /sys/class/net\n"
         "m addr4; ip -o -4 addr show 2>/dev/null\n"
         "m ip_forward; cat /proc/sys/net/ipv4/ip_forward\n"
         "m end\n";
    return s;
}

} // namespace

const char *probeScript()
{
    static const QByteArray script = buildScript();
    return script.constData();
}

QHash<QString, QByteArray> splitProbeOutput(const QByteArray &output)
{
    QHash<QString, QByteArray> sections;
    QString current;
    QByteArray body;
    bool inSection = false;
    const auto flush = [&] {
        if (inSection)
            sections.insert(current, body.trimmed());
    };
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith(kMarker)) {
            flush();
            current = QString::fromLatin1(line.mid(kMarker.size()).trimmed());
            body.clear();
            inSection = true;
            continue;
        }
        if (inSection) {
            body += line;
            body += '\n';
        }
    }
    flush();
    return sections;
}

} // namespace tkeci
