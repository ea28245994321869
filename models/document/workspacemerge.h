#pragma once

#include "domain/workspace.h"
#include "records.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Gtm {

/** Two people changed the same thing: what it is, and its three versions as shown. */
struct MergeConflict
{
    /** Identifies the field across the three versions ("vertical/7/field/1"), for resolutions. */
    QString key;
    /** Where it is, for a person: "Vertical “Healthcare” · Description". */
    QString where;
    QString base; // as both last saw it
    QString mine;
    QString theirs;

    friend bool operator==(const MergeConflict &a, const MergeConflict &b)
    {
        return a.key == b.key && a.where == b.where && a.base == b.base && a.mine == b.mine
            && a.theirs == b.theirs;
    }
};

/** One field that differs between two versions (an audit line, a colleague's change). */
struct FieldChange
{
    QString key;
    QString where;
    QString before;
    QString after;
};

/**
 * Three-way merge of workspaces, field by field: the version both sides started from (`base`),
 * ours (`mine`) and the one stored meanwhile by someone else (`theirs`).
 *
 * Records are matched by identity (verticals by id, scenarios by name, one-row records and the
 * nine value drivers by place), and every field of a record separately (each indicator value of
 * a vertical is a field). A field changed on one side only takes that side's value; changed on
 * both sides to different values it is a conflict, unless a resolution says which side wins.
 * Rows of lists without identity (personas, challenges, …) merge field by field while no side
 * added or removed rows; a list whose rows were added or removed on both sides is one conflict.
 * A record deleted on one side and changed on the other is a conflict too. Verticals added on
 * both sides are all kept (one of two with the same id gets a new id).
 *
 * Plain data in, plain data out: the window, the command line and the tests share it.
 */
namespace WorkspaceMerge {

enum class Side { Mine, Theirs };

struct Result
{
    /** Theirs with our changes applied; for an unresolved conflict the field keeps theirs. */
    Workspace merged;
    QList<MergeConflict> conflicts;
    /** What our side changes in theirs (merged against theirs), for the audit. */
    QList<FieldChange> ours;
    /** What the other side changed since base, for telling the user. */
    QList<FieldChange> colleagues;
    /** Rows or records were added, removed or moved on the other side (or a vertical got a new
     *  id): positions the user's undo history refers to may have moved. */
    bool structureChanged = false;
    /** Problems of the merged workspace that neither side had (two verticals given one name). */
    QStringList problems;
};

Result merge(const Workspace &base, const Workspace &mine, const Workspace &theirs,
             const QHash<QString, Side> &resolutions = {});

/** The fields that differ from `before` to `after`. */
QList<FieldChange> changes(const Workspace &before, const Workspace &after);

/** Where a field is, as merge() names it: "Vertical “Healthcare” · Description". */
QString describe(const Workspace &workspace, const FieldRef &ref);

} // namespace WorkspaceMerge
} // namespace Gtm

Q_DECLARE_METATYPE(Gtm::MergeConflict)
Q_DECLARE_METATYPE(Gtm::FieldChange)
