#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace tkeci {

/// Edits a cell with a combo box. Items are (shown text, stored value); texts come from a
/// function so that they follow a language switch.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using Choices = std::function<QList<std::pair<QString, QString>>()>;
    explicit ChoiceDelegate(Choices choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    Choices m_choices;
};

} // namespace tkeci
