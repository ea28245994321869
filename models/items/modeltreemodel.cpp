#include "modeltreemodel.h"

#include "commands/workspacecommands.h"
#include "document/workspacedocument.h"
#include "domain/language.h"
#include "domain/numbers.h"
#include "itemroles.h"
#include "scoring/compiledmodel.h"

#include <QHash>
#include <QLocale>

namespace Gtm {

ModelTreeModel::ModelTreeModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    rebuild();
    const auto reset = [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    };
    connect(document, &WorkspaceDocument::workspaceReset, this, [this, reset] {
        if (!Records::hasModel(m_document->workspace(), m_scenario))
            m_scenario = 0;
        reset();
    });
    connect(document, &WorkspaceDocument::indicatorsChanged, this, [this] {
        // Indicator names may have changed.
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
    // The scenario shown may go away (undoing its creation): then the workspace's model shows.
    connect(document, &WorkspaceDocument::recordsAboutToBeRemoved, this,
            [this](Record removed, VerticalId, int first) {
                if (removed == Record::Scenario && m_scenario != 0
                    && m_document->workspace().scenarios.at(first).id == m_scenario) {
                    m_scenarioLeaving = true;
                    beginResetModel();
                }
            });
    connect(document, &WorkspaceDocument::recordsRemoved, this, [this](Record removed) {
        if (removed == Record::Scenario && m_scenarioLeaving) {
            m_scenarioLeaving = false;
            m_scenario = 0;
            rebuild();
            endResetModel();
        }
    });
    connect(document, &WorkspaceDocument::modelAboutToBeReplaced, this, [this](qint64 owner) {
        if (owner == m_scenario)
            beginResetModel();
    });
    connect(document, &WorkspaceDocument::modelReplaced, this, [this](qint64 owner) {
        if (owner == m_scenario) {
            rebuild();
            endResetModel();
        }
    });
    connect(document, &WorkspaceDocument::fieldChanged, this, [this, reset](const FieldRef &ref) {
        if ((ref.record != Record::ModelNode && ref.record != Record::ModelIndicator)
            || ref.vertical != m_scenario)
            return;
        const bool structural
            = (ref.record == Record::ModelNode
               && (ref.field == ModelNodeField::Parent || ref.field == ModelNodeField::Id))
            || (ref.record == Record::ModelIndicator && ref.field == ModelIndicatorField::Parent);
        if (structural) {
            reset();
            return;
        }
        // A weight changes its siblings' shares too: refresh the siblings' rows.
        const QModelIndex changed = indexOf(ref.record, ref.row);
        const QModelIndex parent = changed.parent();
        emit dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, ColumnCount - 1, parent));
    });
    for (auto signal : {&WorkspaceDocument::recordsInserted, &WorkspaceDocument::recordsRemoved,
                        &WorkspaceDocument::recordMoved}) {
        connect(document, signal, this, [this, reset](Record record, VerticalId owner) {
            if ((record == Record::ModelNode || record == Record::ModelIndicator)
                && owner == m_scenario)
                reset();
        });
    }
}

void ModelTreeModel::setScenario(qint64 scenario)
{
    if (!Records::hasModel(m_document->workspace(), scenario))
        scenario = 0;
    if (scenario == m_scenario)
        return;
    beginResetModel();
    m_scenario = scenario;
    rebuild();
    endResetModel();
}

const ScoringModel &ModelTreeModel::model() const
{
    return Records::modelOf(m_document->workspace(), m_scenario);
}

void ModelTreeModel::rebuild()
{
    const ScoringModel &model = this->model();
    m_items.clear();
    m_roots.clear();
    QHash<QString, int> nodeItem;
    for (int i = 0; i < model.nodes.size(); ++i) {
        nodeItem.insert(model.nodes.at(i).id, int(m_items.size()));
        m_items.push_back(Item {Record::ModelNode, i, -1, {}, 0});
    }
    for (int i = 0; i < model.indicators.size(); ++i)
        m_items.push_back(Item {Record::ModelIndicator, i, -1, {}, 0});
    // Link children to parents: nodes first, then indicators, in model order, as the engine does.
    for (Item &item : m_items) {
        const QString parent = item.record == Record::ModelNode
            ? model.nodes.at(item.row).parent
            : model.indicators.at(item.row).parent;
        item.parent = nodeItem.value(parent, -1);
    }
    // Anything in a cycle of parents (only a damaged file has one) shows at the top level.
    for (size_t i = 0; i < m_items.size(); ++i) {
        int q = m_items[i].parent;
        for (size_t step = 0; q >= 0 && step <= m_items.size(); ++step) {
            if (q == int(i)) {
                m_items[i].parent = -1;
                break;
            }
            q = m_items[size_t(q)].parent;
        }
    }
    for (size_t i = 0; i < m_items.size(); ++i) {
        Item &item = m_items[i];
        std::vector<int> &siblings
            = item.parent >= 0 ? m_items[size_t(item.parent)].children : m_roots;
        item.position = int(siblings.size());
        siblings.push_back(int(i));
    }
}

