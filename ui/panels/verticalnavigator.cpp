#include "verticalnavigator.h"

#include "commands/workspacecommands.h"
#include "document/workspacedocument.h"
#include "items/itemroles.h"
#include "items/verticallistmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace Gtm {

namespace {

/**
 * Sorts scores high to low with missing scores last; names A–Z. The current vertical always
 * passes the filter: renaming it must not make it vanish from under the user's keystrokes.
 */
class VerticalSortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void keep(VerticalId vertical) { m_keep = vertical; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (m_keep && index.data(VerticalListModel::VerticalIdRole).toLongLong() == m_keep)
            return true;
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (sortRole() == VerticalListModel::ReadinessRole
            || sortRole() == VerticalListModel::RiskRole) {
            const double a = left.data(sortRole()).toDouble();
            const double b = right.data(sortRole()).toDouble();
            if (std::isnan(a) != std::isnan(b))
                return std::isnan(b); // scored before unscored
            return a > b; // high scores first
        }
        if (sortRole() == Qt::DisplayRole)
            return left.data().toString().localeAwareCompare(right.data().toString()) < 0;
        return left.data(sortRole()).toInt() < right.data(sortRole()).toInt();
    }

private:
    VerticalId m_keep = 0;
};

/** Draws "provisional" at the right of a vertical whose scores rest on too little data (the
 *  model already sets its name in italics and says why in the tooltip). */
class ProvisionalDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        if (!index.data(ItemRoles::Provisional).toBool()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString tag = VerticalNavigator::tr("provisional");
        QFont tagFont = opt.font;
        tagFont.setPointSizeF(tagFont.pointSizeF() * 0.9);
        const int tagWidth = QFontMetrics(tagFont).horizontalAdvance(tag) + 12;
        // The name gets what the mark leaves, elided, so the mark is never covered.
        opt.text = opt.fontMetrics.elidedText(opt.text, Qt::ElideRight,
                                              std::max(0, opt.rect.width() - tagWidth - 8));
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        painter->save();
        painter->setFont(tagFont);
        const bool selected = opt.state & QStyle::State_Selected;
        painter->setPen(
            opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(opt.rect.adjusted(0, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, tag);
        painter->restore();
    }
};

} // namespace

