#include "recordtablemodel.h"

#include "commands/workspacecommands.h"
#include "document/workspacedocument.h"
#include "domain/language.h"
#include "domain/numbers.h"
#include "itemroles.h"

#include <QLocale>
#include <QUndoStack>

namespace Gtm {

RecordTableModel::RecordTableModel(WorkspaceDocument *document, Record record, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_record(record)
{
    connect(document, &WorkspaceDocument::workspaceAboutToBeReset, this,
            &RecordTableModel::beginResetModel);
    connect(document, &WorkspaceDocument::workspaceReset, this, [this] {
        if (m_record == Record::Challenge && !m_document->workspace().vertical(m_vertical))
            m_vertical = 0;
        if (!Records::hasModel(m_document->workspace(), m_vertical)
            && m_record != Record::Challenge)
            m_vertical = 0;
        endResetModel();
    });
    connect(document, &WorkspaceDocument::fieldChanged, this, [this](const FieldRef &ref) {
        if (!mine(ref.record, ref.vertical))
            return;
        // A renamed model node also renames its children's parent fields: refresh the column.
        if (m_record == Record::ModelNode || m_record == Record::ModelIndicator)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        else
            emit dataChanged(index(ref.row, ref.field), index(ref.row, ref.field));
    });
    connect(document, &WorkspaceDocument::recordsAboutToBeInserted, this,
            [this](Record record, VerticalId vertical, int first, int last) {
                if (mine(record, vertical))
                    beginInsertRows({}, first, last);
            });
    connect(document, &WorkspaceDocument::recordsInserted, this,
            [this](Record record, VerticalId vertical) {
                if (mine(record, vertical))
                    endInsertRows();
            });
    connect(document, &WorkspaceDocument::recordsAboutToBeRemoved, this,
            [this](Record record, VerticalId vertical, int first, int last) {
                if (mine(record, vertical))
                    beginRemoveRows({}, first, last);
            });
    connect(document, &WorkspaceDocument::recordsRemoved, this,
            [this](Record record, VerticalId vertical) {
                if (mine(record, vertical))
                    endRemoveRows();
            });
    connect(document, &WorkspaceDocument::recordAboutToBeMoved, this,
            [this](Record record, VerticalId vertical, int from, int to) {
                if (mine(record, vertical))
                    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
            });
    connect(document, &WorkspaceDocument::recordMoved, this,
            [this](Record record, VerticalId vertical) {
                if (mine(record, vertical))
                    endMoveRows();
            });
    if (record == Record::Vertical) {
        connect(document, &WorkspaceDocument::verticalAboutToBeInserted, this,
                [this](int row) { beginInsertRows({}, row, row); });
        connect(document, &WorkspaceDocument::verticalInserted, this,
                &RecordTableModel::endInsertRows);
        connect(document, &WorkspaceDocument::verticalAboutToBeRemoved, this,
                [this](int row) { beginRemoveRows({}, row, row); });
        connect(document, &WorkspaceDocument::verticalRemoved, this,
                &RecordTableModel::endRemoveRows);
        connect(document, &WorkspaceDocument::verticalAboutToBeMoved, this,
                [this](int from, int to) {
                    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
                });
        connect(document, &WorkspaceDocument::verticalMoved, this, &RecordTableModel::endMoveRows);
    }
    if (record == Record::ModelSettings || record == Record::ModelNode
        || record == Record::ModelIndicator) {
        connect(document, &WorkspaceDocument::modelAboutToBeReplaced, this, [this](qint64 owner) {
            if (owner == m_vertical)
                beginResetModel();
        });
        connect(document, &WorkspaceDocument::modelReplaced, this, [this](qint64 owner) {
            if (owner == m_vertical)
                endResetModel();
        });
        // The scenario whose model is shown may go away (undoing its creation): then the
        // workspace's model is shown.
        connect(document, &WorkspaceDocument::recordsAboutToBeRemoved, this,
                [this](Record removed, VerticalId, int first) {
                    if (removed == Record::Scenario && m_vertical != 0
                        && m_document->workspace().scenarios.at(first).id == m_vertical) {
                        m_ownerLeaving = true;
                        beginResetModel();
                    }
                });
        connect(document, &WorkspaceDocument::recordsRemoved, this, [this](Record removed) {
            if (removed == Record::Scenario && m_ownerLeaving) {
                m_ownerLeaving = false;
                m_vertical = 0;
                endResetModel();
            }
        });
    }
    if (record == Record::Challenge) {
        // The vertical whose challenges are shown may go away.
        connect(document, &WorkspaceDocument::verticalRemoved, this, [this] {
            if (m_vertical && !m_document->workspace().vertical(m_vertical))
                setVertical(0);
        });
    }
}

void RecordTableModel::setVertical(VerticalId vertical)
{
    if (vertical == m_vertical)
        return;
    beginResetModel();
    m_vertical = vertical;
    endResetModel();
}

bool RecordTableModel::mine(Record record, VerticalId vertical) const
{
    // Challenges belong to a vertical, the scoring model's records to a model (0: the
    // workspace's, else a scenario's); the other records to the workspace (0).
    return record == m_record && vertical == m_vertical;
}

FieldRef RecordTableModel::ref(const QModelIndex &index) const
{
    return FieldRef {m_record, m_vertical, index.row(), index.column()};
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || (m_record == Record::Challenge && m_vertical == 0))
        return 0;
    return Records::count(m_document->workspace(), m_record, m_vertical);
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Records::fieldCount(m_record);
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldRef r = ref(index);
    const FieldType type = Records::fieldType(m_record, index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (type == FieldType::Boolean)
            return {};
        return Records::displayText(m_document->workspace(), r);
    case Qt::EditRole:
        return Records::shownValue(m_document->workspace(), r);
    case Qt::CheckStateRole: {
        if (type != FieldType::Boolean && type != FieldType::OptionalBoolean)
            return {};
        // An unset boolean has no check box at all: an empty cell, not a "no".
        const QVariant value = Records::value(m_document->workspace(), r);
        if (!value.isValid())
            return {};
        return value.toBool() ? Qt::Checked : Qt::Unchecked;
    }
    case Qt::TextAlignmentRole:
        if (type == FieldType::Number || type == FieldType::OptionalNumber
            || type == FieldType::Integer || type == FieldType::OptionalInteger)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (type == FieldType::Text || type == FieldType::LongText) {
            const QString text = Records::displayText(m_document->workspace(), r);
            return text.size() > 40 ? QVariant(text) : QVariant();
        }
        return {};
    case FieldTypeRole:
    case ItemRoles::Type:
        return int(type);
    case ItemRoles::Choices: {
        if (type == FieldType::OptionalBoolean)
            return QVariantList {QVariant(QVariantList {true, Records::yesNo(true)}),
                                 QVariant(QVariantList {false, Records::yesNo(false)})};
        if (type != FieldType::Enum && type != FieldType::OptionalEnum)
            return {};
        QVariantList choices;
        for (const auto &[value, label] : Records::enumChoices(m_record, index.column()))
            choices.append(QVariant(QVariantList {value, label}));
        return choices;
    }
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return Records::fieldName(m_record, section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (Records::isEditable(m_record, index.column())) {
        const FieldType type = Records::fieldType(m_record, index.column());
        if (type == FieldType::Boolean)
            flags |= Qt::ItemIsUserCheckable;
        else if (type == FieldType::OptionalBoolean) // the check box once set; a choice to unset
            flags |= Qt::ItemIsUserCheckable | Qt::ItemIsEditable;
        else
            flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QVariant stored = value;
    const FieldType type = Records::fieldType(m_record, index.column());
    if (role == Qt::CheckStateRole
        && (type == FieldType::Boolean || type == FieldType::OptionalBoolean))
        stored = value.toInt() == Qt::Checked;
    else if (role != Qt::EditRole)
        return false;
    if (Records::isShownValue(m_document->workspace(), ref(index), stored))
        return true; // a translated name left as it was shown
    if (type == FieldType::Number || type == FieldType::OptionalNumber || type == FieldType::Integer
        || type == FieldType::OptionalInteger) {
        // Text from a line edit, read as the user's region writes numbers (Numbers::parse).
        if (stored.typeId() == QMetaType::QString) {
            const QString text = stored.toString().trimmed();
            if (text.isEmpty() && isOptional(type)) {
                stored = QVariant();
            } else {
                bool ok = false;
                const double d = Numbers::parse(text, Language::locale(), &ok);
                if (!ok) {
                    emit editRejected(tr("%1: \"%2\" is not a number.")
                                          .arg(Records::fieldName(m_record, index.column()), text));
                    return false;
                }
                stored = d;
            }
        }
    }
    // A choice or yes/no as text (pasted from a spreadsheet): its name in either language,
    // as the table shows it.
    if (stored.typeId() == QMetaType::QString
        && (type == FieldType::Enum || type == FieldType::OptionalEnum || type == FieldType::Boolean
            || type == FieldType::OptionalBoolean)) {
        const QString text = stored.toString().trimmed();
        const bool isEnum = type == FieldType::Enum || type == FieldType::OptionalEnum;
        QList<std::pair<int, QString>> choices = isEnum
            ? Records::enumChoices(m_record, index.column())
            : QList<std::pair<int, QString>> {
                {1, Records::yesNo(true)},   {0, Records::yesNo(false)},
                {1, QStringLiteral("yes")},  {0, QStringLiteral("no")},
                {1, QStringLiteral("true")}, {0, QStringLiteral("false")},
                {1, QStringLiteral("1")},    {0, QStringLiteral("0")}};
        if (text.isEmpty() && isOptional(type)) {
            stored = QVariant();
        } else {
            std::optional<int> chosen;
            for (const auto &[key, name] : choices) {
                if (text.compare(name, Qt::CaseInsensitive) == 0)
                    chosen = key;
            }
            if (!chosen) {
                QStringList names;
                for (int i = 0; i < (isEnum ? int(choices.size()) : 2); ++i)
                    names.append(choices.at(i).second);
                emit editRejected(tr("%1: \"%2\" is not one of %3.")
                                      .arg(Records::fieldName(m_record, index.column()), text,
                                           names.join(tr(", "))));
                return false;
            }
            stored = isEnum ? QVariant(*chosen) : QVariant(*chosen == 1);
        }
    }
    QString error;
    if (!Commands::setField(m_document, ref(index), stored, &error)) {
        emit editRejected(error);
        return false;
    }
    return true;
}

bool RecordTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || count < 1 || !Records::isList(m_record))
        return false;
    QString error;
    if (count == 1) {
        if (Commands::insertRecord(m_document, m_record, m_vertical, row, &error) >= 0)
            return true;
        emit editRejected(error);
        return false;
    }
    m_document->undoStack()->beginMacro(tr("Add %n rows", nullptr, count));
    for (int i = 0; i < count; ++i)
        Commands::insertRecord(m_document, m_record, m_vertical, row + i, &error);
    m_document->undoStack()->endMacro();
    return true;
}

bool RecordTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || count < 1 || !Records::isList(m_record))
        return false;
    // Everything is checked before anything is pushed: a refusal leaves the undo history as it
    // was (a begun macro would have dropped the redo steps).
    for (int i = 0; i < count; ++i) {
        const QString problem
            = Commands::checkRemoveRecord(m_document, m_record, m_vertical, row + i);
        if (!problem.isEmpty()) {
            emit editRejected(problem);
            return false;
        }
    }
    QString error;
    if (count == 1)
        return Commands::removeRecord(m_document, m_record, m_vertical, row, &error);
    m_document->undoStack()->beginMacro(tr("Delete %n rows", nullptr, count));
    for (int i = count - 1; i >= 0; --i)
        Commands::removeRecord(m_document, m_record, m_vertical, row + i, &error);
    m_document->undoStack()->endMacro();
    return true;
}

bool RecordTableModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1)
        return false;
    // Qt's destination is the row to insert before; the list move is to the final position.
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    return Commands::moveRecord(m_document, m_record, m_vertical, sourceRow, to);
}

} // namespace Gtm
