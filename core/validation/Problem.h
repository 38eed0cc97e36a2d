#pragma once

#include "FieldLabels.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tkeci {

/// One thing wrong with a profile or plan, tied to a field path (`cilium.underlay.asn`,
/// `nodes[1].ip`; empty for the file as a whole). The sentence is not stored: it is made by
/// problemMessage() in the current language, so a language switch re-translates it.
struct Problem
{
    enum class Code {
        YamlError, // args: description
        NotAMap, // the file's top level is not a map
        UnknownKey, // args: key, allowed keys
        Missing,
        RequiredWhen, // args: other field path, its value
        WrongType, // args: expected (map | list | text | whole number | true/false)
        NotAllowed, // args: value, allowed values
        OutOfRange, // args: value, min, max
        BadIPv4, // args: value
        IPv6NotSupported, // args: value
        BadCidr, // args: value
        CidrHostBits, // args: value, network
        UnsafeText, // args: value, allowed characters
        DuplicateAddress, // args: value, other path
        NoMaster,
        PasswordInProfile,
        UnsupportedVersion, // args: value, supported
        AddressInClusterCidr, // args: value, cidr
        VipIsNodeAddress, // args: value, node path
        TooManyNodesForCidr, // args: nodes, capacity, cidr, maxNodePodNum
        BadRegistry, // args: value
        Empty,
        AgentAuthForNewCluster, // TKEStack needs key material or a password to join a node
        ControlCharacter, // args: the character as U+XXXX, its position (from 1)
    };

    QString path;
    Code code = Code::YamlError;
    QStringList args;

    bool operator==(const Problem &) const = default;
};

using Problems = QList<Problem>;

/// An OutOfRange problem: `value` (as typed or read) outside `min` .. `max`.
inline Problem outOfRange(const QString &path, const QString &value, qint64 min, qint64 max)
{
    return Problem {
        path, Problem::Code::OutOfRange, {value, QString::number(min), QString::number(max)}};
}

/// A path into the node list split at its row: `nodes[3].port` is {3, ".port"}, `nodes[3]` is
/// {3, ""}; any other path (`nodes` itself too) is none.
struct NodeRowPath
{
    int row = 0;
    QString rest;
};
std::optional<NodeRowPath> splitNodePath(const QString &path);

/// The first control character of `text` (C0, DEL or C1: NUL, newline, escape ...) as the
/// args of a ControlCharacter problem; empty when there is none.
QStringList controlCharacterArgs(const QString &text);

/// The sentence for a problem, without its path, in the current language. Other fields it
/// mentions are named by profile path (the CLI, the profile file) or by page label (the
/// wizard): one sentence per fact either way.
QString problemMessage(const Problem &problem, FieldNames names = FieldNames::ProfilePaths);
/// "field: sentence" (or the sentence alone for a file-level problem): `nodes[0].ip: ...` as
/// the CLI prints it, "Row 1, Address: ..." on a page.
QString problemLine(const Problem &problem, FieldNames names = FieldNames::ProfilePaths);

} // namespace tkeci
