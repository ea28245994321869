#include "workspacecommands.h"

#include "document/workspacedocument.h"

#include <QCoreApplication>

namespace Gtm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Gtm::Commands", text);
}

} // namespace

SetIndicatorValueCommand::SetIndicatorValueCommand(WorkspaceDocument *document, VerticalId vertical,
                                                   const QString &indicatorId,
                                                   std::optional<IndicatorValue> value)
    : m_document(document)
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
    const IndicatorDefinition *definition = document->workspace().indicator(indicatorId);
    setText(tr("Change %1").arg(definition ? definition->name : indicatorId));
}

void SetIndicatorValueCommand::undo()
{
    m_document->setIndicatorValue(m_vertical, m_indicatorId, m_old);
}

void SetIndicatorValueCommand::redo()
{
    m_document->setIndicatorValue(m_vertical, m_indicatorId, m_new);
}

bool SetIndicatorValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetIndicatorValueCommand *>(other);
    if (next->m_vertical != m_vertical || next->m_indicatorId != m_indicatorId)
        return false;
    m_new = next->m_new;
    setObsolete(m_new == m_old);
    return true;
}

RenameVerticalCommand::RenameVerticalCommand(WorkspaceDocument *document, VerticalId vertical,
                                             const QString &name)
    : m_document(document)
    , m_vertical(vertical)
    , m_new(name)
{
    if (const Vertical *v = document->workspace().vertical(vertical))
        m_old = v->name;
    setText(tr("Rename vertical"));
}

void RenameVerticalCommand::undo()
{
    m_document->setVerticalName(m_vertical, m_old);
}

void RenameVerticalCommand::redo()
{
    m_document->setVerticalName(m_vertical, m_new);
}

bool RenameVerticalCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const RenameVerticalCommand *>(other);
    if (next->m_vertical != m_vertical)
        return false;
    m_new = next->m_new;
    setObsolete(m_new == m_old);
    return true;
}

AddVerticalCommand::AddVerticalCommand(WorkspaceDocument *document, int index, Vertical vertical)
    : m_document(document)
    , m_index(index)
    , m_vertical(std::move(vertical))
{
    setText(tr("Add vertical \"%1\"").arg(m_vertical.name));
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
    setText(tr("Delete vertical \"%1\"").arg(m_vertical.name));
}

void RemoveVerticalCommand::undo()
{
    m_document->insertVertical(m_index, m_vertical);
}

void RemoveVerticalCommand::redo()
{
    m_document->removeVertical(m_index);
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
        *error = tr("There is no such vertical or indicator.");
        return false;
    }
    if (value && !definition->accepts(*value)) {
        *error = tr("%1 must be %2.").arg(definition->name, definition->rangeText());
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

bool renameVertical(WorkspaceDocument *document, VerticalId vertical, const QString &name,
                    QString *error)
{
    const Workspace &workspace = document->workspace();
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("A vertical needs a name.");
        return false;
    }
    const int other = workspace.indexOfVerticalNamed(trimmed);
    if (other >= 0 && workspace.verticals.at(other).id != vertical) {
        *error = tr("There is already a vertical named \"%1\".").arg(trimmed);
        return false;
    }
    const Vertical *v = workspace.vertical(vertical);
    if (!v) {
        *error = tr("There is no such vertical.");
        return false;
    }
    if (v->name == trimmed)
        return true;
    document->undoStack()->push(new RenameVerticalCommand(document, vertical, trimmed));
    return true;
}

VerticalId addVertical(WorkspaceDocument *document, int index)
{
    const Workspace &workspace = document->workspace();
    Vertical vertical;
    vertical.id = workspace.nextVerticalId();
    vertical.name = tr("New vertical");
    for (int n = 2; workspace.indexOfVerticalNamed(vertical.name) >= 0; ++n)
        vertical.name = tr("New vertical %1").arg(n);
    if (index < 0 || index > workspace.verticals.size())
        index = int(workspace.verticals.size());
    const VerticalId id = vertical.id;
    document->undoStack()->push(new AddVerticalCommand(document, index, std::move(vertical)));
    return id;
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

} // namespace Commands
} // namespace Gtm
