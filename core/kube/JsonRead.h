#pragma once

#include "kube/KubeError.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace tkeci {

/// Where a JSON answer first differs from the shape a step expects: the JSON path
/// (".items[3].metadata.name"), what was expected there and what was found (both translated).
struct JsonShapeError
{
    QString path;
    QString expected;
    QString found;
};

/// A value read from an answer together with the first shape mismatch met on the way.
template<typename T> struct Shaped
{
    T value {};
    std::optional<JsonShapeError> error;
    bool ok() const { return !error.has_value(); }
};

/// Whether a field must be there. Kubernetes omits empty optional fields (and a null is its
/// zero value, as Go's decoder reads it); a required one missing is a mismatch.
enum class Presence { Optional, Required };

/// A strict, typed read of a JSON document, field by field, as client-go decodes an answer
/// into its Go type: a field of the wrong type is a mismatch, never a silent default. A
/// JsonRead is one position in the document; positions reached from the same root share one
/// record of the first mismatch, so a reader may read on and check ok() once at the end. After
/// a mismatch the reads still return defaults (empty, 0, false), which the step must not use.
class JsonRead
{
public:
    explicit JsonRead(const QJsonValue &root, const QString &path = QString());

    /// The member `key` of this object (absent or null is fine here; a value that is not an
    /// object is a mismatch at this position).
    JsonRead operator[](const QString &key) const;
    /// Reads of this position; Optional: absent or null gives the default.
    QString string(Presence presence = Presence::Optional) const;
    qint64 integer(Presence presence = Presence::Optional, qint64 fallback = 0) const;
    bool boolean(Presence presence = Presence::Optional) const;
    /// The elements of an array, each with its path ("[i]").
    QList<JsonRead> elements(Presence presence = Presence::Optional) const;
    /// An array whose every element is a string.
    QStringList strings(Presence presence = Presence::Optional) const;
    /// An object whose every member is a string (labels, annotations, ConfigMap data).
    QHash<QString, QString> stringMap(Presence presence = Presence::Optional) const;
    /// An object (its members not read); a mismatch if it is another type or, when Required,
    /// absent.
    bool object(Presence presence = Presence::Optional) const;

    bool present() const;
    const QJsonValue &value() const { return m_value; }
    const QString &path() const { return m_path; }
    bool ok() const { return !m_first->has_value(); }
    const std::optional<JsonShapeError> &error() const { return *m_first; }
    /// Records a mismatch the reader found itself (a value out of range, an unknown kind).
    void fail(const QString &expected) const;

private:
    JsonRead(const QJsonValue &value, const QString &path,
        std::shared_ptr<std::optional<JsonShapeError>> first);
    /// `expected` is a QT_TRANSLATE_NOOP text of context tkeci::JsonRead.
    bool expect(bool typeOk, Presence presence, const char *expected) const;

    QJsonValue m_value;
    QString m_path;
    std::shared_ptr<std::optional<JsonShapeError>> m_first;
};

/// How a JSON value looks, for messages ("a string \"nope\"", "a number", "nothing").
QString describeJsonValue(const QJsonValue &value);

/// The error for an answer of the wrong shape: it stops the step as a server error (HTTP 500)
/// would. The message starts with the JSON path, names the request (`what`) and the server.
KubeError jsonShapeError(
    const JsonShapeError &shape, const QString &server, const QString &what, int httpStatus);

} // namespace tkeci
