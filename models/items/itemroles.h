#pragma once

#include <Qt>

namespace Gtm {

/** Roles the workspace's item models share with the editors' delegates. */
namespace ItemRoles {
enum {
    /** QVariantList of QVariantList{value, label}: what an enum or id cell may be set to. */
    Choices = Qt::UserRole + 100,
    /** The FieldType of the cell, as int. */
    Type,
    /** bool, on a vertical's cells: its scores rest on too little data to decide on (an index
     *  below the scoring model's minimum coverage, ScoringResult::isProvisional()). */
    Provisional,
};
} // namespace ItemRoles

} // namespace Gtm
