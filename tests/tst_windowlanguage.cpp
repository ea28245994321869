// Every text the window shows, in each language: walked page by page, dock by dock, menu by
// menu and dialog by dialog, with the charts' titles, axes, labels and legends and the item
// views' data and headers. In Chinese no English source sentence may show and every text with
// words must have Chinese in it (proper nouns and units aside); in English no Chinese may show.

#include "charts/chartspage.h"
#include "charts/chartview.h"
#include "charts/recommendationview.h"
#include "dialogs/briefdialog.h"
#include "dialogs/exportchartdialog.h"
#include "dialogs/preferencesdialog.h"
#include "document/workspacedocument.h"
#include "domain/indicator.h"
#include "domain/language.h"
#include "export/briefoptions.h"
#include "items/verticaltablemodel.h"
#include "mainwindow.h"
#include "panels/verticalnavigator.h"
#include "storage/workspacefiles.h"
#include "storage/workspacejson.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <QBarCategoryAxis>
#include <QCategoryAxis>

using namespace Gtm;

namespace {

/** Proper nouns, acronyms and units that read the same in Chinese. */
const QStringList AllowedWords {
    QStringLiteral("AI"),         QStringLiteral("GTM"),      QStringLiteral("Workbench"),
    QStringLiteral("POC"),        QStringLiteral("CSV"),      QStringLiteral("JSON"),
    QStringLiteral("PDF"),        QStringLiteral("PNG"),      QStringLiteral("SVG"),
    QStringLiteral("USD"),        QStringLiteral("OECD"),     QStringLiteral("SQLite"),
    QStringLiteral("A4"),         QStringLiteral("Letter"),   QStringLiteral("English"),
    QStringLiteral("ROI"),        QStringLiteral("KPI"),      QStringLiteral("IT"),
    QStringLiteral("CEO"),        QStringLiteral("CIO"),      QStringLiteral("CFO"),
    QStringLiteral("CTO"),        QStringLiteral("CISO"),     QStringLiteral("SaaS"),
    QStringLiteral("API"),        QStringLiteral("PoC"),      QStringLiteral("ISO"),
    QStringLiteral("Mc"),         QStringLiteral("Kinsey"),   QStringLiteral("McKinsey"),
    QStringLiteral("PwC"),        QStringLiteral("Gartner"),  QStringLiteral("IDC"),
    QStringLiteral("Nedelkoska"), QStringLiteral("Quintini"), QStringLiteral("Frey"),
    QStringLiteral("Osborne"),    QStringLiteral("et"),       QStringLiteral("al"),
    QStringLiteral("PDF/A"),      QStringLiteral("ID"),
};

/** Texts in their own language on purpose, in either language of the window: the languages and
 *  regions to choose from, each in its own words. */
QStringList ownWords()
{
    QStringList allowed {QStringLiteral("简体中文"), QStringLiteral("中文（简体）")};
    for (const QString &region : Preferences::regions()) {
        const QLocale locale(region);
        allowed.append(QStringLiteral("%1 (%2)").arg(locale.nativeLanguageName(),
                                                     locale.nativeTerritoryName()));
    }
    return allowed;
}

bool hasChinese(const QString &text)
{
    for (const QChar c : text) {
        const char32_t u = c.unicode();
        if ((u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3400 && u <= 0x4dbf))
            return true;
    }
    return false;
}

/** What a reader sees of a widget's text: no markup, no mnemonic ampersands. */
QString plain(QString text)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text.trimmed();
}

/**
 * Every string the user wrote in a workspace's JSON: the workspace's own words are the user's,
 * in any language. Ids and enum keys ("risk", "champion") are the program's and are left out.
 */
