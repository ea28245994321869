#pragma once

#include <QWidget>

class QCheckBox;
class QListWidget;
class QListWidgetItem;

namespace Gtm {

/**
 * What a new user sees first: the recent workspaces, New, Open, Open from Server and Open
 * Sample, and the method in one picture (four dimensions feed two indices, which place each
 * vertical in a quadrant). Dismissed with Close or by starting any work; "Show at start"
 * decides whether it comes back at the next start (Help ▸ Start Page shows it any time).
 */
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    /** The recent workspaces, newest first (file names or server locations). */
    void setRecentFiles(const QStringList &files);
    QListWidget *recentList() const { return m_recent; }
    QCheckBox *showAtStartBox() const { return m_showAtStart; }

    /** Whether the page is shown when the program starts without a workspace to open. */
    static bool showsAtStart();
    static void setShowsAtStart(bool show);

signals:
    void newRequested();
    void openRequested();
    void openFromServerRequested();
    void openSampleRequested();
    void openRecentRequested(const QString &fileName);
    void dismissed();

private:
    void activateRecent(QListWidgetItem *item);

    QListWidget *m_recent;
    QCheckBox *m_showAtStart;
};

/** The method in one picture, drawn for the palette (light or dark) and the language. */
class MethodDiagram : public QWidget
{
    Q_OBJECT

public:
    explicit MethodDiagram(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace Gtm
