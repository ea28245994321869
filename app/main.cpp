#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>

#include <memory>

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GTM Workbench"));
    QCoreApplication::setApplicationName(QStringLiteral("gtm-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GTM_VERSION_STRING));
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = argumentsOf(argc, argv);

    // Sub-commands work headless: no display, no window system.
    if (Gtm::isCommandLineInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        return Gtm::runCommandLine(arguments);
    }
    QApplication app(argc, argv); // takes Qt's own options (-platform, -style, …) out of argv
    setApplicationNames();
    const QStringList rest = QCoreApplication::arguments().mid(1);
    for (const QString &argument : rest) {
        if (argument.startsWith(QLatin1Char('-'))) {
            std::fprintf(stderr,
                         "gtm-workbench: unknown option \"%s\"; run \"gtm-workbench --help\" for "
                         "the usage.\n",
                         qPrintable(argument));
            return Gtm::ExitUsage;
        }
    }
    if (rest.size() > 1) {
        std::fputs("gtm-workbench: give at most one workspace to open; run \"gtm-workbench "
                   "--help\" for the usage.\n",
                   stderr);
        return Gtm::ExitUsage;
    }
    QApplication::setApplicationDisplayName(QStringLiteral("GTM Workbench"));

    Gtm::MainWindow window;
    if (!rest.isEmpty()) {
        const QString path = rest.constFirst();
        if (QFileInfo::exists(path))
            window.openFile(path);
        else
            QMessageBox::warning(&window, QObject::tr("Cannot open workspace"),
                                 QObject::tr("%1: no such file").arg(path));
    }
    window.show();
    return app.exec();
}
