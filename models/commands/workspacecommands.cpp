#include "workspacecommands.h"

#include "document/workspacedocument.h"
#include "document/workspacemerge.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace Gtm {

namespace {

/** Milliseconds on a monotonic clock, for merging edits that follow each other closely. */
qint64 now()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

// Text::tr() puts this file's texts in the context that lupdate records and the program
// looks up; a free tr() helper would be recorded under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::Commands)
};

QString recordName(Record record)
{
    switch (record) {
    case Record::Persona:
        return Text::tr("persona");
    case Record::PricePoint:
        return Text::tr("price point");
    case Record::MarketingItem:
        return Text::tr("marketing activity");
    case Record::Channel:
        return Text::tr("channel");
    case Record::Challenge:
        return Text::tr("challenge");
    case Record::CustomIndicator:
        return Text::tr("custom indicator");
    case Record::ModelNode:
        return Text::tr("model dimension");
    case Record::ModelIndicator:
        return Text::tr("model indicator");
    case Record::Scenario:
        return Text::tr("scenario");
    default:
        return Text::tr("row");
    }
}

} // namespace

SetIndicatorValueCommand::SetIndicatorValueCommand(WorkspaceDocument *document, VerticalId vertical,
                                                   const QString &indicatorId,
                                                   std::optional<IndicatorValue> value)
    : m_lastEdit(now())
    , m_document(document)
    , m_vertical(vertical)
    , m_indicatorId(indicatorId)
    , m_new(std::move(value))
{
    const Vertical *v = document->workspace().vertical(vertical);
    if (v) {
        const auto it = v->values.constFind(indicatorId);
        if (it != v->values.constEnd())
            m_old = *it;
    }
    // The history names what changed where: "Change Data availability of “Finance”".
    const IndicatorDefinition *definition = document->workspace().indicator(indicatorId);
    const QString name = definition ? definition->name : indicatorId;
    setText(v ? Text::tr("Change %1 of “%2”").arg(name, v->name) : Text::tr("Change %1").arg(name));
}

// Through the history checks: on a shared workspace a colleague may have changed the value
// since this step was made.
void SetIndicatorValueCommand::undo()
{
    m_document->setIndicatorValueFromHistory(m_vertical, m_indicatorId, m_new, m_old);
}

void SetIndicatorValueCommand::redo()
{
    m_document->setIndicatorValueFromHistory(m_vertical, m_indicatorId, m_old, m_new);
}

bool SetIndicatorValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetIndicatorValueCommand *>(other);
    if (next->m_vertical != m_vertical || next->m_indicatorId != m_indicatorId
        || next->m_lastEdit - m_lastEdit > MergeWindowMs)
        return false;
    m_new = next->m_new;
    m_lastEdit = next->m_lastEdit;
    setObsolete(m_new == m_old);
    return true;
}

SetFieldCommand::SetFieldCommand(WorkspaceDocument *document, const FieldRef &ref,
                                 const QVariant &value)
    : m_lastEdit(now())
    , m_document(document)
    , m_ref(ref)
    , m_old(Records::value(document->workspace(), ref))
    , m_new(value)
{
    // "Change Vertical “Finance” · Challenge 2 · POC (months)": the record and the field as
    // the user knows them (lower-casing the field's name made "poc (months)").
    setText(Text::tr("Change %1").arg(WorkspaceMerge::describe(document->workspace(), ref)));
}

void SetFieldCommand::undo()
{
    m_document->setFieldFromHistory(m_ref, m_new, m_old);
}

void SetFieldCommand::redo()
{
    m_document->setFieldFromHistory(m_ref, m_old, m_new);
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetFieldCommand *>(other);
    if (next->m_ref != m_ref || next->m_lastEdit - m_lastEdit > MergeWindowMs)
        return false;
    m_new = next->m_new;
    m_lastEdit = next->m_lastEdit;
    setObsolete(m_new == m_old);
    return true;
}

InsertRecordCommand::InsertRecordCommand(WorkspaceDocument *document, Record record,
                                         VerticalId vertical, int row, const QVariant &data)
    : m_document(document)
    , m_record(record)
    , m_vertical(vertical)
    , m_row(row)
    , m_data(data)
{
    setText(Text::tr("Add %1").arg(recordName(record)));
}

void InsertRecordCommand::undo()
{
    m_document->removeRecord(m_record, m_vertical, m_row);
}

