#include "importdialog.h"

#include "domain/plural.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Gtm {

namespace {

QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

QString cellText(const QVariant &cell)
{
    return cell.toString().simplified();
}

} // namespace

ImportDialog::ImportDialog(const Workspace &workspace, const QString &fileName,
                           const DataTable &table, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_table(table)
    , m_indicators(workspace.indicators())
    , m_columns(new QTableWidget)
    , m_preview(new QTableWidget)
    , m_outcome(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Import Table"));
    auto *intro = new QLabel(
        tr("%1: %2 and %3. Choose what each column holds; nothing changes until you import, "
           "and the import is one step you can undo.")
            .arg(QFileInfo(fileName).fileName(),
                 counted(table.rows.size(), tr("%1 row"), tr("%1 rows")),
                 counted(table.headers.size(), tr("%1 column"), tr("%1 columns"))));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    // The mapping step: one line per column of the file.
    m_columns->setAccessibleName(tr("Columns of the file and where they go"));
    m_columns->setColumnCount(3);
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("Examples"), tr("Goes to")});
    m_columns->setRowCount(int(table.headers.size()));
    m_columns->verticalHeader()->hide();
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_columns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    const QList<ColumnMapping> guessed = ImportMapping::guess(workspace, table.headers);
    for (int c = 0; c < table.headers.size(); ++c) {
        m_columns->setItem(c, 0, textItem(table.headers.at(c)));
        QStringList examples;
        for (int r = 0; r < table.rows.size() && examples.size() < 3; ++r) {
            const QString text = cellText(table.rows.at(r).value(c));
            if (!text.isEmpty())
                examples.append(text);
        }
        m_columns->setItem(c, 1, textItem(examples.join(QLatin1String(", "))));
        auto *box = new QComboBox;
        box->setAccessibleName(tr("Where column \"%1\" goes").arg(table.headers.at(c)));
        box->addItem(tr("Leave out"), QStringList {QStringLiteral("ignore")});
        box->addItem(tr("Vertical name"), QStringList {QStringLiteral("name")});
        box->addItem(tr("Description"), QStringList {QStringLiteral("description")});
        box->addItem(tr("New custom indicator \"%1\"").arg(table.headers.at(c).trimmed()),
                     QStringList {QStringLiteral("new")});
        box->insertSeparator(box->count());
        for (const IndicatorDefinition &indicator : std::as_const(m_indicators)) {
            const IndicatorDefinition shown = indicator.localized();
            box->addItem(shown.unit.isEmpty() ? shown.name
                                              : tr("%1 (%2)").arg(shown.name, shown.unit),
                         QStringList {QStringLiteral("indicator"), indicator.id});
        }
        m_columns->setCellWidget(c, 2, box);
        setMapping(c, guessed.value(c));
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::update);
    }

    // The first rows as they will be read.
    m_preview->setAccessibleName(tr("The first rows of the file"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setColumnCount(int(table.headers.size()));
    const int shownRows = int(std::min<qsizetype>(table.rows.size(), PreviewRows));
    m_preview->setRowCount(shownRows);
    for (int r = 0; r < shownRows; ++r) {
        for (int c = 0; c < table.headers.size(); ++c)
            m_preview->setItem(r, c, textItem(cellText(table.rows.at(r).value(c))));
    }
    QStringList rowNumbers;
    for (int r = 0; r < shownRows; ++r)
        rowNumbers.append(QString::number(table.rowNumbers.value(r, r + 1)));
    m_preview->setVerticalHeaderLabels(rowNumbers);

    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::PlainText);
    auto *import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *previewLabel
        = new QLabel(shownRows < table.rows.size()
                         ? tr("The first %1 rows, as they will be read:").arg(shownRows)
                         : tr("The rows, as they will be read:"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_columns, 3);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_outcome);
    layout->addWidget(m_buttons);
    resize(860, 620);
    update();
}

QComboBox *ImportDialog::targetBox(int column) const
{
    return qobject_cast<QComboBox *>(m_columns->cellWidget(column, 2));
}