void collectStrings(const QJsonValue &value, QSet<QString> *out, const QString &key = {})
{
    static const QStringList programKeys {QStringLiteral("aggregation"),
                                          QStringLiteral("category"),
                                          QStringLiteral("committeeRole"),
                                          QStringLiteral("driver"),
                                          QStringLiteral("format"),
                                          QStringLiteral("framing"),
                                          QStringLiteral("id"),
                                          QStringLiteral("indicator"),
                                          QStringLiteral("kind"),
                                          QStringLiteral("missingValues"),
                                          QStringLiteral("modality"),
                                          QStringLiteral("model"),
                                          QStringLiteral("normalisation"),
                                          QStringLiteral("parent"),
                                          QStringLiteral("polarity"),
                                          QStringLiteral("stakeholder")};
    if (value.isString()) {
        if (!programKeys.contains(key))
            out->insert(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectStrings(v, out, key);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectStrings(it.value(), out, it.key());
    }
}

struct Seen
{
    QString where;
    QString text;
};

class Walker
{
public:
    QList<Seen> texts;

    void add(const QString &where, const QString &text)
    {
        const QString shown = plain(text);
        if (!shown.isEmpty())
            texts.append({where, shown});
    }

    void walkModel(const QString &where, const QAbstractItemModel *model, const QModelIndex &parent,
                   int depth = 0)
    {
        if (!model || depth > 4)
            return;
        const int rows = std::min(model->rowCount(parent), 60);
        const int columns = model->columnCount(parent);
        if (!parent.isValid()) {
            for (int column = 0; column < columns; ++column) {
                add(where + QStringLiteral(" header"),
                    model->headerData(column, Qt::Horizontal).toString());
                add(where + QStringLiteral(" header tip"),
                    model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
            }
        }
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < columns; ++column) {
                const QModelIndex index = model->index(row, column, parent);
                add(where, index.data(Qt::DisplayRole).toString());
                add(where + QStringLiteral(" tip"), index.data(Qt::ToolTipRole).toString());
                if (column == 0 && model->hasChildren(index))
                    walkModel(where, model, index, depth + 1);
            }
        }
    }

    void walkChart(const QString &where, QChart *chart)
    {
        add(where + QStringLiteral(" title"), chart->title());
        for (QAbstractAxis *axis : chart->axes()) {
            add(where + QStringLiteral(" axis"), axis->titleText());
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
                for (const QString &c : categories->categories())
                    add(where + QStringLiteral(" axis category"), c);
            if (auto *categories = qobject_cast<QCategoryAxis *>(axis))
                for (const QString &c : categories->categoriesLabels())
                    add(where + QStringLiteral(" axis label"), c);
        }
        for (QAbstractSeries *series : chart->series())
            add(where + QStringLiteral(" series"), series->name());
        for (QLegendMarker *marker : chart->legend()->markers())
            if (marker->isVisible())
                add(where + QStringLiteral(" legend"), marker->label());
        if (QGraphicsScene *scene = chart->scene()) {
            for (QGraphicsItem *item : scene->items()) {
                if (!item->isVisible())
                    continue;
                if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                    add(where + QStringLiteral(" label"), simple->text());
                else if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item))
                    add(where + QStringLiteral(" label"), rich->toPlainText());
            }
        }
    }

    void walkMenu(const QString &where, QMenu *menu)
    {
        add(where, menu->title());
        for (QAction *action : menu->actions()) {
            add(where + QStringLiteral(" action"), action->text());
            add(where + QStringLiteral(" action tip"), action->statusTip());
            if (action->menu())
                walkMenu(where + QLatin1Char('/') + plain(menu->title()), action->menu());
        }
    }

    void walkWidget(const QString &where, QWidget *root)
    {
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : widgets) {
            if (qobject_cast<QMenu *>(w))
                continue; // menus are walked from the menu bar
            const QString at = where + QLatin1Char(' ')
                + QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('#')
                + w->objectName();
            add(at + QStringLiteral(" tooltip"), w->toolTip());
            add(at + QStringLiteral(" accessible name"), w->accessibleName());
            if (w->isWindow())
                add(at + QStringLiteral(" window title"), w->windowTitle());
            if (auto *label = qobject_cast<QLabel *>(w))
                add(at, label->text());
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                add(at, button->text());
            if (auto *group = qobject_cast<QGroupBox *>(w))
                add(at, group->title());
            if (auto *edit = qobject_cast<QLineEdit *>(w))
                add(at + QStringLiteral(" placeholder"), edit->placeholderText());
            if (auto *combo = qobject_cast<QComboBox *>(w))
                for (int i = 0; i < combo->count(); ++i)
                    add(at + QStringLiteral(" item"), combo->itemText(i));
            if (auto *bar = qobject_cast<QTabBar *>(w))
                for (int i = 0; i < bar->count(); ++i) {
                    add(at + QStringLiteral(" tab"), bar->tabText(i));
                    add(at + QStringLiteral(" tab tip"), bar->tabToolTip(i));
                }
            if (auto *dock = qobject_cast<QDockWidget *>(w))
                add(at + QStringLiteral(" dock"), dock->windowTitle());
            if (auto *view = qobject_cast<QAbstractItemView *>(w))
                walkModel(at, view->model(), view->rootIndex());
            if (auto *chartView = qobject_cast<QChartView *>(w))
                walkChart(at, chartView->chart());
        }
    }
};

} // namespace

class TestWindowLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyTextInTheWindowsLanguage_data();
    void everyTextInTheWindowsLanguage();
    void languageChangesInPlaceAndKeepsTheWork();
    void regionAndThemeApplyInPlace();
    void briefInTheOtherLanguageLeavesTheWindowAlone_data();
    void briefInTheOtherLanguageLeavesTheWindowAlone();

private:
    void walk(MainWindow &window, QList<Seen> *seen);
    QStringList problems(const QList<Seen> &seen, const QString &language,
                         const QSet<QString> &userWords) const;

    QSet<QString> m_sources; // the catalog's English source texts that have a translation
    QStringList m_phrases; // those of two words or more, without placeholders
    QTemporaryDir m_dir;
};

void TestWindowLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Preferences::rememberSystemPalette();
    QVERIFY(Translations::install());
    QFile ts(QStringLiteral(GTM_TS_FILE));
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    QXmlStreamReader xml(&ts);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            // A source with words that reads otherwise in Chinese.
            if (!translation.isEmpty() && translation != source
                && source.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3,}"))))
                m_sources.insert(plain(source));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    for (const QString &source : std::as_const(m_sources))
        if (source.contains(QLatin1Char(' ')) && !source.contains(QLatin1Char('%'))
            && source.size() >= 8)
            m_phrases.append(source);
    QVERIFY(m_sources.size() > 800);
}

void TestWindowLanguage::cleanup()
{
    Translations::instance()->setLanguage(QStringLiteral("en"));
}

void TestWindowLanguage::walk(MainWindow &window, QList<Seen> *seen)
{
    Walker walker;
    ChartsPage *charts = window.chartsPage();
    // A vertical chosen, so its worksheet, scores, reference figures and "why" chart fill in.
    const Workspace &workspace = window.document()->workspace();
    window.navigator()->select(workspace.verticals.constFirst().id);
    walker.add(QStringLiteral("map tooltip"),
               charts->mapToolTip(workspace.verticals.constFirst().id));
    // Each page and each chart tab shown once, so each draws its content; the robustness run
    // and the recommendation finish before their texts are read.
    for (int page = MainWindow::ProductPage; page <= MainWindow::ChartPage; ++page) {
        window.showPage(MainWindow::Page(page));
        QCoreApplication::processEvents();
    }
    for (int tab = ChartsPage::MapTab; tab <= ChartsPage::RecommendationTab; ++tab) {
        charts->showTab(ChartsPage::Tab(tab));
        QCoreApplication::processEvents();
        if (tab == ChartsPage::RobustnessTab)
            QTRY_VERIFY_WITH_TIMEOUT(!charts->isRunning(), 60000);
        if (tab == ChartsPage::RecommendationTab)
            QTRY_VERIFY_WITH_TIMEOUT(!charts->recommendation()->isRunning(), 60000);
    }
    walker.walkWidget(QStringLiteral("window"), &window);
    for (QAction *action : window.menuBar()->actions())
        if (action->menu())
            walker.walkMenu(QStringLiteral("menu"), action->menu());

    PreferencesDialog preferences(&window);
    walker.walkWidget(QStringLiteral("preferences"), &preferences);
    BriefDialog brief(window.document()->workspace(), &window);
    walker.walkWidget(QStringLiteral("brief dialog"), &brief);
    ExportChartDialog exportChart(&window);
    walker.walkWidget(QStringLiteral("export chart dialog"), &exportChart);
    *seen = walker.texts;
}

