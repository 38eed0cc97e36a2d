#pragma once

#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QValidator>

namespace tkeci {

/// A validator for a whole number between `min` and `max` in a line edit (or nothing): the
/// field cannot hold a value outside the range, a leading zero or anything but ASCII digits.
/// Refusing a keystroke in silence reads as a broken keyboard (70000 turning into 7000), so a
/// number refused for its size is announced through refused(), for the page to say why next to the
/// field.
class NumberValidator : public QValidator
{
    Q_OBJECT
public:
    NumberValidator(qint64 min, qint64 max, QObject *parent = nullptr);
    State validate(QString &input, int &pos) const override;
    qint64 minimum() const { return m_min; }
    qint64 maximum() const { return m_max; }

Q_SIGNALS:
    /// `value` was typed or pasted and refused because it lies outside the range.
    void refused(const QString &value) const;

private:
    qint64 m_min;
    qint64 m_max;
};

/// A spin box that says why it refused a number out of its range (QSpinBox drops the
/// keystroke without a word).
class GuardedSpinBox : public QSpinBox
{
    Q_OBJECT
public:
    using QSpinBox::QSpinBox;

Q_SIGNALS:
    void refused(const QString &value) const;

protected:
    QValidator::State validate(QString &input, int &pos) const override;
};

/// Edits a table cell as a whole number between `min` and `max` (a NumberValidator line edit);
/// a refused number is announced with the cell it was typed into.
class NumberDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    NumberDelegate(qint64 min, qint64 max, QObject *parent = nullptr);
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    qint64 minimum() const { return m_min; }
    qint64 maximum() const { return m_max; }

Q_SIGNALS:
    void refused(const QModelIndex &index, const QString &value) const;

private:
    qint64 m_min;
    qint64 m_max;
};

} // namespace tkeci
