#pragma once

#include "enums.h"

#include <QString>

namespace Gtm {

/** The enterprise AI product whose go-to-market the workspace plans. */
struct Product
{
    QString name;
    QString pitch; // one line
    AiCategory category = AiCategory::EmployeeProductivity;
    QString customCategory; // used when category is Custom
    Modality modality = Modality::Text;

    friend bool operator==(const Product &a, const Product &b)
    {
        return a.name == b.name && a.pitch == b.pitch && a.category == b.category
            && a.customCategory == b.customCategory && a.modality == b.modality;
    }
    friend bool operator!=(const Product &a, const Product &b) { return !(a == b); }
};

} // namespace Gtm