QStringList TestWindowLanguage::problems(const QList<Seen> &seen, const QString &language,
                                         const QSet<QString> &userWords) const
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z'’-]*[A-Za-z]"));
    QStringList found;
    QSet<QString> reported;
    for (const Seen &s : seen) {
        QString problem;
        if (language == QLatin1String("zh_CN")) {
            // Ids ("readiness.context", "risk") are keys of files, the same in every language.
            static const QRegularExpression id(QStringLiteral("^[a-z][a-z_0-9]*(\\.[a-z_0-9]+)*$"));
            if (userWords.contains(s.text) || ownWords().contains(s.text)
                || s.text == QLatin1String("English") || id.match(s.text).hasMatch())
                continue;
            if (m_sources.contains(s.text)) {
                problem = QStringLiteral("English source text");
            } else if (hasChinese(s.text)) {
                // A Chinese sentence with an English name or phrase of the program's in it.
                QString rest = s.text;
                // Book titles (in 《》), ids (market.size_usd_bn), commands and file name
                // extensions (.gtmw) are as they are.
                static const QRegularExpression asIs(
                    QStringLiteral("《[^》]*》|\\b[a-z_0-9]+\\.[a-z_0-9.]+\\b|gtm-workbench [a-z]+|"
                                   "(?<![A-Za-z0-9])\\.[a-z]{2,5}\\b"));
                rest.remove(asIs);
                for (const QString &w : userWords)
                    if (w.size() > 3)
                        rest.remove(w);
                for (const QString &phrase : m_phrases) {
                    if (rest.contains(phrase)) {
                        problem = QStringLiteral("English phrase \"%1\"").arg(phrase);
                        break;
                    }
                }
                // A lower-case English word is no proper noun: a word of the program left in.
                static const QRegularExpression lower(QStringLiteral("\\b[a-z]{3,}\\b"));
                for (auto it = lower.globalMatch(rest); problem.isEmpty() && it.hasNext();) {
                    const QString w = it.next().captured();
                    if (!userWords.contains(w) && !AllowedWords.contains(w))
                        problem = QStringLiteral("English word \"%1\"").arg(w);
                }
            } else {
                QStringList english;
                for (auto it = word.globalMatch(s.text); it.hasNext();) {
                    const QString w = it.next().captured();
                    if (!AllowedWords.contains(w) && !userWords.contains(w))
                        english.append(w);
                }
                if (!english.isEmpty())
                    problem = QStringLiteral("no Chinese");
            }
        } else if (hasChinese(s.text) && !ownWords().contains(s.text)) {
            problem = QStringLiteral("Chinese in English");
        }
        if (problem.isEmpty() || reported.contains(s.text))
            continue;
        reported.insert(s.text);
        found.append(QStringLiteral("%1 — %2: \"%3\"").arg(problem, s.where, s.text.left(120)));
    }
    return found;
}

void TestWindowLanguage::everyTextInTheWindowsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN");
}

void TestWindowLanguage::everyTextInTheWindowsLanguage()
{
    QFETCH(QString, language);
    QVERIFY(Translations::instance()->setLanguage(language));
    MainWindow window;
    window.openSample(); // in the window's language
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The user's own words (a name, a description) are theirs, in whatever language; names
    // the program wrote (the default model's) are not.
    QSet<QString> userWords;
    collectStrings(WorkspaceJson::toJson(window.document()->workspace()), &userWords);
    for (const QString &text : QSet<QString>(userWords))
        if (localizedName(text) != text)
            userWords.remove(text);
    for (const QString &text : QSet<QString>(userWords))
        for (auto it = QRegularExpression(QStringLiteral("[A-Za-z]+")).globalMatch(text);
             it.hasNext();)
            userWords.insert(it.next().captured());

    QList<Seen> seen;
    walk(window, &seen);
    if (QTest::currentTestFailed())
        return;
    qInfo("%lld texts seen", static_cast<long long>(seen.size()));
    QVERIFY(seen.size() > 1000);
    const QStringList found = problems(seen, language, userWords);
    for (const QString &problem : found)
        qInfo("%s", qPrintable(problem));
    QVERIFY2(found.isEmpty(),
             qPrintable(QStringLiteral("%1 texts not in the window's language:\n").arg(found.size())
                        + found.mid(0, 150).join(QLatin1Char('\n'))));
}

