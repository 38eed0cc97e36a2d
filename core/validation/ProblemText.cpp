// Sentences for validation problems. Kept apart from the checks so that each text exists once
// and is re-made in the current language whenever it is shown.
#include "Problem.h"

#include "FieldLabels.h"

#include <QCoreApplication>

namespace tkeci {
namespace {

QString arg(const Problem &p, int i)
{
    return i < p.args.size() ? p.args.at(i) : QString();
}

// An argument that is itself a field path, named the way the rest of the message names fields.
QString fieldArg(const Problem &p, int i, FieldNames names)
{
    return names == FieldNames::PageLabels ? fieldLabel(arg(p, i)) : arg(p, i);
}

} // namespace

QStringList controlCharacterArgs(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
            return {QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper(),
                QString::number(i + 1)};
    }
    return {};
}

QString problemMessage(const Problem &p, FieldNames names)
{
    using C = Problem::Code;
    switch (p.code) {
    case C::YamlError:
        return arg(p, 0);
    case C::NotAMap:
        return QCoreApplication::translate("tkeci::Problem",
            "the profile must be a YAML map of settings (version, target, cni, ...), not a "
            "list or a single "
            "value");
    case C::UnknownKey:
        return QCoreApplication::translate("tkeci::Problem", "unknown key \"%1\"; allowed here: %2")
            .arg(arg(p, 0), arg(p, 1));
    case C::Missing:
        return QCoreApplication::translate("tkeci::Problem", "is required");
    case C::RequiredWhen:
        return QCoreApplication::translate("tkeci::Problem", "is required when %1 is %2")
            .arg(fieldArg(p, 0, names),
                names == FieldNames::PageLabels ? fieldValueLabel(arg(p, 0), arg(p, 1))
                                                : arg(p, 1));
    case C::WrongType: {
        const QString expected = arg(p, 0);
        QString what;
        if (expected == QLatin1String("map"))
            what = QCoreApplication::translate(
                "tkeci::Problem", "a map of keys and values", "expected YAML type");
        else if (expected == QLatin1String("list"))
            what = QCoreApplication::translate("tkeci::Problem", "a list", "expected YAML type");
        else if (expected == QLatin1String("integer"))
            what = QCoreApplication::translate(
                "tkeci::Problem", "a whole number", "expected YAML type");
        else if (expected == QLatin1String("bool"))
            what = QCoreApplication::translate(
                "tkeci::Problem", "true or false", "expected YAML type");
        else
            what = QCoreApplication::translate(
                "tkeci::Problem", "a single text value", "expected YAML type");
        return QCoreApplication::translate("tkeci::Problem", "must be %1").arg(what);
    }
    case C::NotAllowed:
        return QCoreApplication::translate(
            "tkeci::Problem", "\"%1\" is not allowed; use one of: %2")
            .arg(arg(p, 0), arg(p, 1));
    case C::OutOfRange:
        return QCoreApplication::translate(
            "tkeci::Problem", "%1 is out of range; allowed: %2 to %3")
            .arg(arg(p, 0), arg(p, 1), arg(p, 2));
    case C::BadIPv4:
        return QCoreApplication::translate("tkeci::Problem",
            "\"%1\" is not an IPv4 address; write four numbers 0-255 separated by dots, e.g. "
            "10.0.0.16")
            .arg(arg(p, 0));
    case C::IPv6NotSupported:
        return QCoreApplication::translate(
            "tkeci::Problem", "\"%1\" is an IPv6 address; Cilium on TKEStack supports IPv4 only")
            .arg(arg(p, 0));
    case C::BadCidr:
        return QCoreApplication::translate("tkeci::Problem",
            "\"%1\" is not an IPv4 CIDR; write an address and a prefix length 1-32, e.g. "
            "10.244.0.0/16")
            .arg(arg(p, 0));
    case C::CidrHostBits:
        return QCoreApplication::translate(
            "tkeci::Problem", "\"%1\" has bits set after the prefix; did you mean %2?")
            .arg(arg(p, 0), arg(p, 1));
    case C::ControlCharacter:
        // The value itself is not repeated: a newline or an escape would garble the message.
        return QCoreApplication::translate("tkeci::Problem",
            "contains the control character %1 at position %2; names and paths are plain text")
            .arg(arg(p, 0), arg(p, 1));
    case C::UnsafeText:
        return QCoreApplication::translate(
            "tkeci::Problem", "\"%1\" contains characters that are not allowed; use only %2")
            .arg(arg(p, 0), arg(p, 1));
    case C::DuplicateAddress:
        return QCoreApplication::translate("tkeci::Problem", "%1 is already used by %2")
            .arg(arg(p, 0), fieldArg(p, 1, names));
    case C::NoMaster:
        return QCoreApplication::translate(
            "tkeci::Problem", "needs at least one node with role master");
    case C::PasswordInProfile:
        return QCoreApplication::translate("tkeci::Problem",
            "passwords are never stored in a profile; remove this key, the installer asks "
            "for the password "
            "when it connects");
    case C::UnsupportedVersion:
        return QCoreApplication::translate(
            "tkeci::Problem", "\"%1\" is not supported; supported: %2")
            .arg(arg(p, 0), arg(p, 1));
    case C::AddressInClusterCidr:
        return QCoreApplication::translate("tkeci::Problem",
            "%1 lies inside the cluster CIDR %2; pod addresses and node addresses must not overlap")
            .arg(arg(p, 0), arg(p, 1));
    case C::VipIsNodeAddress:
        return QCoreApplication::translate("tkeci::Problem",
            "the VIP %1 is also the address of %2; the VIP must be a free address")
            .arg(arg(p, 0), fieldArg(p, 1, names));
    case C::TooManyNodesForCidr:
        return QCoreApplication::translate("tkeci::Problem",
            "%1 nodes do not fit: the cluster CIDR %3 with %4 pods per node has room for %2 nodes "
            "(TKEStack keeps its last 256 addresses for the services)")
            .arg(arg(p, 0), arg(p, 1), arg(p, 2), arg(p, 3));
    case C::BadRegistry:
        return QCoreApplication::translate("tkeci::Problem",
            "\"%1\" is not a registry prefix; write a host and path such as "
            "registry.example.com:5000/tkestack")
            .arg(arg(p, 0));
    case C::Empty:
        return QCoreApplication::translate("tkeci::Problem", "must not be empty");
    case C::AgentAuthForNewCluster:
        return QCoreApplication::translate("tkeci::Problem",
            "\"agent\" cannot be used for a new cluster: TKEStack logs in to the node itself "
            "and needs a key "
            "file or a password; use auth: key or auth: password");
    }
    return {};
}

QString problemLine(const Problem &problem, FieldNames names)
{
    const QString message = problemMessage(problem, names);
    if (problem.path.isEmpty())
        return message;
    // The CLI's lines keep ASCII ": " in every language (they are grepped); a page uses the
    // language's own punctuation.
    if (names == FieldNames::ProfilePaths)
        return problem.path + QStringLiteral(": ") + message;
    return QCoreApplication::translate("tkeci::Problem", "%1: %2", "field label: problem")
        .arg(fieldLabel(problem.path), message);
}

} // namespace tkeci
