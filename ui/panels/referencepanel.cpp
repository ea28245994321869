#include "referencepanel.h"

#include "commands/workspacecommands.h"
#include "document/workspacedocument.h"
#include "domain/indicator.h"
#include "domain/language.h"
#include "domain/referencefigures.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Gtm {

namespace {

constexpr int FigureRole = Qt::UserRole + 1; // index into referenceFigures()

/** Rows as tall as their wrapped text at the column's current width. */
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    { }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        int depth = 0;
        for (QModelIndex i = index.parent(); i.isValid(); i = i.parent())
            ++depth;
        const int width
            = std::max(80, m_view->viewport()->width() - m_view->indentation() * (depth + 1) - 12);
        QFont font = option.font;
        const QVariant itemFont = index.data(Qt::FontRole);
        if (itemFont.isValid())
            font = itemFont.value<QFont>();
        const QRect text = QFontMetrics(font).boundingRect(
            QRect(0, 0, width, 100000), Qt::TextWordWrap, index.data().toString());
        return QSize(width, text.height() + 6);
    }

private:
    QTreeView *m_view;
};

} // namespace

ReferencePanel::ReferencePanel(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_tree(new QTreeWidget)
    , m_insert(new QPushButton(tr("Insert into worksheet")))
{
    // One column that wraps: the figures are sentences, and the dock is narrow.
    m_tree->setColumnCount(1);
    m_tree->setHeaderHidden(true);
    m_tree->setWordWrap(true);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setUniformRowHeights(false);
    m_tree->setIndentation(14);
    m_tree->setAccessibleName(tr("Reference figures"));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setItemDelegate(new WrappingDelegate(m_tree));
    // Wrapped rows need their heights worked out again when the width changes.
    connect(m_tree->header(), &QHeaderView::sectionResized, m_tree,
            [this] { m_tree->doItemsLayout(); });
    m_insert->setToolTip(
        tr("Put the selected figure into the selected vertical's worksheet, with its source"));
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ReferencePanel::updateButton);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] { insertCurrent(); });
    connect(m_insert, &QPushButton::clicked, this, [this] { insertCurrent(); });
    // Only changes that show in the panel rebuild it: a rebuild collapses and scrolls the tree.
    connect(document, &WorkspaceDocument::indicatorValueChanged, this,
            [this](VerticalId vertical, const QString &indicatorId) {
                if (vertical != m_vertical)
                    return;
                for (const ReferenceFigure &f : referenceFigures()) {
                    if (f.indicatorId == indicatorId) {
                        rebuild();
                        return;
                    }
                }
            });
    connect(document, &WorkspaceDocument::fieldChanged, this, [this](const FieldRef &ref) {
        if (ref.record == Record::Vertical && ref.field == VerticalField::Name
            && m_document->workspace().indexOfVertical(m_vertical) == ref.row)
            rebuild();
    });
    connect(document, &WorkspaceDocument::workspaceReset, this, &ReferencePanel::rebuild);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_insert);
    rebuild();
}

void ReferencePanel::setVertical(VerticalId vertical)
{
    m_vertical = vertical;
    rebuild();
}

void ReferencePanel::rebuild()
{
    const int current
        = m_tree->currentItem() ? m_tree->currentItem()->data(0, FigureRole).toInt() : -1;
    m_tree->clear();
    const Workspace &workspace = m_document->workspace();
    const Vertical *vertical = workspace.vertical(m_vertical);
    auto *fits = new QTreeWidgetItem(m_tree,
                                     {vertical ? tr("For %1's worksheet").arg(vertical->name)
                                               : tr("For a vertical's worksheet")});
    auto *background = new QTreeWidgetItem(m_tree, {tr("Background")});
    for (QTreeWidgetItem *group : {fits, background}) {
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
    }
    const QList<ReferenceFigure> &figures = referenceFigures();
    for (int i = 0; i < figures.size(); ++i) {
        const ReferenceFigure &f = figures.at(i);
        QTreeWidgetItem *parent = f.indicatorId.isEmpty() ? background : fits;
        const QString value = f.valueText();
        auto *item = new QTreeWidgetItem(
            parent,
            {value.isEmpty() ? f.shownName()
                             : QStringLiteral("%1 — %2").arg(value, f.shownName())});
        item->setData(0, FigureRole, i);
        QString tip = QStringLiteral("<p>%1</p><p><i>%2</i></p>")
                          .arg(f.shownName().toHtmlEscaped(), f.shownCitation().toHtmlEscaped());
        if (!f.indicatorId.isEmpty()) {
            const IndicatorDefinition *d = workspace.indicator(f.indicatorId);
            const std::optional<double> now
                = vertical ? vertical->value(f.indicatorId) : std::nullopt;
            tip += QStringLiteral("<p>")
                + tr("Fits: %1. Now: %2.")
                      .arg(d ? localizedName(d->name) : f.indicatorId,
                           now ? Language::locale().toString(*now) : tr("not set"))
                      .toHtmlEscaped()
                + QStringLiteral("</p>");
        }
        item->setToolTip(0, tip);
        auto *source = new QTreeWidgetItem(item, {f.shownCitation()});
        source->setFlags(Qt::ItemIsEnabled);
        QFont italic = source->font(0);
        italic.setItalic(true);
        source->setFont(0, italic);
        if (i == current)
            m_tree->setCurrentItem(item);
    }
    fits->setExpanded(true);
    background->setExpanded(true);
    updateButton();
}

void ReferencePanel::updateButton()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const QVariant figure = item ? item->data(0, FigureRole) : QVariant();
    const bool insertable = figure.isValid()
        && !referenceFigures().at(figure.toInt()).indicatorId.isEmpty()
        && m_document->workspace().vertical(m_vertical);
    m_insert->setEnabled(insertable);
    if (insertable) {
        const ReferenceFigure &f = referenceFigures().at(figure.toInt());
        const IndicatorDefinition *d = m_document->workspace().indicator(f.indicatorId);
        m_insert->setText(tr("Insert into %1").arg(d ? localizedName(d->name) : f.indicatorId));
    } else {
        m_insert->setText(tr("Insert into worksheet"));
    }
}

bool ReferencePanel::insertCurrent()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const QVariant figure = item ? item->data(0, FigureRole) : QVariant();
    if (!figure.isValid())
        return false;
    const ReferenceFigure &f = referenceFigures().at(figure.toInt());
    if (f.indicatorId.isEmpty() || !f.value)
        return false;
    QString error;
    if (!Commands::setIndicatorValueWithSource(m_document, m_vertical, f.indicatorId, *f.value,
                                               f.citation(), &error)) {
        emit message(error);
        return false;
    }
    const IndicatorDefinition *d = m_document->workspace().indicator(f.indicatorId);
    emit message(
        tr("%1 set to %2 (%3).")
            .arg(d ? localizedName(d->name) : f.indicatorId, f.valueText(), f.shownCitation()));
    return true;
}

} // namespace Gtm