const ModelTreeModel::Item *ModelTreeModel::item(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() >= m_items.size())
        return nullptr;
    return &m_items[index.internalId()];
}

QModelIndex ModelTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const std::vector<int> *children = &m_roots;
    if (parent.isValid()) {
        const Item *p = item(parent);
        if (!p)
            return {};
        children = &p->children;
    }
    if (row >= int(children->size()))
        return {};
    return createIndex(row, column, quintptr((*children)[size_t(row)]));
}

QModelIndex ModelTreeModel::parent(const QModelIndex &child) const
{
    const Item *c = item(child);
    if (!c || c->parent < 0)
        return {};
    const Item &p = m_items[size_t(c->parent)];
    return createIndex(p.position, 0, quintptr(c->parent));
}

int ModelTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const Item *p = item(parent);
    return p ? int(p->children.size()) : 0;
}

int ModelTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

std::pair<Record, int> ModelTreeModel::recordOf(const QModelIndex &index) const
{
    const Item *i = item(index);
    return i ? std::pair(i->record, i->row) : std::pair(Record::ModelNode, -1);
}

QModelIndex ModelTreeModel::indexOf(Record record, int row) const
{
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].record == record && m_items[i].row == row)
            return createIndex(m_items[i].position, 0, quintptr(i));
    }
    return {};
}

int ModelTreeModel::fieldOf(Record record, int column) const
{
    if (record == Record::ModelNode) {
        switch (column) {
        case Name:
            return ModelNodeField::Name;
        case Weight:
            return ModelNodeField::Weight;
        case Method:
            return ModelNodeField::Aggregation;
        case Parent:
            return ModelNodeField::Parent;
        case Id:
            return ModelNodeField::Id;
        default:
            return -1;
        }
    }
    switch (column) {
    case Weight:
        return ModelIndicatorField::Weight;
    case Method:
        return ModelIndicatorField::Polarity;
    case Normalisation:
        return ModelIndicatorField::Normalisation;
    case Low:
        return ModelIndicatorField::GoalpostLow;
    case High:
        return ModelIndicatorField::GoalpostHigh;
    case Log:
        return ModelIndicatorField::LogTransform;
    case Parent:
        return ModelIndicatorField::Parent;
    case Id:
        return ModelIndicatorField::Indicator;
    default:
        return -1;
    }
}