void InsertRecordCommand::redo()
{
    m_document->insertRecord(m_record, m_vertical, m_row, m_data);
}

RemoveRecordCommand::RemoveRecordCommand(WorkspaceDocument *document, Record record,
                                         VerticalId vertical, int row)
    : m_document(document)
    , m_record(record)
    , m_vertical(vertical)
    , m_row(row)
    , m_data(Records::take(document->workspace(), record, vertical, row))
{
    if (record == Record::CustomIndicator) {
        const QString id = document->workspace().customIndicators.at(row).id;
        for (const Vertical &v : document->workspace().verticals) {
            const auto it = v.values.constFind(id);
            if (it != v.values.constEnd())
                m_values.insert(v.id, *it);
        }
    }
    setText(Text::tr("Delete %1").arg(recordName(record)));
}

void RemoveRecordCommand::undo()
{
    m_document->insertRecord(m_record, m_vertical, m_row, m_data);
    if (m_record == Record::CustomIndicator) {
        const QString id = m_document->workspace().customIndicators.at(m_row).id;
        for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
            m_document->setIndicatorValue(it.key(), id, *it);
    }
}

void RemoveRecordCommand::redo()
{
    m_document->removeRecord(m_record, m_vertical, m_row);
}

MoveRecordCommand::MoveRecordCommand(WorkspaceDocument *document, Record record,
                                     VerticalId vertical, int from, int to)
    : m_document(document)
    , m_record(record)
    , m_vertical(vertical)
    , m_from(from)
    , m_to(to)
{
    setText(Text::tr("Move %1").arg(recordName(record)));
}

void MoveRecordCommand::undo()
{
    m_document->moveRecord(m_record, m_vertical, m_to, m_from);
}

void MoveRecordCommand::redo()
{
    m_document->moveRecord(m_record, m_vertical, m_from, m_to);
}

MoveVerticalCommand::MoveVerticalCommand(WorkspaceDocument *document, int from, int to)
    : m_document(document)
    , m_from(from)
    , m_to(to)
{
    setText(Text::tr("Move vertical \"%1\"").arg(document->workspace().verticals.at(from).name));
}

void MoveVerticalCommand::undo()
{
    m_document->moveVertical(m_to, m_from);
}

void MoveVerticalCommand::redo()
{
    m_document->moveVertical(m_from, m_to);
}

AddVerticalCommand::AddVerticalCommand(WorkspaceDocument *document, int index, Vertical vertical,
                                       const QString &text)
    : m_document(document)
    , m_index(index)
    , m_vertical(std::move(vertical))
{
    setText(text.isEmpty() ? Text::tr("Add vertical \"%1\"").arg(m_vertical.name) : text);
}

void AddVerticalCommand::undo()
{
    m_document->removeVertical(m_index);
}

void AddVerticalCommand::redo()
{
    m_document->insertVertical(m_index, m_vertical);
}

RemoveVerticalCommand::RemoveVerticalCommand(WorkspaceDocument *document, int index)
    : m_document(document)
    , m_index(index)
    , m_vertical(document->workspace().verticals.at(index))
{
    setText(Text::tr("Delete vertical \"%1\"").arg(m_vertical.name));
}

void RemoveVerticalCommand::undo()
{
    m_document->insertVertical(m_index, m_vertical);
}

void RemoveVerticalCommand::redo()
{
    m_document->removeVertical(m_index);
}

