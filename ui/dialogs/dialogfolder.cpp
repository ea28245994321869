#include "dialogfolder.h"

#include "storage/serverlocation.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

namespace Gtm::DialogFolder {

namespace {
QString lastFolderKey()
{
    return QStringLiteral("dialogs/lastFolder");
}
} // namespace

QString start(const QWidget *from)
{
    const QString fileName
        = from ? from->window()->property(WorkspaceFileProperty).toString() : QString();
    if (!fileName.isEmpty() && !ServerLocation::isServerLocation(fileName))
        return QFileInfo(fileName).absolutePath();
    const QString last = QSettings().value(lastFolderKey()).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void remember(const QString &chosenFile)
{
    QSettings().setValue(lastFolderKey(), QFileInfo(chosenFile).absolutePath());
}

} // namespace Gtm::DialogFolder
