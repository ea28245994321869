#pragma once

#include "chartcontent.h"
#include "scoring/sensitivity.h"

#include <QChart>

namespace Gtm {

/** One vertical in the robustness charts. */
struct RobustnessRow
{
    VerticalId id = 0;
    QString name;
    SensitivityAnalysis::RankSummary rank;
    std::array<double, 4> quadrantShares {0, 0, 0, 0}; // by Quadrant
};

/** What the robustness charts show: a sensitivity run's ranks of one index. */
struct RobustnessData
{
    int runs = 0;
    bool cancelled = false;
    bool hasQuadrants = false;
    int verticalCount = 0; // ranked verticals in the run
    QString indexName;
    QList<RobustnessRow> rows; // by median rank, the firmest leaders first
    int hiddenVerticals = 0;
    QString problem;
    /** On paper the rows go on over several charts: this one is `part` of `parts` (from 1);
     *  0 of 0 when one chart shows them all. */
    int part = 0;
    int parts = 0;
};

/** At most this many verticals are drawn; the rest are counted in the title. */
inline constexpr int RobustnessLimit = 30;
/** On paper, at most this many rows to a chart: more go on in the next one. */
inline constexpr int RobustnessPrintRows = 14;

/**
 * The charts' data from a sensitivity result. `names` and `ids` are the verticals in the
 * order they were scored; `index` is the position of the index in result.indexIds. At most
 * `limit` rows (all when negative), the rest counted in hiddenVerticals.
 */
RobustnessData robustnessData(const SensitivityAnalysis::Result &result,
                              const QList<VerticalId> &ids, const QStringList &names, int index,
                              const QString &indexName, int limit = RobustnessLimit);

/** `data` cut into charts of at most `rows` rows each, as even as can be, numbered. */
QList<RobustnessData> robustnessParts(const RobustnessData &data, int rows = RobustnessPrintRows);

/** What the two robustness charts share: the data of one run, the palette, a message. */
class RobustnessChart : public QChart, public ChartContent
{
public:
    QChart *chart() override { return this; }
    void setInput(const ChartInput &) override { }
    void applyPalette(const QPalette &palette) override;

    void setData(const RobustnessData &data);
    const RobustnessData &data() const { return m_data; }

protected:
    explicit RobustnessChart(QGraphicsItem *parent);
    virtual void rebuild() = 0;
    /** A chart of type T in this one's state. */
    template<typename T>
    std::unique_ptr<ChartContent> copyAs() const
    {
        auto chart = std::make_unique<T>();
        chart->m_palette = m_palette;
        chart->setData(m_data);
        return chart;
    }

    RobustnessData m_data;
    QPalette m_palette;
    class ChartMessage *m_message;
};

/** Each vertical's median rank with the middle half and 5–95 % of its ranks, best first. */
class RankIntervalChart : public RobustnessChart
{
    Q_OBJECT

public:
    explicit RankIntervalChart(QGraphicsItem *parent = nullptr);

    std::unique_ptr<ChartContent> copy() const override { return copyAs<RankIntervalChart>(); }
    QString fileName() const override { return QStringLiteral("rank-intervals"); }

protected:
    void rebuild() override;
};

/** The share of runs each vertical spent in each quadrant, as 100 % bars. */
class QuadrantShareChart : public RobustnessChart
{
    Q_OBJECT

public:
    explicit QuadrantShareChart(QGraphicsItem *parent = nullptr);

    std::unique_ptr<ChartContent> copy() const override { return copyAs<QuadrantShareChart>(); }
    QString fileName() const override { return QStringLiteral("quadrant-shares"); }

protected:
    void rebuild() override;
};

} // namespace Gtm