QVariant ModelTreeModel::data(const QModelIndex &index, int role) const
{
    const Item *i = item(index);
    if (!i)
        return {};
    const Workspace &workspace = m_document->workspace();
    const int column = index.column();

    if (column == Share) {
        if (role != Qt::DisplayRole && role != Qt::EditRole)
            return {};
        const std::vector<int> &siblings
            = i->parent >= 0 ? m_items[size_t(i->parent)].children : m_roots;
        if (i->parent < 0)
            return role == Qt::DisplayRole ? QVariant(QStringLiteral("—")) : QVariant();
        double sum = 0;
        double mine = 0;
        for (int s : siblings) {
            const Item &sibling = m_items[size_t(s)];
            const double w = sibling.record == Record::ModelNode
                ? model().nodes.at(sibling.row).weight
                : model().indicators.at(sibling.row).weight;
            sum += w;
            if (&sibling == i)
                mine = w;
        }
        const double share = sum > 0 ? 100.0 * mine / sum : 0.0;
        return role == Qt::DisplayRole
            ? QVariant(Numbers::percent(Language::locale().toString(share, 'f', 1)))
            : QVariant(share);
    }
    if (column == Name && i->record == Record::ModelIndicator) {
        const QString id = model().indicators.at(i->row).indicatorId;
        QString name = id;
        if (const IndicatorDefinition *d = workspace.indicator(id))
            name = d->name;
        else if (const IndicatorDefinition *d = derivedIndicator(id))
            name = d->name;
        if (role == Qt::DisplayRole)
            return localizedName(name);
        if (role == Qt::EditRole)
            return name;
        if (role == Qt::ToolTipRole)
            return id;
        return {};
    }
    const int field = fieldOf(i->record, column);
    if (field < 0)
        return {};
    if (i->record == Record::ModelIndicator && (column == Low || column == High)
        && model().indicators.at(i->row).normalisation != Gtm::Normalisation::Goalposts
        && role == Qt::DisplayRole)
        return QString(); // goalposts only matter for the goalposts normalisation
    const FieldRef ref {i->record, m_scenario, i->row, field};
    const FieldType type = Records::fieldType(i->record, field);
    switch (role) {
    case Qt::DisplayRole:
        return type == FieldType::Boolean ? QVariant()
                                          : QVariant(Records::displayText(workspace, ref));
    case Qt::EditRole:
        return Records::shownValue(workspace, ref);
    case Qt::CheckStateRole:
        return type == FieldType::Boolean
            ? QVariant(Records::value(workspace, ref).toBool() ? Qt::Checked : Qt::Unchecked)
            : QVariant();
    case Qt::TextAlignmentRole:
        return type == FieldType::Number || type == FieldType::OptionalNumber
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case ItemRoles::Type:
        return int(type);
    case ItemRoles::Choices: {
        QVariantList choices;
        if (type == FieldType::Enum) {
            for (const auto &[value, label] : Records::enumChoices(i->record, field))
                choices.append(QVariant(QVariantList {value, label}));
        } else if (column == Parent) {
            for (const ModelNode &node : model().nodes)
                choices.append(QVariant(QVariantList {
                    node.id, node.name.isEmpty() ? node.id : localizedName(node.name)}));
        } else if (column == Id && i->record == Record::ModelIndicator) {
            QList<IndicatorDefinition> all = workspace.indicators() + derivedIndicators();
            for (const IndicatorDefinition &d : all)
                choices.append(QVariant(QVariantList {d.id, localizedName(d.name)}));
        }
        return choices.isEmpty() ? QVariant() : QVariant(choices);
    }
    default:
        return {};
    }
}

QVariant ModelTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Index, dimension or indicator");
    case Weight:
        return tr("Weight");
    case Share:
        return tr("Share");
    case Method:
        return tr("Method");
    case Normalisation:
        return tr("Normalisation");
    case Low:
        return tr("Low");
    case High:
        return tr("High");
    case Log:
        return tr("Log");
    case Parent:
        return tr("Parent");
    case Id:
        return tr("Id");
    default:
        return {};
    }
}

Qt::ItemFlags ModelTreeModel::flags(const QModelIndex &index) const
{
    const Item *i = item(index);
    if (!i)
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    const int field = fieldOf(i->record, index.column());
    if (field < 0)
        return flags;
    // An index stays an index: its parent and id are fixed.
    if (i->record == Record::ModelNode && i->parent < 0
        && (index.column() == Parent || index.column() == Id))
        return flags;
    if (Records::fieldType(i->record, field) == FieldType::Boolean)
        return flags | Qt::ItemIsUserCheckable;
    return flags | Qt::ItemIsEditable;
}

bool ModelTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Item *i = item(index);
    if (!i)
        return false;
    const int field = fieldOf(i->record, index.column());
    if (field < 0)
        return false;
    QVariant stored = value;
    const FieldType type = Records::fieldType(i->record, field);
    if (role == Qt::CheckStateRole && type == FieldType::Boolean)
        stored = value.toInt() == Qt::Checked;
    else if (role != Qt::EditRole)
        return false;
    if (Records::isShownValue(m_document->workspace(),
                              FieldRef {i->record, m_scenario, i->row, field}, stored))
        return true; // a translated name left as it was shown
    if ((type == FieldType::Number || type == FieldType::OptionalNumber)
        && stored.typeId() == QMetaType::QString) {
        const QString text = stored.toString().trimmed();
        bool ok = false;
        const double d = Numbers::parse(text, Language::locale(), &ok);
        if (text.isEmpty() && type == FieldType::OptionalNumber)
            stored = QVariant();
        else if (!ok) {
            emit editRejected(tr("\"%1\" is not a number.").arg(text));
            return false;
        } else {
            stored = d;
        }
    }
    QString error;
    if (!Commands::setField(m_document, FieldRef {i->record, m_scenario, i->row, field}, stored,
                            &error)) {
        emit editRejected(error);
        return false;
    }
    return true;
}

} // namespace Gtm