void TestWindowLanguage::languageChangesInPlaceAndKeepsTheWork()
{
    MainWindow window;
    window.openSample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WorkspaceDocument *document = window.document();
    // Work in progress: an edit (undoable), a chosen vertical, a page, a filter.
    const Workspace &workspace = document->workspace();
    const VerticalId retail = workspace.verticals.at(9).id;
    window.navigator()->select(retail);
    window.showPage(MainWindow::TablePage);
    const int undoSteps = document->undoStack()->count();
    window.navigator()->filter()->setText(QStringLiteral("e"));
    const QJsonObject before = WorkspaceJson::toJson(workspace);

    // Preferences ▸ Language ▸ 简体中文, Apply: the window is Chinese at once.
    PreferencesDialog preferences(&window);
    preferences.languageCombo()->setCurrentIndex(
        preferences.languageCombo()->findData(QStringLiteral("zh_CN")));
    preferences.buttons()->button(QDialogButtonBox::Apply)->click();
    QCoreApplication::processEvents(); // the LanguageChange posted to each window
    QCOMPARE(Translations::instance()->language(), QStringLiteral("zh_CN"));
    QCOMPARE(window.pages()->tabText(MainWindow::TablePage), QStringLiteral("全部垂直行业"));
    QCOMPARE(preferences.windowTitle(), QStringLiteral("首选项"));
    QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("文件(&F)"));

    // Nothing lost: the workspace, its undo history, the page, the vertical, the filter.
    QCOMPARE(WorkspaceJson::toJson(document->workspace()), before);
    QCOMPARE(document->undoStack()->count(), undoSteps);
    QCOMPARE(window.pages()->currentIndex(), int(MainWindow::TablePage));
    QCOMPARE(window.navigator()->current(), retail);
    QCOMPARE(window.navigator()->filter()->text(), QStringLiteral("e"));
    QVERIFY(document->isModified() == true);

    // And back.
    preferences.languageCombo()->setCurrentIndex(
        preferences.languageCombo()->findData(QStringLiteral("en")));
    preferences.buttons()->button(QDialogButtonBox::Apply)->click();
    QCoreApplication::processEvents();
    QCOMPARE(window.pages()->tabText(MainWindow::TablePage), QStringLiteral("All verticals"));
    QCOMPARE(preferences.windowTitle(), QStringLiteral("Preferences"));
    QCOMPARE(window.navigator()->current(), retail);
}

