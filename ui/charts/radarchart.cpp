#include "radarchart.h"

#include "chartmessage.h"
#include "chartstyle.h"
#include "domain/indicator.h"
#include "domain/language.h"
#include "domain/workspace.h"
#include "scoring/scoringengine.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QGraphicsItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <cmath>

namespace Gtm {

RadarData radarData(const ChartInput &input, const QList<VerticalId> &chosen)
{
    RadarData data;
    const ScoringResult *result = input.result;
    if (!result || !input.workspace) {
        data.problem = input.problems.isEmpty()
            ? QCoreApplication::translate("Gtm::RadarChart", "There are no scores yet.")
            : QCoreApplication::translate("Gtm::RadarChart",
                                          "No scores: the scoring model has problems. %1")
                  .arg(input.problems.join(Language::sentenceSeparator()));
        return data;
    }
    const CompiledModel &model = result->model();
    // Readiness first, then risk, then any other index of a custom model.
    QList<int> roots;
    for (const char *id : {ScoringModel::ReadinessId, ScoringModel::RiskId}) {
        const int root = model.rootNamed(QString::fromLatin1(id));
        if (root >= 0)
            roots.append(root);
    }
    for (int root = 0; root < int(model.roots().size()); ++root) {
        if (!roots.contains(root))
            roots.append(root);
    }
    QList<int> nodes;
    QStringList names;
    for (int root : std::as_const(roots)) {
        const int rootNode = model.roots()[size_t(root)];
        nodes.append(rootNode);
        names.append(localizedName(model.nodes()[size_t(rootNode)].name));
        for (int child : model.nodes()[size_t(rootNode)].children) {
            nodes.append(child);
            names.append(localizedName(model.nodes()[size_t(child)].name));
        }
    }
    // A name used twice ("Challenges" under readiness and under risk) says which index it is in.
    const QStringList plain = names;
    for (int i = 0; i < names.size(); ++i) {
        if (plain.count(plain.at(i)) > 1) {
            const CompiledModel::Node &node = model.nodes()[size_t(nodes.at(i))];
            if (node.parent < 0)
                continue;
            const QString root = model.nodes()[size_t(model.roots()[size_t(node.root)])].id;
            if (root == QLatin1String(ScoringModel::ReadinessId))
                names[i] = QCoreApplication::translate("Gtm::RadarChart", "%1 (readiness)")
                               .arg(names.at(i));
            else if (root == QLatin1String(ScoringModel::RiskId))
                names[i]
                    = QCoreApplication::translate("Gtm::RadarChart", "%1 (risk)").arg(names.at(i));
            else
                names[i] = QCoreApplication::translate("Gtm::RadarChart", "%1 (%2)")
                               .arg(names.at(i), root);
        }
    }
    data.axes = names;
    for (VerticalId id : chosen) {
        const int row = input.workspace->indexOfVertical(id);
        if (row < 0 || row >= result->rowCount())
            continue;
        RadarLine line;
        line.id = id;
        line.name = input.workspace->verticals.at(row).name;
        for (int node : std::as_const(nodes))
            line.values.append(100.0 * result->nodeValue(row, node));
        data.lines.append(line);
    }
    return data;
}

RadarChart::RadarChart(QGraphicsItem *parent)
    : QPolarChart(parent)
    , m_angular(new QCategoryAxis)
    , m_radial(new QValueAxis)
{
    setTitle(tr("Verticals compared on every index and dimension"));
    m_radial->setRange(0, 100);
    m_radial->setTickType(QValueAxis::TicksDynamic);
    m_radial->setTickAnchor(20);
    m_radial->setTickInterval(20);
    m_radial->setLabelFormat(QStringLiteral("%d"));
    m_angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    addAxis(m_angular, QPolarChart::PolarOrientationAngular);
    addAxis(m_radial, QPolarChart::PolarOrientationRadial);
    legend()->setAlignment(Qt::AlignBottom);
    m_note = new ChartMessage(this); // why the radar is empty, if it is
    applyPalette(QPalette());
}

void RadarChart::setChosen(const QList<VerticalId> &chosen)
{
    m_chosen = chosen;
}

void RadarChart::setPrintMode(bool print)
{
    if (m_print == print)
        return;
    m_print = print;
    rebuild();
}

void RadarChart::setInput(const ChartInput &input)
{
    setData(radarData(input, m_chosen));
}

void RadarChart::setData(const RadarData &data)
{
    m_data = data;
    rebuild();
}

void RadarChart::rebuild()
{
    removeAllSeries();
    const int n = int(m_data.axes.size());
    for (const QString &label : m_angular->categoriesLabels())
        m_angular->remove(label);
    m_angular->setStartValue(-1);
    m_angular->setRange(0, std::max(1, n));
    for (int i = 0; i < n; ++i)
        m_angular->append(ChartStyle::text(m_data.axes.at(i)), i);
    const bool dark = ChartStyle::isDark(m_palette);
    // Each vertical: an outline through its values, broken where it has none (a line across a
    // missing value would claim one), and a fill when the outline is whole.
    QList<std::pair<QAbstractSeries *, int>> coloured; // series and its vertical's colour
    int colour = 0;
    for (const RadarLine &line : std::as_const(m_data.lines)) {
        QList<QList<QPointF>> segments {{}};
        for (int i = 0; i < n && i < line.values.size(); ++i) {
            if (std::isnan(line.values.at(i))) {
                if (!segments.last().isEmpty())
                    segments.append(QList<QPointF>());
                continue;
            }
            segments.last().append(QPointF(i, line.values.at(i)));
        }
        if (segments.last().isEmpty())
            segments.removeLast();
        const bool whole = segments.size() == 1 && segments.first().size() == n && n > 0;
        if (whole) {
            segments.first().append(QPointF(n, line.values.first())); // closes it at 360°
        } else if (segments.size() > 1 && !std::isnan(line.values.first())
                   && !std::isnan(line.values.value(n - 1, std::nan("")))) {
            // The last run of values goes on to the first axis at 360°.
            segments.last().append(QPointF(n, line.values.first()));
        }
        for (int s = 0; s < segments.size(); ++s) {
            auto *outline = new QLineSeries;
            outline->append(segments.at(s));
            outline->setName(ChartStyle::text(line.name));
            addSeries(outline);
            outline->attachAxis(m_angular);
            outline->attachAxis(m_radial);
            if (s > 0) {
                for (QLegendMarker *marker : legend()->markers(outline))
                    marker->setVisible(false);
            }
            coloured.append({outline, colour});
        }
        if (whole && !m_print) {
            // The fill is an area down to the centre, under the outline (an area's own outline
            // would run to the centre too).
            auto *upper = new QLineSeries;
            upper->append(segments.first());
            auto *area = new QAreaSeries(upper);
            addSeries(area);
            upper->setParent(area); // the area is not its series' owner otherwise
            area->attachAxis(m_angular);
            area->attachAxis(m_radial);
            for (QLegendMarker *marker : legend()->markers(area))
                marker->setVisible(false);
            coloured.append({area, colour});
        }
        ++colour;
    }
    QString note = m_data.problem;
    if (note.isEmpty() && m_print && m_data.lines.isEmpty())
        note = tr("There is no vertical to compare.");
    else if (note.isEmpty() && !m_print && m_data.lines.size() < MinimumVerticals)
        note = tr("Choose two to six verticals to compare.");
    m_note->show(note, m_palette.color(QPalette::Text));
    ChartStyle::apply(this, m_palette);
    // The theme resets series colours: set them now. On paper each line has a dash of its own
    // too, so that it can be told apart in grey print and where lines cross.
    static const Qt::PenStyle dashes[] = {Qt::SolidLine,   Qt::DashLine,       Qt::DotLine,
                                          Qt::DashDotLine, Qt::DashDotDotLine, Qt::SolidLine};
    for (const auto &[series, index] : std::as_const(coloured)) {
        QColor c = ChartStyle::seriesColor(index, dark);
        if (auto *area = qobject_cast<QAreaSeries *>(series)) {
            area->setPen(Qt::NoPen);
            area->setBrush(ChartStyle::translucent(c, 0.12, m_palette));
        } else if (m_print) {
            auto *line = static_cast<QLineSeries *>(series);
            line->setPen(QPen(c, 2.0, dashes[index % std::size(dashes)], Qt::FlatCap));
            line->setBrush(Qt::NoBrush);
            line->setPointsVisible(true);
            line->setMarkerSize(5);
        } else {
            static_cast<QLineSeries *>(series)->setPen(QPen(c, 2.2));
        }
    }
}

void RadarChart::applyPalette(const QPalette &palette)
{
    m_palette = palette;
    rebuild();
}

std::unique_ptr<ChartContent> RadarChart::copy() const
{
    auto chart = std::make_unique<RadarChart>();
    chart->m_palette = m_palette;
    chart->m_print = m_print;
    chart->setChosen(m_chosen);
    chart->setData(m_data);
    return chart;
}

} // namespace Gtm
