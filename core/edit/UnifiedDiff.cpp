// The Review page's diff: the edit script from dtl (the Diff Template Library, Debian's
// libdtl-dev), printed as `diff -u` prints it.
//
// dtl's own hunk printer (composeUnifiedHunks) is not used: it cuts a hunk after 3 common lines
// where diff(1) joins changes up to 2 x 3 lines apart, it can give a hunk 4 lines of trailing
// context, and it writes "-5,1" where diff(1) writes "-5". The grouping below is diff(1)'s;
// tests/ui/tst_unifieddiff.cpp compares the result with `diff -u` on edited golden files.
#include "ManifestEdits.h"

#include <dtl/dtl.hpp>

#include <string>
#include <vector>

namespace tkeci {
namespace {

constexpr qsizetype kContext = 3;

/// The lines of `text`; a last line without its newline carries diff(1)'s marker, so that it
/// differs from the same line with one and prints as diff(1) prints it.
std::vector<std::string> linesOf(const QByteArray &text)
{
    std::vector<std::string> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype end = text.indexOf('\n', start);
        if (end < 0) {
            lines.push_back(text.mid(start).toStdString() + "\n\\ No newline at end of file");
            break;
        }
        lines.push_back(text.mid(start, end - start).toStdString());
        start = end + 1;
    }
    return lines;
}

struct Op
{
    char sign; // ' ', '-' or '+'
    std::string line;
};

/// dtl's shortest edit script, each run of changes with its removals first, as diff(1) shows.
std::vector<Op> editScript(const std::vector<std::string> &a, const std::vector<std::string> &b)
{
    dtl::Diff<std::string> diff(a, b);
    diff.compose();
    std::vector<Op> ops;
    std::vector<Op> added;
    for (const auto &[line, info] : diff.getSes().getSequence()) {
        switch (info.type) {
        case dtl::SES_DELETE:
            ops.push_back({'-', line});
            break;
        case dtl::SES_ADD:
            added.push_back({'+', line});
            break;
        default:
            ops.insert(ops.end(), added.begin(), added.end());
            added.clear();
            ops.push_back({' ', line});
        }
    }
    ops.insert(ops.end(), added.begin(), added.end());
    return ops;
}

/// diff(1)'s range: "start,count", "start" for one line, "line before,0" for none.
QString range(qsizetype firstIndex, qsizetype count)
{
    if (count == 1)
        return QString::number(firstIndex + 1);
    return QStringLiteral("%1,%2").arg(count == 0 ? firstIndex : firstIndex + 1).arg(count);
}

} // namespace

QString unifiedDiff(const QByteArray &before, const QByteArray &after, const QString &beforeLabel,
    const QString &afterLabel)
{
    if (before == after)
        return {};
    const std::vector<std::string> a = linesOf(before);
    const std::vector<std::string> b = linesOf(after);
    const std::vector<Op> ops = editScript(a, b);
    const auto size = qsizetype(ops.size());

    // Line numbers in a and b before each op.
    std::vector<qsizetype> lineA(ops.size() + 1), lineB(ops.size() + 1);
    for (qsizetype i = 0; i < size; ++i) {
        lineA[size_t(i + 1)] = lineA[size_t(i)] + (ops[size_t(i)].sign != '+');
        lineB[size_t(i + 1)] = lineB[size_t(i)] + (ops[size_t(i)].sign != '-');
    }
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(beforeLabel, afterLabel);
    qsizetype i = 0;
    while (i < size) {
        while (i < size && ops[size_t(i)].sign == ' ')
            ++i;
        if (i == size)
            break;
        // A hunk: changes whose gaps are at most 2 x context common lines, plus the context.
        qsizetype last = i;
        for (qsizetype j = i + 1; j < size && j - last - 1 <= 2 * kContext; ++j) {
            if (ops[size_t(j)].sign != ' ')
                last = j;
        }
        const qsizetype from = std::max<qsizetype>(0, i - kContext);
        const qsizetype to = std::min(size, last + kContext + 1);
        out += QStringLiteral("@@ -%1 +%2 @@\n")
                   .arg(range(lineA[size_t(from)], lineA[size_t(to)] - lineA[size_t(from)]),
                       range(lineB[size_t(from)], lineB[size_t(to)] - lineB[size_t(from)]));
        for (qsizetype k = from; k < to; ++k)
            out += QChar::fromLatin1(ops[size_t(k)].sign)
                + QString::fromStdString(ops[size_t(k)].line) + u'\n';
        i = to;
    }
    return out;
}

} // namespace tkeci
