#include "conflictdialog.h"

#include "domain/plural.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Gtm {

namespace {

enum Column { WhereColumn, BaseColumn, MineColumn, TheirsColumn, KeepColumn, ColumnCount };

QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text); // long texts are elided in the cell
    return item;
}

} // namespace

ConflictDialog::ConflictDialog(const QList<MergeConflict> &conflicts, QWidget *parent)
    : QDialog(parent)
    , m_conflicts(conflicts)
    , m_table(new QTableWidget(int(conflicts.size()), ColumnCount))
{
    setWindowTitle(tr("Changed by You and a Colleague"));
    auto *intro = new QLabel(
        counted(conflicts.size(),
                tr("Someone else changed %1 field that you changed too, since you last saw it. "
                   "Nothing has been written yet: choose whose version stays."),
                tr("Someone else changed %1 fields that you changed too, since you last saw "
                   "them. Nothing has been written yet: choose whose version stays in each.")));
    intro->setWordWrap(true);

    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("As it was"), tr("Yours"), tr("Colleague's"), tr("Keep")});
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setAccessibleName(tr("Conflicting fields"));
    for (int row = 0; row < conflicts.size(); ++row) {
        const MergeConflict &conflict = conflicts.at(row);
        m_table->setItem(row, WhereColumn, textItem(conflict.where));
        m_table->setItem(row, BaseColumn, textItem(conflict.base));
        m_table->setItem(row, MineColumn, textItem(conflict.mine));
        m_table->setItem(row, TheirsColumn, textItem(conflict.theirs));
        auto *choice = new QWidget;
        auto *layout = new QHBoxLayout(choice);
        layout->setContentsMargins(6, 0, 6, 0);
        auto *group = new QButtonGroup(choice);
        auto *mine = new QRadioButton(tr("Yours"));
        auto *theirs = new QRadioButton(tr("Colleague's"));
        group->addButton(mine, 0);
        group->addButton(theirs, 1);
        // Yours would silently undo the colleague's work: neither is chosen until the user does.
        layout->addWidget(mine);
        layout->addWidget(theirs);
        m_table->setCellWidget(row, KeepColumn, choice);
        m_choices << group;
    }
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(WhereColumn, QHeaderView::Interactive);
    for (int column : {BaseColumn, MineColumn, TheirsColumn})
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    header->setSectionResizeMode(KeepColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(WhereColumn, 260);
    m_table->resizeRowsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *allMine = buttons->addButton(tr("All &Yours"), QDialogButtonBox::ActionRole);
    QPushButton *allTheirs
        = buttons->addButton(tr("All &Colleague's"), QDialogButtonBox::ActionRole);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Write"));
    ok->setEnabled(false);
    const auto updateOk = [this, ok] {
        ok->setEnabled(std::all_of(m_choices.cbegin(), m_choices.cend(),
                                   [](const QButtonGroup *g) { return g->checkedId() >= 0; }));
    };
    for (QButtonGroup *group : qAsConst(m_choices))
        connect(group, &QButtonGroup::idClicked, this, updateOk);
    connect(allMine, &QPushButton::clicked, this, [this, updateOk] {
        chooseAll(WorkspaceMerge::Side::Mine);
        updateOk();
    });
    connect(allTheirs, &QPushButton::clicked, this, [this, updateOk] {
        chooseAll(WorkspaceMerge::Side::Theirs);
        updateOk();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *later = new QLabel(tr("Cancel keeps your changes in this window, unwritten, until you "
                                "choose (File ▸ Resolve Conflicts)."));
    later->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(later);
    layout->addWidget(buttons);
    resize(980, std::min(620, 220 + 48 * int(conflicts.size())));
}

void ConflictDialog::chooseAll(WorkspaceMerge::Side side)
{
    for (QButtonGroup *group : qAsConst(m_choices))
        group->button(side == WorkspaceMerge::Side::Mine ? 0 : 1)->setChecked(true);
}

QHash<QString, WorkspaceMerge::Side> ConflictDialog::resolutions() const
{
    QHash<QString, WorkspaceMerge::Side> chosen;
    for (int i = 0; i < m_conflicts.size(); ++i) {
        const int id = m_choices.at(i)->checkedId();
        if (id >= 0)
            chosen.insert(m_conflicts.at(i).key,
                          id == 0 ? WorkspaceMerge::Side::Mine : WorkspaceMerge::Side::Theirs);
    }
    return chosen;
}

} // namespace Gtm
