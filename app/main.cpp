#include "commandline.h"
#include "dialogs/preferencesdialog.h"
#include "domain/language.h"
#include "mainwindow.h"
#include "panels/startpage.h"
#include "storage/serverlocation.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <memory>

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

/**
 * The command line speaks the user's message language (LC_ALL, LC_MESSAGES, LANG): its help,
 * its messages and its tables.
 */
void installMessageLanguage()
{
    Gtm::Translations::install()->setLanguage(Gtm::Language::fromEnvironment());
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GTM Workbench"));
    QCoreApplication::setApplicationName(QStringLiteral("gtm-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GTM_VERSION_STRING));
}

} // namespace

/** For the start-up benchmark: reports the time to the first painted window and quits. */
class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(QElapsedTimer *clock)
        : m_clock(clock)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->isWindow()) {
            std::fprintf(stdout, "first paint after %lld ms\n",
                         static_cast<long long>(m_clock->elapsed()));
            std::fflush(stdout);
            QCoreApplication::quit();
        }
        return false;
    }

private:
    QElapsedTimer *m_clock;
};

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    const QStringList arguments = argumentsOf(argc, argv);

    // Sub-commands work headless: no display, no window system.
    if (Gtm::isCommandLineInvocation(arguments)) {
        if (arguments.constFirst() == QLatin1String("brief")) {
            // The brief draws charts (Qt Charts are widgets): a QApplication, on the offscreen
            // platform whatever the environment says, so it never needs a display.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            setApplicationNames();
            installMessageLanguage();
            return Gtm::runCommandLine(arguments);
        }
        QCoreApplication app(argc, argv);
        setApplicationNames();
        installMessageLanguage();
        return Gtm::runCommandLine(arguments);
    }
    // Mistakes and a missing display are said before a window system is asked for (which
    // would abort without a display).
    if (Gtm::isMistypedInvocation(arguments) || !Gtm::canShowWindow(arguments)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        installMessageLanguage();
        return Gtm::isMistypedInvocation(arguments) ? Gtm::reportMistypedInvocation(arguments)
                                                    : Gtm::reportNoDisplay();
    }
    QApplication app(argc, argv); // takes Qt's own options (-platform, -style, …) out of argv
    setApplicationNames();
    const QStringList rest = QCoreApplication::arguments().mid(1);
    if (const int status = Gtm::checkWindowArguments(rest); status != Gtm::ExitSuccess)
        return status;
    QApplication::setApplicationDisplayName(QStringLiteral("GTM Workbench"));
    // The desktop entry names the window's application (Wayland, task bars); the theme's icon
    // when installed, the built-in one otherwise.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.gtmworkbench.workbench"));
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral("gtm-workbench"), QIcon(QStringLiteral(":/icons/gtm-workbench.svg"))));
    // The window speaks the language chosen in Preferences (the environment's by default) and
    // writes numbers as the chosen region does.
    Gtm::Preferences::rememberSystemPalette();
    Gtm::Preferences::load().apply();

    Gtm::MainWindow window;
    if (!rest.isEmpty()) {
        const QString path = rest.constFirst();
        if (QFileInfo::exists(path) || Gtm::ServerLocation::isServerLocation(path))
            window.openFile(path);
        else
            QMessageBox::warning(&window, QObject::tr("Cannot open workspace"),
                                 QObject::tr("%1: no such file").arg(path));
    } else if (Gtm::StartPage::showsAtStart())
        window.showStartPage();
    std::unique_ptr<FirstPaintProbe> probe;
    if (qEnvironmentVariableIsSet("GTM_QUIT_AFTER_FIRST_PAINT")) {
        probe = std::make_unique<FirstPaintProbe>(&clock);
        window.installEventFilter(probe.get());
    }
    window.show();
    // After a crash: the unsaved changes it left, offered once the window is up.
    if (!probe)
        QTimer::singleShot(0, &window, &Gtm::MainWindow::offerRecovery);
    return app.exec();
}
