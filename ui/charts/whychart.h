#pragma once

#include "chartcontent.h"

#include <QChart>

class QBarCategoryAxis;
class QValueAxis;

namespace Gtm {

/** What the "why this score" chart shows. */
struct WhyData
{
    enum class Mode {
        Selected, // one vertical: every indicator's points of readiness and of risk
        All, // every vertical: one index's score split into its indicators, stacked
    };
    Mode mode = Mode::Selected;
    QString title;
    /** Selected: the indicators, top to bottom; points of readiness or of risk. */
    struct Bar
    {
        QString label;
        double points = 0;
        bool risk = false;
    };
    QList<Bar> bars;
    /** All: the verticals top to bottom (highest score first), the indicators stacked. */
    QStringList verticals;
    QStringList indicators;
    QList<QList<double>> points; // [indicator][vertical]
    QList<double> totals; // the scores, [vertical]
    int hiddenVerticals = 0; // beyond the ones shown
    QString readinessName;
    QString riskName;
    QString problem;
};

/** At most this many verticals are stacked; the rest are counted in a note. */
inline constexpr int WhyAllLimit = 40;

/** `index` (All mode) is 0 for readiness, 1 for risk. */
WhyData whyData(const ChartInput &input, WhyData::Mode mode, int index);

/**
 * Why a vertical scores what it does: each indicator's points of its index (they add up to the
 * score), sorted, as horizontal bars; or, for all verticals, each score stacked from its
 * indicators, so a PM can explain a ranking.
 */
class WhyChart : public QChart, public ChartContent
{
    Q_OBJECT

public:
    explicit WhyChart(QGraphicsItem *parent = nullptr);

    QChart *chart() override { return this; }
    void setInput(const ChartInput &input) override;
    void applyPalette(const QPalette &palette) override;
    std::unique_ptr<ChartContent> copy() const override;
    QString fileName() const override { return QStringLiteral("why-this-score"); }

    void setMode(WhyData::Mode mode, int index);
    WhyData::Mode mode() const { return m_mode; }
    int index() const { return m_index; }
    void setData(const WhyData &data);
    const WhyData &data() const { return m_data; }

private:
    friend class WhyLabels;
    void rebuild();

    WhyData::Mode m_mode = WhyData::Mode::Selected;
    int m_index = 0;
    WhyData m_data;
    QPalette m_palette;
    class WhyLabels *m_labels;
};

} // namespace Gtm