QList<ColumnMapping> ImportDialog::mapping() const
{
    QList<ColumnMapping> result;
    for (int c = 0; c < m_columns->rowCount(); ++c) {
        const QStringList data = targetBox(c)->currentData().toStringList();
        ColumnMapping column;
        const QString kind = data.value(0);
        if (kind == QLatin1String("name"))
            column.kind = ColumnMapping::VerticalName;
        else if (kind == QLatin1String("description"))
            column.kind = ColumnMapping::Description;
        else if (kind == QLatin1String("new"))
            column.kind = ColumnMapping::NewIndicator;
        else if (kind == QLatin1String("indicator")) {
            column.kind = ColumnMapping::Indicator;
            column.indicatorId = data.value(1);
        }
        result.append(column);
    }
    return result;
}

void ImportDialog::setMapping(int column, const ColumnMapping &mapping)
{
    QComboBox *box = targetBox(column);
    if (!box)
        return;
    QStringList wanted;
    switch (mapping.kind) {
    case ColumnMapping::Ignore:
        wanted = {QStringLiteral("ignore")};
        break;
    case ColumnMapping::VerticalName:
        wanted = {QStringLiteral("name")};
        break;
    case ColumnMapping::Description:
        wanted = {QStringLiteral("description")};
        break;
    case ColumnMapping::NewIndicator:
        wanted = {QStringLiteral("new")};
        break;
    case ColumnMapping::Indicator:
        wanted = {QStringLiteral("indicator"), mapping.indicatorId};
        break;
    }
    const int index = box->findData(wanted);
    if (index >= 0)
        box->setCurrentIndex(index);
}

QString ImportDialog::outcomeText() const
{
    return m_outcome->text();
}

void ImportDialog::update()
{
    const QList<ColumnMapping> current = mapping();
    // The preview's headings say where each column goes.
    QStringList headings;
    for (int c = 0; c < m_table.headers.size(); ++c) {
        const QComboBox *box = targetBox(c);
        headings.append(current.value(c).kind == ColumnMapping::Ignore
                            ? tr("%1\n(left out)").arg(m_table.headers.at(c))
                            : tr("%1\n→ %2").arg(m_table.headers.at(c), box->currentText()));
        m_preview->setColumnHidden(c, false);
    }
    m_preview->setHorizontalHeaderLabels(headings);
    for (int c = 0; c < m_table.headers.size(); ++c) {
        for (int r = 0; r < m_preview->rowCount(); ++r) {
            if (QTableWidgetItem *item = m_preview->item(r, c))
                item->setForeground(current.value(c).kind == ColumnMapping::Ignore
                                        ? palette().brush(QPalette::PlaceholderText)
                                        : palette().brush(QPalette::Text));
        }
    }

    // A dry run of the import itself: the same rules, the same messages.
    QString problem = ImportMapping::problem(m_workspace, m_table.headers, current);
    m_canImport = false;
    if (problem.isEmpty()) {
        Workspace trial = m_workspace;
        ImportReport report;
        if (importTable(trial, ImportMapping::apply(m_table, current), &report, &problem)) {
            m_imported = std::move(trial);
            m_report = report;
            m_canImport = true;
        }
    }
    if (m_canImport) {
        QString text = tr("Ready: %1 added, %2 updated, %3 set.")
                           .arg(counted(m_report.addedVerticals.size(), tr("%1 vertical"),
                                        tr("%1 verticals")),
                                QString::number(m_report.updatedVerticals.size()),
                                counted(m_report.valuesSet, tr("%1 value"), tr("%1 values")));
        if (!m_report.createdIndicators.isEmpty())
            text += QLatin1Char(' ')
                + tr("New custom indicators: %1.")
                      .arg(m_report.createdIndicators.join(QLatin1String(", ")));
        m_outcome->setText(text);
        m_outcome->setStyleSheet(QString());
    } else {
        m_outcome->setText(tr("Cannot import: %1.").arg(problem));
        m_outcome->setStyleSheet(QStringLiteral("color: #c0392b;"));
    }
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(m_canImport);
    }
}

} // namespace Gtm
