#include "startpage.h"

#include "charts/chartstyle.h"
#include "domain/enumkeys.h"
#include "domain/enums.h"
#include "storage/serverlocation.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace Gtm {

namespace {

const QString ShowAtStartKey = QStringLiteral("startPage/showAtStart");

QLabel *heading(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *paragraph(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget)
    , m_showAtStart(new QCheckBox(tr("&Show this page at start")))
{
    setAccessibleName(tr("Start page"));

    auto *icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/gtm-workbench.svg")).pixmap(56, 56));
    auto *title = new QLabel(tr("GTM Workbench"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    title->setFont(titleFont);
    auto *tagline = paragraph(tr("Plan the go-to-market of an enterprise AI product: which "
                                 "verticals to enter first, why, and what it takes."));
    tagline->setForegroundRole(QPalette::PlaceholderText);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(title);
    titles->addWidget(tagline);
    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addSpacing(8);
    header->addLayout(titles, 1);

    // Start: the four ways in, then the recent workspaces.
    const auto button
        = [this](const QString &text, const QString &tip, void (StartPage::*signal)()) {
              auto *b = new QPushButton(text);
              b->setToolTip(tip);
              connect(b, &QPushButton::clicked, this, signal);
              return b;
          };
    auto *start = new QVBoxLayout;
    start->addWidget(heading(tr("Start")));
    start->addWidget(
        button(tr("&New Workspace"), tr("An empty workspace"), &StartPage::newRequested));
    start->addWidget(
        button(tr("&Open…"), tr("A workspace file (.gtmw)"), &StartPage::openRequested));
    start->addWidget(button(tr("Open from Se&rver…"), tr("A team workspace on PostgreSQL"),
                            &StartPage::openFromServerRequested));
    start->addWidget(button(tr("Open the S&ample"),
                            tr("ClauseLens, a contract-review assistant, with 12 verticals "
                               "filled in"),
                            &StartPage::openSampleRequested));
    start->addSpacing(12);
    auto *recentLabel = heading(tr("&Recent workspaces"));
    recentLabel->setBuddy(m_recent);
    start->addWidget(recentLabel);
    m_recent->setAccessibleName(tr("Recent workspaces"));
    m_recent->setTextElideMode(Qt::ElideMiddle);
    m_recent->setUniformItemSizes(true);
    connect(m_recent, &QListWidget::itemActivated, this, &StartPage::activateRecent);
    start->addWidget(m_recent, 1);

    // The method in one picture and three short paragraphs.
    auto *method = new QVBoxLayout;
    method->addWidget(heading(tr("The method in one minute")));
    auto *diagram = new MethodDiagram;
    method->addWidget(diagram);
    method->addWidget(paragraph(
        tr("1. For the product and for each candidate vertical, fill in four dimensions: "
           "Context (how ready the vertical is for AI), Challenges (the problems the product "
           "solves there), Capabilities (data, digital maturity, sponsors, talent) and "
           "Consequences (what AI changes for its people).")));
    method->addWidget(paragraph(
        tr("2. The workbench turns them into two indices from 0 to 100: AI potential "
           "(readiness) and risk, each with its coverage: how much of it rests on data.")));
    method->addWidget(paragraph(
        tr("3. The two indices place each vertical in a quadrant: pursue now, proceed with "
           "safeguards, prepare the customer or monitor. The recommendation puts the "
           "verticals into waves, and the brief explains it to leadership.")));
    method->addStretch(1);

    // Each column in a widget of its own: the wrapped paragraphs' height for their width is
    // then worked out per column, and spare height goes to the recent list alone.
    auto *startColumn = new QWidget;
    start->setContentsMargins(0, 0, 0, 0);
    startColumn->setLayout(start);
    auto *methodColumn = new QWidget;
    method->setContentsMargins(0, 0, 0, 0);
    methodColumn->setLayout(method);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(32);
    columns->addWidget(startColumn, 2);
    columns->addWidget(methodColumn, 3);

    m_showAtStart->setChecked(showsAtStart());
    connect(m_showAtStart, &QCheckBox::toggled, this, &StartPage::setShowsAtStart);
    auto *close = new QPushButton(tr("&Close"));
    close->setToolTip(tr("Go to the worksheets"));
    connect(close, &QPushButton::clicked, this, &StartPage::dismissed);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_showAtStart);
    footer->addStretch(1);
    footer->addWidget(close);

    // In a scroll area: on a narrow window (a small screen with both docks open) the page
    // scrolls rather than widen the window.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(24, 18, 24, 12);
    contentLayout->addLayout(header);
    contentLayout->addSpacing(12);
    contentLayout->addLayout(columns, 1);
    contentLayout->addLayout(footer);
    auto *scroll = new QScrollArea;
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void StartPage::setRecentFiles(const QStringList &files)
{
    m_recent->clear();
    for (const QString &file : files) {
        const bool server = ServerLocation::isServerLocation(file);
        const QFileInfo info(file);
        // The name, then where it is: "plan.gtmw — /home/ana/plans".
        const QString text = server
            ? file
            : tr("%1 — %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath()));
        auto *item = new QListWidgetItem(text, m_recent);
        item->setData(Qt::UserRole, file);
        item->setToolTip(server ? file : QDir::toNativeSeparators(info.absoluteFilePath()));
        if (!server && !info.exists()) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("%1 (no longer there)").arg(QDir::toNativeSeparators(file)));
        }
    }
    if (files.isEmpty()) {
        auto *item
            = new QListWidgetItem(tr("None yet: workspaces you open appear here."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

void StartPage::activateRecent(QListWidgetItem *item)
{
    const QString file = item ? item->data(Qt::UserRole).toString() : QString();
    if (!file.isEmpty())
        emit openRecentRequested(file);
}

bool StartPage::showsAtStart()
{
    return QSettings().value(ShowAtStartKey, true).toBool();
}

void StartPage::setShowsAtStart(bool show)
{
    QSettings().setValue(ShowAtStartKey, show);
}

MethodDiagram::MethodDiagram(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("The method: four dimensions feed two indices, which place each "
                         "vertical in a quadrant"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize MethodDiagram::sizeHint() const
{
    return QSize(560, 190);
}

QSize MethodDiagram::minimumSizeHint() const
{
    return QSize(380, 190);
}

void MethodDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool dark = ChartStyle::isDark(palette());
    const QColor text = palette().color(QPalette::Text);
    const QColor line = palette().color(QPalette::Mid);
    QFont font = this->font();
    QFont bold = font;
    bold.setBold(true);

    const qreal w = width();
    const qreal h = height();
    // Three columns: the dimensions, the indices, the quadrants.
    const qreal columnWidth = (w - 2 * 36) / 3.0;
    const qreal x1 = 0, x2 = columnWidth + 36, x3 = 2 * (columnWidth + 36);

    // Dimensions.
    const Dimension dimensions[] = {Dimension::Context, Dimension::Challenges,
                                    Dimension::Capabilities, Dimension::Consequences};
    const qreal boxHeight = (h - 3 * 8) / 4.0;
    QRectF dimensionBoxes[4];
    painter.setFont(font);
    for (int i = 0; i < 4; ++i) {
        dimensionBoxes[i] = QRectF(x1, i * (boxHeight + 8), columnWidth, boxHeight);
        const QColor colour = ChartStyle::seriesColor(i, dark);
        painter.setPen(QPen(colour, 1.5));
        QColor fill = colour;
        fill.setAlphaF(0.14);
        painter.setBrush(fill);
        painter.drawRoundedRect(dimensionBoxes[i], 6, 6);
        painter.setPen(text);
        painter.drawText(dimensionBoxes[i], Qt::AlignCenter | Qt::TextWordWrap,
                         enumDisplayName(dimensions[i]));
    }

    // Indices: readiness above, risk below.
    const qreal indexHeight = boxHeight * 1.4;
    const QRectF readiness(x2, h * 0.25 - indexHeight / 2, columnWidth, indexHeight);
    const QRectF risk(x2, h * 0.75 - indexHeight / 2, columnWidth, indexHeight);
    const auto arrow = [&painter, &line](QPointF from, QPointF to) {
        painter.setPen(QPen(line, 1.4));
        painter.drawLine(from, to);
        const QLineF back(to, from);
        QLineF wing = back;
        wing.setLength(7);
        wing.setAngle(back.angle() + 25);
        QLineF other = back;
        other.setLength(7);
        other.setAngle(back.angle() - 25);
        painter.drawLine(wing);
        painter.drawLine(other);
    };
    const auto rightOf = [](const QRectF &r) {
        return QPointF(r.right(), r.center().y());
    };
    const auto leftOf = [](const QRectF &r, qreal dy = 0) {
        return QPointF(r.left() - 2, r.center().y() + dy);
    };
    // Context and Capabilities feed readiness, Consequences risk, Challenges both.
    arrow(rightOf(dimensionBoxes[0]), leftOf(readiness, -8));
    arrow(rightOf(dimensionBoxes[2]), leftOf(readiness, 8));
    arrow(rightOf(dimensionBoxes[1]), leftOf(readiness, 0));
    arrow(rightOf(dimensionBoxes[1]), leftOf(risk, -8));
    arrow(rightOf(dimensionBoxes[3]), leftOf(risk, 8));
    const auto index = [&](const QRectF &box, const QColor &colour, const QString &name) {
        painter.setPen(QPen(colour, 2));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawRoundedRect(box, 6, 6);
        painter.setPen(text);
        painter.setFont(bold);
        painter.drawText(box.adjusted(4, 2, -4, -2), Qt::AlignCenter | Qt::TextWordWrap,
                         name + QStringLiteral("\n0–100"));
        painter.setFont(font);
    };
    index(readiness, ChartStyle::readinessColor(dark), tr("AI potential (readiness)"));
    index(risk, ChartStyle::riskColor(dark), tr("Risk"));

    // The quadrants, as on the map: risk across, readiness up.
    const qreal side = qMin(columnWidth, h - 18);
    const QRectF map(x3 + (columnWidth - side) / 2, 0, side, side);
    arrow(rightOf(readiness), QPointF(map.left() - 2, map.top() + side * 0.3));
    arrow(rightOf(risk), QPointF(map.left() - 2, map.top() + side * 0.7));
    const Quadrant order[] = {Quadrant::PursueNow, Quadrant::ProceedWithSafeguards,
                              Quadrant::PrepareTheCustomer, Quadrant::Monitor};
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(small);
    for (int i = 0; i < 4; ++i) {
        const QRectF cell(map.left() + (i % 2) * side / 2, map.top() + (i / 2) * side / 2, side / 2,
                          side / 2);
        const QColor colour = ChartStyle::quadrantColor(order[i], dark);
        QColor fill = colour;
        fill.setAlphaF(0.16);
        painter.setPen(QPen(palette().color(QPalette::Base), 2));
        painter.setBrush(fill);
        painter.drawRect(cell);
        painter.setPen(colour);
        painter.drawText(cell.adjusted(3, 3, -3, -3), Qt::AlignCenter | Qt::TextWordWrap,
                         enumDisplayName(order[i]));
    }
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(QRectF(map.left(), map.bottom() + 1, side, 16), Qt::AlignCenter, tr("risk →"));
}

} // namespace Gtm
