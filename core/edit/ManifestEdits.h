#pragma once

#include "render/ManifestSet.h"
#include "validation/Problem.h"

#include <QHash>

namespace tkeci {

/// Why an edited manifest file may not be applied. The sentence is made by editIssueMessage()
/// in the current language, so it re-translates after a language switch.
struct EditIssue
{
    enum class Code {
        Invalid, // `problem` says what (YAML syntax, a document without kind or name, ...)
        ObjectChanged, // args: generated "Kind/name", edited "Kind/name"
        ObjectCountChanged, // args: generated count, edited count
    };
    QString fileName;
    Code code = Code::Invalid;
    int line = 0; // 1-based line of a YAML syntax error; 0 when not tied to a line
    Problem problem; // for Code::Invalid
    QStringList args;
};

QString editIssueMessage(const EditIssue &issue);

/// The manifests as generated from the plan plus the operator's edits on top. Edits survive a
/// re-render (they are the operator's work) and are re-judged against the new generated text:
/// an edit must still parse, still be Kubernetes objects, and keep every object's kind and
/// name, so that what is applied is what the plan and the review page said it would be.
class ManifestEdits
{
public:
    void setGenerated(const ManifestSet &generated);
    const ManifestSet &generated() const { return m_generated; }

    /// The text the operator sees for a file: the edit if any, else the generated text.
    QByteArray text(const QString &name) const;
    /// Stores an edit; setting the generated text back removes the edit.
    void setText(const QString &name, const QByteArray &yaml);
    bool isEdited(const QString &name) const { return m_edits.contains(name); }
    QStringList editedFiles() const;
    void reset(const QString &name)
    {
        m_edits.remove(name);
        m_editBase.remove(name);
    }
    void resetAll()
    {
        m_edits.clear();
        m_editBase.clear();
    }
    /// The edit was made on a generated text that has changed since (the operator went back
    /// and changed an answer): the edit still applies, but may carry old values.
    bool isStale(const QString &name) const;
    /// textDigest() of the generated text the edit was made on; empty when not edited.
    QByteArray editBase(const QString &name) const { return m_editBase.value(name); }
    /// Puts back an edit kept from an earlier session, made on a generated text whose digest
    /// was `baseDigest` (so isStale() holds if the generated text differs now). Ignored for a
    /// file that is not generated; the text is judged like any edit (issues()).
    void restore(const QString &name, const QByteArray &yaml, const QByteArray &baseDigest);

    /// Problems of one file as it is now (none for an unedited generated file).
    QList<EditIssue> issues(const QString &name) const;
    QList<EditIssue> allIssues() const;
    bool canApply() const { return allIssues().isEmpty(); }

    /// The set to export or apply: edited texts in place, images re-collected.
    ManifestSet effective() const;

private:
    ManifestSet m_generated;
    QHash<QString, QByteArray> m_edits;
    // textDigest() of the generated text each edit was made on: a digest, not the text, so
    // that an edit restored from a saved profile carries its base too.
    QHash<QString, QByteArray> m_editBase;
};

/// Judges edited text against the generated text of the same file (see ManifestEdits).
QList<EditIssue> judgeEdit(
    const QString &fileName, const QByteArray &generated, const QByteArray &edited);

/// A unified line diff ("--- generated", "+++ edited", "@@" hunks with 3 lines of context);
/// empty when the texts are equal.
QString unifiedDiff(const QByteArray &before, const QByteArray &after,
    const QString &beforeLabel = QStringLiteral("generated"),
    const QString &afterLabel = QStringLiteral("edited"));

} // namespace tkeci
