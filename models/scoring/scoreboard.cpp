#include "scoreboard.h"

#include "document/workspacedocument.h"
#include "modelcheck.h"

#include <cmath>

namespace Gtm {

ScoreBoard::ScoreBoard(WorkspaceDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &WorkspaceDocument::scoringModelChanged, this, [this] {
        recompile();
        recompute();
    });
    connect(document, &WorkspaceDocument::indicatorsChanged, this, [this] {
        recompile();
        recompute();
    });
    connect(document, &WorkspaceDocument::workspaceReset, this, &ScoreBoard::recompute);
    connect(document, &WorkspaceDocument::indicatorValueChanged, this, &ScoreBoard::recompute);
    connect(document, &WorkspaceDocument::verticalInserted, this, &ScoreBoard::recompute);
    connect(document, &WorkspaceDocument::verticalRemoved, this, &ScoreBoard::recompute);
    connect(document, &WorkspaceDocument::verticalMoved, this, &ScoreBoard::recompute);
    connect(document, &WorkspaceDocument::fieldChanged, this, [this](const FieldRef &ref) {
        // Challenges feed the derived indicators; names show in the scores.
        if (ref.record == Record::Challenge || ref.record == Record::Vertical)
            recompute();
    });
    const auto challengesChanged = [this](Record record) {
        if (record == Record::Challenge)
            recompute();
    };
    connect(document, &WorkspaceDocument::recordsInserted, this, challengesChanged);
    connect(document, &WorkspaceDocument::recordsRemoved, this, challengesChanged);
    connect(document, &WorkspaceDocument::recordMoved, this, challengesChanged);
    recompile();
    recompute();
}

ScoreBoard::~ScoreBoard() = default;

void ScoreBoard::recompile()
{
    m_problems.clear();
    m_modelValid = compileGtmModel(m_document->workspace().model, m_document->workspace(), &m_model,
                                   &m_problems);
    m_readinessRoot
        = m_modelValid ? m_model.rootNamed(QString::fromLatin1(ScoringModel::ReadinessId)) : -1;
    m_riskRoot = m_modelValid ? m_model.rootNamed(QString::fromLatin1(ScoringModel::RiskId)) : -1;
}

void ScoreBoard::recompute()
{
    if (!m_modelValid) {
        m_result.reset();
        emit scoresChanged();
        return;
    }
    m_table = IndicatorTable::fromWorkspace(m_document->workspace(), m_model.columns());
    m_result = std::make_unique<ScoringResult>(ScoringEngine::score(m_model, m_table));
    emit scoresChanged();
}

int ScoreBoard::rowOf(VerticalId vertical) const
{
    if (!m_result)
        return -1;
    const int row = m_document->workspace().indexOfVertical(vertical);
    return row < m_result->rowCount() ? row : -1;
}

double ScoreBoard::readiness(VerticalId vertical) const
{
    const int row = rowOf(vertical);
    return row < 0 ? std::nan("") : m_result->score(row, m_readinessRoot);
}

double ScoreBoard::risk(VerticalId vertical) const
{
    const int row = rowOf(vertical);
    return row < 0 ? std::nan("") : m_result->score(row, m_riskRoot);
}

int ScoreBoard::readinessRank(VerticalId vertical) const
{
    const int row = rowOf(vertical);
    return row < 0 ? 0 : m_result->rank(row, m_readinessRoot);
}

int ScoreBoard::riskRank(VerticalId vertical) const
{
    const int row = rowOf(vertical);
    return row < 0 ? 0 : m_result->rank(row, m_riskRoot);
}

std::optional<Quadrant> ScoreBoard::quadrant(VerticalId vertical) const
{
    const int row = rowOf(vertical);
    return row < 0 ? std::nullopt : m_result->quadrant(row);
}

} // namespace Gtm
