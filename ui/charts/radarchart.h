#pragma once

#include "chartcontent.h"

#include <QPolarChart>

class QCategoryAxis;
class QValueAxis;

namespace Gtm {

/** One vertical's line on the radar: a value 0–100 per axis, NaN where it has none. */
struct RadarLine
{
    VerticalId id = 0;
    QString name;
    QList<double> values;
};

struct RadarData
{
    /** The indices and their dimensions, in the model's order: readiness, its dimensions,
     *  risk, its dimensions. */
    QStringList axes;
    QList<RadarLine> lines;
    QString problem;
};

/** The radar's data for the chosen verticals (in the order given; unknown ids are skipped). */
RadarData radarData(const ChartInput &input, const QList<VerticalId> &chosen);

/**
 * Two to six verticals compared on a polar chart: each index of the model and each of its
 * dimensions is an axis from 0 at the centre to 100 at the rim.
 */
class RadarChart : public QPolarChart, public ChartContent
{
    Q_OBJECT

public:
    static constexpr int MinimumVerticals = 2;
    static constexpr int MaximumVerticals = 6;

    explicit RadarChart(QGraphicsItem *parent = nullptr);

    QChart *chart() override { return this; }
    void setInput(const ChartInput &input) override;
    void applyPalette(const QPalette &palette) override;
    std::unique_ptr<ChartContent> copy() const override;
    QString fileName() const override { return QStringLiteral("radar-comparison"); }

    void setChosen(const QList<VerticalId> &chosen);
    const QList<VerticalId> &chosen() const { return m_chosen; }
    void setData(const RadarData &data);
    const RadarData &data() const { return m_data; }
    /** For paper: outlines only, each with its own dash and point marks, so that the lines
     *  stay apart where they cross (translucent fills would blend into one area). */
    void setPrintMode(bool print);
    bool printMode() const { return m_print; }

private:
    void rebuild();

    QList<VerticalId> m_chosen;
    RadarData m_data;
    QPalette m_palette;
    bool m_print = false;
    QCategoryAxis *m_angular;
    QValueAxis *m_radial;
    class ChartMessage *m_note;
};

} // namespace Gtm
