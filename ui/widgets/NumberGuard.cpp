#include "NumberGuard.h"

#include <QLineEdit>
#include <QPersistentModelIndex>

#include <algorithm>

namespace tkeci {
namespace {

bool allDigits(const QString &text)
{
    return !text.isEmpty()
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

NumberValidator::NumberValidator(qint64 min, qint64 max, QObject *parent)
    : QValidator(parent)
    , m_min(min)
    , m_max(max)
{ }

QValidator::State NumberValidator::validate(QString &input, int &) const
{
    // Empty is a value: "not given" (the plan's rules say whether that is allowed); a table
    // cell must be able to commit it to clear an override.
    if (input.isEmpty())
        return Acceptable;
    if (!allDigits(input))
        return Invalid;
    // More digits than the maximum has cannot come back into range; toLongLong() would also
    // overflow on them.
    bool ok = false;
    const qint64 value = input.size() <= 18 ? input.toLongLong(&ok) : 0;
    if (!ok || value > m_max || (input.startsWith(u'0') && (input.size() > 1 || m_min > 0))) {
        Q_EMIT refused(input);
        return Invalid;
    }
    return value < m_min ? Intermediate : Acceptable;
}

QValidator::State GuardedSpinBox::validate(QString &input, int &pos) const
{
    const QValidator::State state = QSpinBox::validate(input, pos);
    if (state == QValidator::Invalid) {
        QString number = input;
        if (number.startsWith(prefix()))
            number.remove(0, prefix().size());
        if (!suffix().isEmpty() && number.endsWith(suffix()))
            number.chop(suffix().size());
        number = number.trimmed();
        if (allDigits(number))
            Q_EMIT refused(number);
    }
    return state;
}

NumberDelegate::NumberDelegate(qint64 min, qint64 max, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_min(min)
    , m_max(max)
{ }

QWidget *NumberDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *editor = new QLineEdit(parent);
    auto *validator = new NumberValidator(m_min, m_max, editor);
    editor->setValidator(validator);
    const QPersistentModelIndex cell(index);
    connect(validator, &NumberValidator::refused, this,
        [this, cell](const QString &value) { Q_EMIT refused(cell, value); });
    return editor;
}

} // namespace tkeci
