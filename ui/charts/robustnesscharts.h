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
};

/** At most this many verticals are drawn; the rest are counted in the title. */
inline constexpr int RobustnessLimit = 30;

/**
 * The charts' data from a sensitivity result. `names` and `ids` are the verticals in the
 * order they were scored; `index` is the position of the index in result.indexIds.
 */
RobustnessData robustnessData(const SensitivityAnalysis::Result &result,
                              const QList<VerticalId> &ids, const QStringList &names, int index,
                              const QString &indexName);

/** Each vertical's median rank with the middle half and 5–95 % of its ranks, best first. */
class RankIntervalChart : public QChart, public ChartContent
{
    Q_OBJECT

public:
    explicit RankIntervalChart(QGraphicsItem *parent = nullptr);

    QChart *chart() override { return this; }
    void setInput(const ChartInput &) override { }
    void applyPalette(const QPalette &palette) override;
    std::unique_ptr<ChartContent> copy() const override;
    QString fileName() const override { return QStringLiteral("rank-intervals"); }

    void setData(const RobustnessData &data);
    const RobustnessData &data() const { return m_data; }

private:
    void rebuild();

    RobustnessData m_data;
    QPalette m_palette;
    class ChartMessage *m_message;
};

/** The share of runs each vertical spent in each quadrant, as 100 % bars. */
class QuadrantShareChart : public QChart, public ChartContent
{
    Q_OBJECT

public:
    explicit QuadrantShareChart(QGraphicsItem *parent = nullptr);

    QChart *chart() override { return this; }
    void setInput(const ChartInput &) override { }
    void applyPalette(const QPalette &palette) override;
    std::unique_ptr<ChartContent> copy() const override;
    QString fileName() const override { return QStringLiteral("quadrant-shares"); }

    void setData(const RobustnessData &data);
    const RobustnessData &data() const { return m_data; }

private:
    void rebuild();

    RobustnessData m_data;
    QPalette m_palette;
    class ChartMessage *m_message;
};

} // namespace Gtm
