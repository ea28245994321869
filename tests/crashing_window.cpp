// The window the fault test kills: it opens a workspace, then edits and saves it in a loop,
// writing its recovery data after each save's next edit, until it is killed. After each cycle
// it prints the cycle's number: the workspace then holds market size N for the first vertical
// (saved), and the recovery data N + 0.5 (unsaved). See tst_mainwindow's
// windowKilledWhileSavingLosesNothing.
#include "commands/workspacecommands.h"
#include "document/autosave.h"
#include "document/workspacedocument.h"
#include "domain/indicator.h"
#include "mainwindow.h"

#include <QApplication>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    // The test's own settings and data places, as the test process has them.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    Gtm::MainWindow window;
    if (!window.openFile(QString::fromLocal8Bit(argv[1])))
        return 1;
    std::printf("ready\n");
    std::fflush(stdout);
    Gtm::WorkspaceDocument *document = window.document();
    const Gtm::VerticalId first = document->workspace().verticals.at(0).id;
    const QString market = QString::fromLatin1(Gtm::IndicatorId::MarketSizeUsdBn);
    QString error;
    for (int cycle = 1;; ++cycle) {
        if (!Gtm::Commands::setIndicatorValue(document, first, market, cycle, &error)
            || !window.save())
            return 1;
        if (!Gtm::Commands::setIndicatorValue(document, first, market, cycle + 0.5, &error))
            return 1;
        window.autosave()->writeNow();
        if (!window.autosave()->waitForWrite())
            return 1;
        std::printf("%d\n", cycle);
        std::fflush(stdout);
    }
}