void TestWindowLanguage::regionAndThemeApplyInPlace()
{
    const QLocale before;
    MainWindow window;
    window.openSample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Finance's AI enthusiasm is 4.5 in the sample: "4.5" in English, "4,5" in German.
    const auto cell = [&window] {
        QAbstractItemModel *model = window.tableView()->model();
        return model->index(0, VerticalTableModel::FirstIndicatorColumn).data().toString();
    };
    QCOMPARE(cell(), QStringLiteral("4.5"));
    const QColor light = window.palette().color(QPalette::Window);

    PreferencesDialog preferences(&window);
    preferences.regionCombo()->setCurrentIndex(
        preferences.regionCombo()->findData(QStringLiteral("de_DE")));
    preferences.themeCombo()->setCurrentIndex(
        preferences.themeCombo()->findData(QStringLiteral("dark")));
    preferences.buttons()->button(QDialogButtonBox::Apply)->click();
    QCoreApplication::processEvents();
    QCOMPARE(QLocale().name(), QStringLiteral("de_DE"));
    QCOMPARE(cell(), QStringLiteral("4,5"));
    // Typed as the region writes it.
    QAbstractItemModel *model = window.tableView()->model();
    QVERIFY(model->setData(model->index(0, VerticalTableModel::FirstIndicatorColumn),
                           QStringLiteral("3,5")));
    QCOMPARE(window.document()
                 ->workspace()
                 .verticals.constFirst()
                 .values.value(QString::fromLatin1(IndicatorId::AiEnthusiasm))
                 .value,
             3.5);
    // Dark: light text on a dark window.
    const QPalette dark = window.palette();
    QVERIFY(dark.color(QPalette::Window).lightness() < 80);
    QVERIFY(dark.color(QPalette::WindowText).lightness() > 180);
    QVERIFY(dark.color(QPalette::Window) != light);
    // Kept for the next start.
    QCOMPARE(Preferences::load().region, QStringLiteral("de_DE"));
    QCOMPARE(Preferences::load().theme, QStringLiteral("dark"));

    Preferences reset;
    reset.save();
    reset.apply();
    QCoreApplication::processEvents();
    QCOMPARE(QLocale(), QLocale::system());
    QCOMPARE(window.palette().color(QPalette::Window), light);
    QLocale::setDefault(before);
}

void TestWindowLanguage::briefInTheOtherLanguageLeavesTheWindowAlone_data()
{
    QTest::addColumn<QString>("window");
    QTest::addColumn<QString>("brief");
    QTest::newRow("English brief from a Chinese window")
        << QStringLiteral("zh_CN") << QStringLiteral("en");
    QTest::newRow("Chinese brief from an English window")
        << QStringLiteral("en") << QStringLiteral("zh_CN");
}

class LanguageChangeCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
            ++count;
        return false;
    }
};

void TestWindowLanguage::briefInTheOtherLanguageLeavesTheWindowAlone()
{
    QFETCH(QString, window);
    QFETCH(QString, brief);
    QVERIFY(Translations::instance()->setLanguage(window));
    MainWindow main;
    // The sample in the brief's language: its own words are then in that language too.
    main.document()->reset(WorkspaceFiles::sampleWorkspace(brief), QString(), true);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    const QString fileMenu = main.menuBar()->actions().constFirst()->text();
    const QString tab = main.pages()->tabText(MainWindow::ChartPage);
    const QLocale locale;
    LanguageChangeCounter counter;
    main.installEventFilter(&counter);
    qApp->installEventFilter(&counter);

    BriefOptions options;
    options.language = brief;
    options.robustnessRuns = 200;
    const QString path = m_dir.filePath(QStringLiteral("brief-%1.pdf").arg(brief));
    QString error;
    QVERIFY2(main.writeBrief(path, options, &error), qPrintable(error));
    qApp->removeEventFilter(&counter);

    // The window never heard of the brief's language.
    QCOMPARE(counter.count, 0);
    QCOMPARE(Translations::instance()->language(), window);
    QCOMPARE(Language::current(), window);
    QCOMPARE(QLocale(), locale);
    QCOMPARE(main.menuBar()->actions().constFirst()->text(), fileMenu);
    QCOMPARE(main.pages()->tabText(MainWindow::ChartPage), tab);

    // The brief is in its own language.
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY(text.size() > 5000);
    if (brief == QLatin1String("en")) {
        QVERIFY(text.contains(QLatin1String("Executive summary")));
        QVERIFY(text.contains(QLatin1String("Contents")));
        QVERIFY2(!hasChinese(text), qPrintable(text.left(3000)));
    } else {
        // Compared as the PDF's text layer gives them (full-width colons as ASCII ones).
        const QString normal = text.normalized(QString::NormalizationForm_KC);
        for (const char *heading : {"目录", "执行摘要", "附录：评分的计算方法"})
            QVERIFY2(normal.contains(
                         QString::fromUtf8(heading).normalized(QString::NormalizationForm_KC)),
                     heading);
        QVERIFY(!text.contains(QLatin1String("Executive summary")));
        QVERIFY(!text.contains(QLatin1String("Contents")));
    }
}

QTEST_MAIN(TestWindowLanguage)
#include "tst_windowlanguage.moc"