VerticalNavigator::VerticalNavigator(WorkspaceDocument *document, ScoreBoard *scores,
                                     QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new VerticalListModel(document, scores, this))
    , m_proxy(new VerticalSortProxy(this))
    , m_filter(new QLineEdit)
    , m_sort(new QComboBox)
    , m_view(new QListView)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    m_filter->setPlaceholderText(tr("Filter verticals"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter verticals"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Typing a filter is a fresh look: the current vertical need not stay unless it matches.
        static_cast<VerticalSortProxy *>(m_proxy)->keep(0);
        m_proxy->setFilterFixedString(text);
        static_cast<VerticalSortProxy *>(m_proxy)->keep(m_current);
        updateDragAndDrop();
    });

    m_sort->addItem(tr("Workspace order"), WorkspaceOrder);
    m_sort->addItem(tr("Name"), ByName);
    m_sort->addItem(tr("Readiness, highest first"), ByReadiness);
    m_sort->addItem(tr("Risk, highest first"), ByRisk);
    m_sort->setAccessibleName(tr("Sort verticals"));
    connect(m_sort, &QComboBox::activated, this,
            [this](int position) { setSort(Sort(m_sort->itemData(position).toInt())); });

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Verticals"));
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragDropOverwriteMode(false);
    m_view->setUniformItemSizes(true);
    m_view->setItemDelegate(new ProvisionalDelegate(m_view));
    connect(m_model, &VerticalListModel::editRejected, this, &VerticalNavigator::message);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const VerticalId id = current.data(VerticalListModel::VerticalIdRole).toLongLong();
                if (id == m_current)
                    return;
                m_current = id;
                static_cast<VerticalSortProxy *>(m_proxy)->keep(id);
                emit currentChanged(id);
            });
    // Keep the selection when rows come and go; pick a neighbour when the selected one goes.
    connect(m_document, &WorkspaceDocument::verticalRemoved, this, [this] {
        if (!m_document->workspace().vertical(m_current)) {
            m_current = 0;
            const QModelIndex current = m_view->currentIndex();
            if (current.isValid())
                select(current.data(VerticalListModel::VerticalIdRole).toLongLong());
            else
                emit currentChanged(0);
        }
    });
    connect(m_document, &WorkspaceDocument::workspaceReset, this, [this] {
        const VerticalId keep = m_document->workspace().vertical(m_current)
            ? m_current
            : (m_document->workspace().verticals.isEmpty()
                   ? 0
                   : m_document->workspace().verticals.constFirst().id);
        m_current = 0;
        select(keep);
        if (!keep)
            emit currentChanged(0);
    });

    const auto button = [this](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton;
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(button(tr("Add"), tr("Add a vertical"), &VerticalNavigator::addVertical));
    buttons->addWidget(button(tr("Duplicate"), tr("Duplicate the selected vertical"),
                              &VerticalNavigator::duplicateVertical));
    buttons->addWidget(button(tr("Delete"), tr("Delete the selected vertical"),
                              &VerticalNavigator::removeVertical));
    buttons->addStretch(1);

    auto *sortLabel = new QLabel(tr("&Sort:"));
    sortLabel->setBuddy(m_sort);
    auto *sortRow = new QHBoxLayout;
    sortRow->addWidget(sortLabel);
    sortRow->addWidget(m_sort, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addLayout(sortRow);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    updateDragAndDrop();
}

VerticalId VerticalNavigator::current() const
{
    return m_current;
}

void VerticalNavigator::select(VerticalId vertical)
{
    const QModelIndex source = m_model->indexOfVertical(vertical);
    // Chosen elsewhere (a bubble on the map) but hidden by the filter: the filter goes.
    if (source.isValid() && !m_proxy->mapFromSource(source).isValid()
        && !m_filter->text().isEmpty())
        m_filter->clear();
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void VerticalNavigator::setSort(Sort sort)
{
    m_sort->setCurrentIndex(m_sort->findData(sort));
    switch (sort) {
    case WorkspaceOrder:
        m_proxy->setSortRole(VerticalListModel::PositionRole);
        break;
    case ByName:
        m_proxy->setSortRole(Qt::DisplayRole);
        break;
    case ByReadiness:
        m_proxy->setSortRole(VerticalListModel::ReadinessRole);
        break;
    case ByRisk:
        m_proxy->setSortRole(VerticalListModel::RiskRole);
        break;
    }
    m_proxy->sort(0);
    updateDragAndDrop();
    select(m_current);
}

void VerticalNavigator::updateDragAndDrop()
{
    // Dragging reorders the workspace, which only makes sense when the list shows its order.
    const bool reorderable
        = m_sort->currentData().toInt() == WorkspaceOrder && m_filter->text().isEmpty();
    m_view->setDragEnabled(reorderable);
    m_view->setAcceptDrops(reorderable);
    m_view->setDropIndicatorShown(reorderable);
    m_view->setDragDropMode(reorderable ? QAbstractItemView::InternalMove
                                        : QAbstractItemView::NoDragDrop);
}

void VerticalNavigator::selectNext(int offset)
{
    if (m_proxy->rowCount() == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? current.row() + offset : 0;
    const QModelIndex next = m_proxy->index(std::clamp(row, 0, m_proxy->rowCount() - 1), 0);
    if (next.isValid())
        m_view->setCurrentIndex(next);
}

void VerticalNavigator::addVertical()
{
    m_filter->clear();
    const int index = m_document->workspace().indexOfVertical(m_current);
    const VerticalId id = Commands::addVertical(m_document, index < 0 ? -1 : index + 1);
    select(id);
    m_view->setFocus();
    m_view->edit(m_view->currentIndex());
}

void VerticalNavigator::duplicateVertical()
{
    if (!m_current)
        return;
    select(Commands::duplicateVertical(m_document, m_current));
}

void VerticalNavigator::removeVertical()
{
    const Vertical *vertical = m_document->workspace().vertical(m_current);
    if (!vertical)
        return;
    // Undo brings it back, so no question is asked; say how.
    const QString name = vertical->name;
    Commands::removeVertical(m_document, m_current);
    emit message(tr("Deleted \"%1\" (Undo brings it back).").arg(name));
}

void VerticalNavigator::renameVertical()
{
    m_view->setFocus();
    m_view->edit(m_view->currentIndex());
}

} // namespace Gtm
