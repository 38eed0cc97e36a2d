#pragma once

#include "yaml/YamlNode.h"

#include <QJsonValue>

namespace tkeci {

/// The JSON value a YAML reader sees, as kube-apiserver converts YAML to JSON: quoted
/// scalars are strings; plain ones resolve by the YAML core schema (null, true/false,
/// integers, floats, else strings). Map key order is kept by QJsonObject's own ordering
/// (sorted), which the API does not care about.
QJsonValue yamlToJson(const YamlNode &node);

/// The JSON text of one manifest document, as sent in an apply patch (JSON is YAML, and it is
/// what kubectl sends with application/apply-patch+yaml too).
QByteArray yamlToJsonText(const YamlNode &document);

/// The other way: a JSON value (an object as the API server returns it) as a YAML node, keys
/// in QJsonObject's (sorted) order, whole numbers without a fraction, strings as strings.
YamlNode jsonToYaml(const QJsonValue &value);

} // namespace tkeci
