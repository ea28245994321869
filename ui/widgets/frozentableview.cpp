#include "frozentableview.h"

#include <QHeaderView>
#include <QScrollBar>

namespace Gtm {

/** The frozen column: a table view that lets its owner start an edit in it. */
class FrozenColumnView : public QTableView
{
public:
    using QTableView::QTableView;
    bool startEditing(const QModelIndex &index, EditTrigger trigger, QEvent *event)
    {
        return QTableView::edit(index, trigger, event);
    }
};

FrozenTableView::FrozenTableView(QWidget *parent)
    : QTableView(parent)
    , m_frozen(new FrozenColumnView(this))
{
    m_frozen->setObjectName(QStringLiteral("frozenColumn"));
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->verticalHeader()->hide();
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(ScrollPerPixel);
    m_frozen->setFrameShape(QFrame::NoFrame);
    // A thin line where the scrolling part starts.
    m_frozen->setStyleSheet(QStringLiteral("QTableView#frozenColumn { border-right: 1px solid "
                                           "palette(mid); }"));
    viewport()->stackUnder(m_frozen);
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollMode(ScrollPerPixel);

    // One vertical position for both.
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
    // The first column's width and every row's height follow the table's.
    connect(horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int logical, int, int size) {
                if (logical == 0) {
                    m_frozen->setColumnWidth(0, size);
                    updateFrozenGeometry();
                }
            });
    connect(verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int logical, int, int size) { m_frozen->setRowHeight(logical, size); });
    // Sorting: a click on the frozen heading sorts the table by names; the indicator shows on
    // both headings.
    connect(m_frozen->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int logical) {
        if (!isSortingEnabled())
            return;
        const QHeaderView *header = horizontalHeader();
        const Qt::SortOrder order = header->sortIndicatorSection() == logical
                && header->sortIndicatorOrder() == Qt::AscendingOrder
            ? Qt::DescendingOrder
            : Qt::AscendingOrder;
        sortByColumn(logical, order);
    });
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_frozen->horizontalHeader(),
            &QHeaderView::setSortIndicator);
    m_frozen->horizontalHeader()->setSortIndicatorShown(true);
    m_frozen->horizontalHeader()->setSectionsClickable(true);
    // After an edit in the frozen column the keyboard stays with the table.
    connect(m_frozen->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            [this] { setFocus(); });
}

FrozenTableView::~FrozenTableView() = default;

QTableView *FrozenTableView::frozenView() const
{
    return m_frozen;
}

void FrozenTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    attach();
}

void FrozenTableView::setItemDelegate(QAbstractItemDelegate *delegate)
{
    QTableView::setItemDelegate(delegate);
    m_frozen->setItemDelegate(delegate);
    connect(delegate, &QAbstractItemDelegate::closeEditor, this, [this] { setFocus(); });
}

void FrozenTableView::attach()
{
    m_frozen->setModel(model());
    m_frozen->setSelectionModel(selectionModel());
    // A double click edits a name in place; keys reach the table, which hands the edit over
    // with the key that started it (edit() below), so the first letter typed is kept.
    m_frozen->setEditTriggers(DoubleClicked | EditKeyPressed | AnyKeyPressed);
    const auto hideOthers = [this] {
        if (!model())
            return;
        for (int column = 1; column < model()->columnCount(); ++column)
            m_frozen->setColumnHidden(column, true);
        m_frozen->setColumnWidth(0, columnWidth(0));
        updateFrozenGeometry();
    };
    connect(model(), &QAbstractItemModel::modelReset, this, hideOthers);
    connect(model(), &QAbstractItemModel::columnsInserted, this, hideOthers);
    connect(model(), &QAbstractItemModel::layoutChanged, this, hideOthers);
    hideOthers();
    m_frozen->show();
}

void FrozenTableView::updateGeometries()
{
    QTableView::updateGeometries();
    updateFrozenGeometry();
}

void FrozenTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    updateFrozenGeometry();
}

void FrozenTableView::updateFrozenGeometry()
{
    if (!m_frozen)
        return;
    const int left = verticalHeader()->isVisible() ? verticalHeader()->width() : 0;
    m_frozen->setGeometry(frameWidth() + left, frameWidth(), columnWidth(0) + 1,
                          viewport()->height() + horizontalHeader()->height());
    m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
}

QModelIndex FrozenTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    // Moving left into columns hidden under the frozen one scrolls them out from under it.
    const QModelIndex current = QTableView::moveCursor(cursorAction, modifiers);
    if (cursorAction == MoveLeft && current.column() > 0
        && visualRect(current).topLeft().x() < m_frozen->columnWidth(0)) {
        const int newValue = horizontalScrollBar()->value() + visualRect(current).topLeft().x()
            - m_frozen->columnWidth(0);
        horizontalScrollBar()->setValue(newValue);
    }
    return current;
}

void FrozenTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    // Column 0 is always in sight: only scroll up or down for it.
    if (index.column() > 0) {
        QTableView::scrollTo(index, hint);
        return;
    }
    const int across = horizontalScrollBar()->value();
    QTableView::scrollTo(index, hint);
    horizontalScrollBar()->setValue(across);
}

bool FrozenTableView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    // A name is edited in the frozen column, where it is seen (the table's own cell is under it).
    if (index.isValid() && index.column() == 0 && m_frozen->isVisible()
        && (editTriggers() & trigger || trigger == AllEditTriggers))
        return m_frozen->startEditing(index, trigger, event);
    return QTableView::edit(index, trigger, event);
}

} // namespace Gtm