ReplaceModelCommand::ReplaceModelCommand(WorkspaceDocument *document, qint64 owner,
                                         ScoringModel model, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_owner(owner)
    , m_old(Records::modelOf(document->workspace(), owner))
    , m_new(std::move(model))
{ }

void ReplaceModelCommand::undo()
{
    m_document->replaceModel(m_owner, m_old);
}

void ReplaceModelCommand::redo()
{
    m_document->replaceModel(m_owner, m_new);
}

ReplaceWorkspaceCommand::ReplaceWorkspaceCommand(WorkspaceDocument *document, Workspace workspace,
                                                 const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_old(document->workspace())
    , m_new(std::move(workspace))
{ }

void ReplaceWorkspaceCommand::undo()
{
    m_document->replaceWorkspace(m_old);
}

void ReplaceWorkspaceCommand::redo()
{
    m_document->replaceWorkspace(m_new);
}

namespace Commands {

bool setIndicatorValue(WorkspaceDocument *document, VerticalId vertical, const QString &indicatorId,
                       std::optional<double> value, QString *error)
{
    const Workspace &workspace = document->workspace();
    const Vertical *v = workspace.vertical(vertical);
    const IndicatorDefinition *definition = workspace.indicator(indicatorId);
    if (!v || !definition) {
        *error = Text::tr("There is no such vertical or indicator.");
        return false;
    }
    if (value && !definition->accepts(*value)) {
        *error = Text::tr("%1 must be %2.").arg(definition->name, definition->rangeText());
        return false;
    }
    const std::optional<double> current = v->value(indicatorId);
    if (current == value)
        return true;
    std::optional<IndicatorValue> stored;
    if (value)
        stored = IndicatorValue {*value, QString()}; // a typed figure no longer has the old source
    document->undoStack()->push(
        new SetIndicatorValueCommand(document, vertical, indicatorId, stored));
    return true;
}

bool setIndicatorValueWithSource(WorkspaceDocument *document, VerticalId vertical,
                                 const QString &indicatorId, double value, const QString &source,
                                 QString *error)
{
    const Workspace &workspace = document->workspace();
    const IndicatorDefinition *definition = workspace.indicator(indicatorId);
    if (!workspace.vertical(vertical) || !definition) {
        *error = Text::tr("There is no such vertical or indicator.");
        return false;
    }
    if (!definition->accepts(value)) {
        *error = Text::tr("%1 must be %2.").arg(definition->name, definition->rangeText());
        return false;
    }
    const IndicatorValue wanted {value, source};
    const Vertical *v = workspace.vertical(vertical);
    if (v->values.contains(indicatorId) && v->values.value(indicatorId) == wanted)
        return true; // already so: no undo step, no "modified"
    document->undoStack()->push(
        new SetIndicatorValueCommand(document, vertical, indicatorId, wanted));
    return true;
}

bool setField(WorkspaceDocument *document, const FieldRef &ref, const QVariant &value,
              QString *error)
{
    const QString problem = Records::check(document->workspace(), ref, value);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QVariant stored = value;
    if ((ref.record == Record::Vertical && ref.field == VerticalField::Name)
        || (ref.record == Record::Scenario && ref.field == ScenarioField::Name))
        stored = value.toString().trimmed();
    if (Records::value(document->workspace(), ref) == stored)
        return true;
    document->undoStack()->push(new SetFieldCommand(document, ref, stored));
    return true;
}

bool renameVertical(WorkspaceDocument *document, VerticalId vertical, const QString &name,
                    QString *error)
{
    const int row = document->workspace().indexOfVertical(vertical);
    if (row < 0) {
        *error = Text::tr("There is no such vertical.");
        return false;
    }
    return setField(document, FieldRef {Record::Vertical, 0, row, VerticalField::Name}, name,
                    error);
}

int insertRecord(WorkspaceDocument *document, Record record, VerticalId vertical, int row,
                 QString *error)
{
    return insertRecordData(document, record, vertical, row,
                            Records::makeNew(document->workspace(), record, vertical), error);
}

QString checkRemoveRecord(WorkspaceDocument *document, Record record, VerticalId vertical, int row)
{
    const Workspace &workspace = document->workspace();
    if (!Records::isList(record) || row < 0 || row >= Records::count(workspace, record, vertical))
        return Text::tr("There is no such row.");
    if (record == Record::CustomIndicator) {
        const QString id = workspace.customIndicators.at(row).id;
        for (const ModelIndicator &used : workspace.model.indicators) {
            if (used.indicatorId == id)
                return Text::tr(
                           "\"%1\" is used by the scoring model; take it out of the model first.")
                    .arg(workspace.customIndicators.at(row).name);
        }
        // A scenario's model would no longer score either.
        for (const Scenario &scenario : workspace.scenarios) {
            for (const ModelIndicator &used : scenario.model.indicators) {
                if (used.indicatorId == id)
                    return Text::tr("\"%1\" is used by the scenario \"%2\"; take it out of that "
                                    "scenario first.")
                        .arg(workspace.customIndicators.at(row).name, scenario.name);
            }
        }
    }
    if (record == Record::ModelNode) {
        const ScoringModel &model = Records::modelOf(workspace, vertical);
        const ModelNode &node = model.nodes.at(row);
        if (node.parent.isEmpty())
            return Text::tr("\"%1\" is an index of the model and cannot be deleted.")
                .arg(node.name);
        for (const ModelNode &other : model.nodes) {
            if (other.parent == node.id)
                return Text::tr("\"%1\" has dimensions below it; delete or move them first.")
                    .arg(node.name);
        }
        for (const ModelIndicator &other : model.indicators) {
            if (other.parent == node.id)
                return Text::tr("\"%1\" has indicators below it; delete or move them first.")
                    .arg(node.name);
        }
    }
    return {};
}

bool removeRecord(WorkspaceDocument *document, Record record, VerticalId vertical, int row,
                  QString *error)
{
    const QString problem = checkRemoveRecord(document, record, vertical, row);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    document->undoStack()->push(new RemoveRecordCommand(document, record, vertical, row));
    return true;
}

int insertRecordData(WorkspaceDocument *document, Record record, VerticalId vertical, int row,
                     const QVariant &data, QString *error)
{
    const Workspace &workspace = document->workspace();
    if (!Records::isList(record)
        || (record == Record::Challenge && !workspace.vertical(vertical))) {
        *error = Text::tr("Rows cannot be added here.");
        return -1;
    }
    const int count = Records::count(workspace, record, vertical);
    if (row < 0 || row > count)
        row = count;
    const QString problem = Records::checkInsert(workspace, record, vertical, row, data);
    if (!problem.isEmpty()) {
        *error = problem;
        return -1;
    }
    document->undoStack()->push(new InsertRecordCommand(document, record, vertical, row, data));
    return row;
}

bool moveRecord(WorkspaceDocument *document, Record record, VerticalId vertical, int from, int to)
{
    const int count = Records::count(document->workspace(), record, vertical);
    if (!Records::isList(record) || from < 0 || from >= count || to < 0 || to >= count
        || from == to)
        return false;
    document->undoStack()->push(new MoveRecordCommand(document, record, vertical, from, to));
    return true;
}

VerticalId addVertical(WorkspaceDocument *document, int index)
{
    const Workspace &workspace = document->workspace();
    Vertical vertical;
    vertical.id = workspace.nextVerticalId();
    vertical.name = Text::tr("New vertical");
    for (int n = 2; workspace.indexOfVerticalNamed(vertical.name) >= 0; ++n)
        vertical.name = Text::tr("New vertical %1").arg(n);
    if (index < 0 || index > workspace.verticals.size())
        index = int(workspace.verticals.size());
    const VerticalId id = vertical.id;
    document->undoStack()->push(new AddVerticalCommand(document, index, std::move(vertical)));
    return id;
}

VerticalId duplicateVertical(WorkspaceDocument *document, VerticalId vertical)
{
    const Workspace &workspace = document->workspace();
    const int index = workspace.indexOfVertical(vertical);
    if (index < 0)
        return 0;
    Vertical copy = workspace.verticals.at(index);
    copy.id = workspace.nextVerticalId();
    const QString base = copy.name;
    copy.name = Text::tr("%1 (copy)").arg(base);
    for (int n = 2; workspace.indexOfVerticalNamed(copy.name) >= 0; ++n)
        copy.name = Text::tr("%1 (copy %2)").arg(base).arg(n);
    const VerticalId id = copy.id;
    document->undoStack()->push(new AddVerticalCommand(
        document, index + 1, std::move(copy), Text::tr("Duplicate vertical \"%1\"").arg(base)));
    return id;
}

bool moveVertical(WorkspaceDocument *document, int from, int to)
{
    const int count = int(document->workspace().verticals.size());
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return false;
    document->undoStack()->push(new MoveVerticalCommand(document, from, to));
    return true;
}

void removeVertical(WorkspaceDocument *document, VerticalId vertical)
{
    const int index = document->workspace().indexOfVertical(vertical);
    if (index >= 0)
        document->undoStack()->push(new RemoveVerticalCommand(document, index));
}

void replaceWorkspace(WorkspaceDocument *document, const Workspace &workspace, const QString &text)
{
    document->undoStack()->push(new ReplaceWorkspaceCommand(document, workspace, text));
}

bool replaceModel(WorkspaceDocument *document, qint64 owner, const ScoringModel &model,
                  const QString &text, QString *error)
{
    if (!Records::hasModel(document->workspace(), owner)) {
        *error = Text::tr("There is no such scenario.");
        return false;
    }
    if (Records::modelOf(document->workspace(), owner) != model)
        document->undoStack()->push(new ReplaceModelCommand(document, owner, model, text));
    return true;
}

} // namespace Commands
} // namespace Gtm
