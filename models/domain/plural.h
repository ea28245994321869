#pragma once

#include <QString>

namespace Gtm {

/** "1 vertical" / "12 verticals": picks the form by count and fills in the number. */
inline QString counted(qsizetype count, const QString &one, const QString &many)
{
    return (count == 1 ? one : many).arg(count);
}

} // namespace Gtm
