#pragma once

#include "document/records.h"
#include "domain/workspace.h"

#include <QUndoCommand>

#include <optional>

namespace Gtm {

class WorkspaceDocument;

/** Ids that let consecutive edits of one field merge into one undo step. */
enum class CommandId { SetIndicatorValue = 1, SetField };

/** Edits of one field merge only while they follow each other this closely (one typing run). */
inline constexpr qint64 MergeWindowMs = 2000;

/** Sets or clears (nullopt) one indicator value of one vertical. */
class SetIndicatorValueCommand : public QUndoCommand
{
public:
    SetIndicatorValueCommand(WorkspaceDocument *document, VerticalId vertical,
                             const QString &indicatorId, std::optional<IndicatorValue> value);

    void undo() override;
    void redo() override;
    /** A value put in from a reference figure is a step of its own: it does not merge. */
    int id() const override
    {
        return m_new && !m_new->source.isEmpty() ? -1 : int(CommandId::SetIndicatorValue);
    }
    bool mergeWith(const QUndoCommand *other) override;

private:
    qint64 m_lastEdit;
    WorkspaceDocument *m_document;
    VerticalId m_vertical;
    QString m_indicatorId;
    std::optional<IndicatorValue> m_old;
    std::optional<IndicatorValue> m_new;
};

/** Changes one field of any record (see records.h); typing in one field merges. */
class SetFieldCommand : public QUndoCommand
{
public:
    SetFieldCommand(WorkspaceDocument *document, const FieldRef &ref, const QVariant &value);

    void undo() override;
    void redo() override;
    int id() const override { return int(CommandId::SetField); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    qint64 m_lastEdit;
    WorkspaceDocument *m_document;
    FieldRef m_ref;
    QVariant m_old;
    QVariant m_new;
};

/** Inserts a record into a list (a persona, a challenge, a model node, …). */
class InsertRecordCommand : public QUndoCommand
{
public:
    InsertRecordCommand(WorkspaceDocument *document, Record record, VerticalId vertical, int row,
                        const QVariant &data);
    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    Record m_record;
    VerticalId m_vertical;
    int m_row;
    QVariant m_data;
};

/** Removes a record; undo puts it back (with a custom indicator, its values too). */
class RemoveRecordCommand : public QUndoCommand
{
public:
    RemoveRecordCommand(WorkspaceDocument *document, Record record, VerticalId vertical, int row);
    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    Record m_record;
    VerticalId m_vertical;
    int m_row;
    QVariant m_data;
    QHash<VerticalId, IndicatorValue> m_values; // a custom indicator's values, by vertical
};

class MoveRecordCommand : public QUndoCommand
{
public:
    MoveRecordCommand(WorkspaceDocument *document, Record record, VerticalId vertical, int from,
                      int to);
    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    Record m_record;
    VerticalId m_vertical;
    int m_from;
    int m_to;
};

/** Inserts a vertical at an index; undo removes it again. */
class AddVerticalCommand : public QUndoCommand
{
public:
    AddVerticalCommand(WorkspaceDocument *document, int index, Vertical vertical,
                       const QString &text = {});
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

class MoveVerticalCommand : public QUndoCommand
{
public:
    MoveVerticalCommand(WorkspaceDocument *document, int from, int to);
    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    int m_from;
    int m_to;
};

/** Replaces the whole workspace, as an import does; undo restores the previous one. */
/** Replaces a whole scoring model: the workspace's (owner 0) or a scenario's (its id). */
class ReplaceModelCommand : public QUndoCommand
{
public:
    ReplaceModelCommand(WorkspaceDocument *document, qint64 owner, ScoringModel model,
                        const QString &text);
    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    qint64 m_owner;
    ScoringModel m_old;
    ScoringModel m_new;
};

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
/** Sets a value taken from a published figure, keeping where it came from. */
bool setIndicatorValueWithSource(WorkspaceDocument *document, VerticalId vertical,
                                 const QString &indicatorId, double value, const QString &source,
                                 QString *error);
bool setField(WorkspaceDocument *document, const FieldRef &ref, const QVariant &value,
              QString *error);
bool renameVertical(WorkspaceDocument *document, VerticalId vertical, const QString &name,
                    QString *error);

/** Inserts a new record (defaults from Records::makeNew) at `row` (-1: at the end); returns its
 *  row, or -1 with `error` set. */
int insertRecord(WorkspaceDocument *document, Record record, VerticalId vertical, int row,
                 QString *error);
bool removeRecord(WorkspaceDocument *document, Record record, VerticalId vertical, int row,
                  QString *error);
/** Why the record cannot be removed (an index of the model, a custom indicator the model uses,
 *  …), or an empty string. Nothing is pushed. */
QString checkRemoveRecord(WorkspaceDocument *document, Record record, VerticalId vertical, int row);
/** Inserts a record made by the caller (a model indicator with its parent and indicator set)
 *  as one undo step; returns its row, or -1 with `error` set. */
int insertRecordData(WorkspaceDocument *document, Record record, VerticalId vertical, int row,
                     const QVariant &data, QString *error);
bool moveRecord(WorkspaceDocument *document, Record record, VerticalId vertical, int from, int to);

/** Adds a new vertical with a unique name ("New vertical", "New vertical 2", …); returns its id. */
VerticalId addVertical(WorkspaceDocument *document, int index = -1);
/** Adds a copy of a vertical named "… (copy)" after it; returns the copy's id. */
VerticalId duplicateVertical(WorkspaceDocument *document, VerticalId vertical);
void removeVertical(WorkspaceDocument *document, VerticalId vertical);
bool moveVertical(WorkspaceDocument *document, int from, int to);
void replaceWorkspace(WorkspaceDocument *document, const Workspace &workspace, const QString &text);
/** Replaces the model of `owner` (0: the workspace's, else a scenario's id); false, with the
 *  reason, when there is no such scenario. Nothing is pushed when the model is the same. */
bool replaceModel(WorkspaceDocument *document, qint64 owner, const ScoringModel &model,
                  const QString &text, QString *error);

} // namespace Commands
} // namespace Gtm
