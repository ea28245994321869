#pragma once

#include "domain/workspace.h"

#include <QUndoCommand>

#include <optional>

namespace Gtm {

class WorkspaceDocument;

/** Ids that let consecutive edits of one field merge into one undo step. */
enum class CommandId { SetIndicatorValue = 1, RenameVertical };

/** Sets or clears (nullopt) one indicator value of one vertical. */
class SetIndicatorValueCommand : public QUndoCommand
{
public:
    SetIndicatorValueCommand(WorkspaceDocument *document, VerticalId vertical,
                             const QString &indicatorId, std::optional<IndicatorValue> value);

    void undo() override;
    void redo() override;
    int id() const override { return int(CommandId::SetIndicatorValue); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    WorkspaceDocument *m_document;
    VerticalId m_vertical;
    QString m_indicatorId;
    std::optional<IndicatorValue> m_old;
    std::optional<IndicatorValue> m_new;
};

class RenameVerticalCommand : public QUndoCommand
{
public:
    RenameVerticalCommand(WorkspaceDocument *document, VerticalId vertical, const QString &name);

    void undo() override;
    void redo() override;
    int id() const override { return int(CommandId::RenameVertical); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    WorkspaceDocument *m_document;
    VerticalId m_vertical;
    QString m_old;
    QString m_new;
};

/** Inserts a vertical at an index; undo removes it again. */
class AddVerticalCommand : public QUndoCommand
{
public:
    AddVerticalCommand(WorkspaceDocument *document, int index, Vertical vertical);
    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    int m_index;
    Vertical m_vertical;
};

class RemoveVerticalCommand : public QUndoCommand
{
public:
    RemoveVerticalCommand(WorkspaceDocument *document, int index);
    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    int m_index;
    Vertical m_vertical;
};

/** Replaces the whole workspace, as an import does; undo restores the previous one. */
class ReplaceWorkspaceCommand : public QUndoCommand
{
public:
    ReplaceWorkspaceCommand(WorkspaceDocument *document, Workspace workspace, const QString &text);
    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    Workspace m_old;
    Workspace m_new;
};

/**
 * The only way the UI changes data: each function checks the edit, pushes one undo command and
 * returns true, or returns false with a message the user can act on and changes nothing.
 */
namespace Commands {

bool setIndicatorValue(WorkspaceDocument *document, VerticalId vertical, const QString &indicatorId,
                       std::optional<double> value, QString *error);
bool renameVertical(WorkspaceDocument *document, VerticalId vertical, const QString &name,
                    QString *error);
/** Adds a new vertical with a unique name ("New vertical", "New vertical 2", …); returns its id. */
VerticalId addVertical(WorkspaceDocument *document, int index = -1);
void removeVertical(WorkspaceDocument *document, VerticalId vertical);
void replaceWorkspace(WorkspaceDocument *document, const Workspace &workspace, const QString &text);

} // namespace Commands
} // namespace Gtm
