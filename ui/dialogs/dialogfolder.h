#pragma once

#include <QString>

class QWidget;

namespace Gtm::DialogFolder {

/** The dynamic property a main window carries: the file name of its workspace. */
inline constexpr char WorkspaceFileProperty[] = "gtmWorkspaceFile";

/**
 * Where a file dialog opened from `from` starts: the folder of its window's workspace file;
 * else the folder a dialog was last left in; else Documents. Never the folder the program
 * happened to be started in.
 */
QString start(const QWidget *from);
/** Remembers the folder of a file the user chose, for the next dialog. */
void remember(const QString &chosenFile);

} // namespace Gtm::DialogFolder
