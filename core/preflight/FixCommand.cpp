#include "FixCommand.h"

#include <QCoreApplication>

#include <algorithm>

namespace tkeci {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(tkeci::FixCommand)
};

// The busy ports come as "9876/tcp (sshd), 8472/udp": one `ss` per port shows its process.
QString busyPortCommands(const QString &busy)
{
    QStringList lines;
    for (const QString &item : busy.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
        const QString portProto = item.section(u' ', 0, 0);
        bool ok = false;
        const int port = portProto.section(u'/', 0, 0).toInt(&ok);
        const QString proto = portProto.section(u'/', 1, 1);
        if (!ok || port <= 0 || port > 65535 || (proto != u"tcp" && proto != u"udp"))
            continue;
        lines.append(QStringLiteral("ss -%1 'sport = :%2'")
                         .arg(proto == u"tcp" ? QStringLiteral("ltnp") : QStringLiteral("lunp"))
                         .arg(port));
    }
    return lines.join(u'\n');
}

// Options are names like CONFIG_BPF_JIT; anything else is not put into a command line.
QStringList kernelOptions(const QString &list)
{
    QStringList out;
    for (const QString &option : list.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
        const bool name = option.startsWith(QStringLiteral("CONFIG_"))
            && std::all_of(option.cbegin(), option.cend(),
                [](QChar c) { return c.isUpper() || c.isDigit() || c == u'_'; });
        if (name)
            out.append(option);
    }
    return out;
}

QString kernelConfigCommand(const CheckResult &r)
{
    const QStringList options = kernelOptions(r.args.value(0));
    if (options.isEmpty())
        return {};
    const QString source = r.args.value(1);
    const bool gz = source.endsWith(QStringLiteral(".gz"));
    // No command turns an option on: the node needs a kernel built with it. The comment says
    // which; the grep shows what the running kernel has.
    return QStringLiteral("# %1\n%2 -E '^(%3)=' %4")
        .arg(Text::tr("This kernel lacks %1; install a kernel built with them (=y or =m).")
                 .arg(options.join(QStringLiteral(", "))),
            gz ? QStringLiteral("zgrep") : QStringLiteral("grep"), options.join(u'|'),
            gz ? QStringLiteral("/proc/config.gz") : QStringLiteral("/boot/config-$(uname -r)"));
}

} // namespace

QString fixCommand(const CheckResult &r)
{
    using C = CheckResult::Code;
    switch (r.code) {
    case C::IpForwardOff:
        return QStringLiteral("sysctl -w net.ipv4.ip_forward=1");
    case C::BpffsNotMounted:
        // Mounted as something else: mounting over it is the operator's call, not a fix.
        return r.args.value(0).isEmpty() ? QStringLiteral("mount bpffs /sys/fs/bpf -t bpf")
                                         : QString();
    case C::PortsBusy:
        return busyPortCommands(r.args.value(0));
    case C::KernelConfigMissing:
        return kernelConfigCommand(r);
    default:
        return {};
    }
}

} // namespace tkeci
