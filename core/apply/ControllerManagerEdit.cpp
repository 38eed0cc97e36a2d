#include "apply/ControllerManagerEdit.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tkeci {
QStringList overlayControllerManagerFlags()
{
    return {QStringLiteral("--allocate-node-cidrs=false"),
        QStringLiteral("--configure-cloud-routes=false")};
}

ControllerManagerEdit planControllerManagerEdit(
    const QByteArray &manifest, const QStringList &flags)
{
    ControllerManagerEdit edit;
    edit.original = manifest;
    QStringList lines = QString::fromUtf8(manifest).split(u'\n');
    // "    - kube-controller-manager" (the command) and "    - --flag=value" items after it.
    static const QRegularExpression command(
        QStringLiteral(R"(^(\s*)-\s+kube-controller-manager\s*$)"));
    qsizetype commandLine = -1;
    QString indent;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto m = command.match(lines[i]);
        if (m.hasMatch()) {
            if (commandLine >= 0) {
                edit.error = QCoreApplication::translate("tkeci::ControllerManagerEdit",
                    "the manifest names kube-controller-manager twice; edit it by hand");
                return edit;
            }
            commandLine = i;
            indent = m.captured(1);
        }
    }
    if (commandLine < 0) {
        edit.error = QCoreApplication::translate("tkeci::ControllerManagerEdit",
            "no \"- kube-controller-manager\" command line found; this does not look "
            "like kube-controller-manager's static pod manifest");
        return edit;
    }
    qsizetype insertAt = commandLine + 1;
    for (const QString &flag : flags) {
        const QString name = flag.section(u'=', 0, 0);
        const QRegularExpression item(
            QStringLiteral(R"(^(\s*-\s+)%1(=.*)?\s*$)").arg(QRegularExpression::escape(name)));
        bool found = false;
        for (qsizetype i = commandLine + 1; i < lines.size(); ++i) {
            const auto m = item.match(lines[i]);
            if (!m.hasMatch())
                continue;
            found = true;
            const QString wanted = m.captured(1) + flag;
            if (lines[i] != wanted) {
                edit.diff.append(u'-' + lines[i]);
                edit.diff.append(u'+' + wanted);
                lines[i] = wanted;
            }
        }
        if (!found) {
            const QString added = indent + QStringLiteral("- ") + flag;
            lines.insert(insertAt++, added);
            edit.diff.append(u'+' + added);
        }
    }
    edit.changed = !edit.diff.isEmpty();
    edit.edited = lines.join(u'\n').toUtf8();
    return edit;
}

} // namespace tkeci
