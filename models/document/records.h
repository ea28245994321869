#pragma once

#include "domain/gtmplan.h"
#include "domain/indicator.h"
#include "domain/scoringmodel.h"
#include "domain/vertical.h"

#include <QMetaType>
#include <QString>
#include <QVariant>

namespace Gtm {

struct Workspace;

/**
 * Every editable field of a workspace is addressed the same way: a kind of record, the vertical
 * it belongs to (for challenges), the record's row in its list and the field. Item models,
 * undo commands and the document's change signal all speak in these terms, so one command type
 * and one model type serve every worksheet.
 */
enum class Record {
    Product, // one row
    Plan, // one row: target market, pricing model and rationale, wave quarters, asks
    ValueDriver, // nine rows, fixed
    Persona,
    PricePoint,
    MarketingItem,
    Channel,
    Vertical, // the text fields of each vertical; indicator values are separate
    Challenge, // of one vertical
    CustomIndicator,
    ModelSettings, // one row
    ModelNode,
    ModelIndicator,
    Scenario, // a what-if copy of the scoring model
};

namespace ProductField {
enum { Name, Pitch, Category, CustomCategory, Modality, Count };
}
namespace PlanField {
enum {
    TargetMarket,
    PricingModel,
    PricingRationale,
    GoFirstQuarter, // the target quarter of each wave ("2027 Q1")
    NextQuarter,
    PrepareQuarter,
    AskPeople, // what the plan asks leadership for
    AskBudget, // budget beyond marketing, USD
    AskDecisions,
    Count
};
}
namespace ValueDriverField {
enum { Kind, Strength, Framing, Evidence, Count };
}
namespace PersonaField {
enum { Role, CommitteeRole, Goals, Objections, MustExplain, Count };
}
namespace PricePointField {
enum { Tier, Price, Unit, Count };
}
namespace MarketingField {
enum { Title, Kind, Timing, Budget, Notes, Count };
}
namespace ChannelField {
enum { Kind, Name, RevenueShare, Notes, Count };
}
namespace VerticalField {
enum {
    Name,
    Description,
    ContextNotes,
    CapabilitiesNotes,
    ConsequencesNotes,
    Winners,
    Losers,
    Safeguards,
    Count
};
}
namespace ChallengeField {
enum { Problem, Stakeholder, Framing, ExplainabilityNeed, TechnologyFirst, PocMonths, Count };
}
namespace CustomIndicatorField {
enum { Id, Name, Unit, Minimum, Maximum, Description, Count };
}
namespace ModelSettingsField {
enum {
    Name,
    Description,
    MissingPolicy,
    ReadinessThreshold,
    RiskThreshold,
    MinimumCoverage,
    RobustShare,
    GoFirstMax,
    Count
};
}
namespace ScenarioField {
enum { Name, Count };
}
namespace ModelNodeField {
enum { Id, Name, Parent, Weight, Aggregation, Count };
}
namespace ModelIndicatorField {
enum {
    Indicator,
    Parent,
    Weight,
    Polarity,
    Normalisation,
    GoalpostLow,
    GoalpostHigh,
    LogTransform,
    Count
};
}

/**
 * What a field holds, so editors and models pick the right widget and conversion. The Optional
 * kinds may also be unset (an invalid QVariant), which is not the same as any value.
 */
enum class FieldType {
    Text,
    LongText,
    Enum,
    Integer,
    Number,
    OptionalNumber,
    Boolean,
    Id,
    OptionalEnum,
    OptionalInteger,
    OptionalBoolean,
};

/** Whether a field of that type may be unset. */
bool isOptional(FieldType type);

struct FieldRef
{
    Record record = Record::Product;
    /** For challenges, their vertical; for the scoring model's records (settings, nodes,
     *  indicators), the id of the scenario whose model they are in, 0 for the workspace's own. */
    VerticalId vertical = 0;
    int row = 0;
    int field = 0;

    friend bool operator==(const FieldRef &a, const FieldRef &b)
    {
        return a.record == b.record && a.vertical == b.vertical && a.row == b.row
            && a.field == b.field;
    }
    friend bool operator!=(const FieldRef &a, const FieldRef &b) { return !(a == b); }
};

/**
 * Reading and writing records of a workspace by FieldRef. Values are QVariants: text as QString,
 * enums as int (the enum's value), numbers as double, booleans as bool; an unset field of an
 * Optional type is an invalid QVariant, and setting an invalid QVariant unsets it.
 */
namespace Records {

/** The scoring model the model records owned by `scenario` are in: the workspace's own for 0,
 *  else that scenario's (an empty model, with no records, when there is no such scenario). */
const ScoringModel &modelOf(const Workspace &workspace, qint64 scenario);
ScoringModel &modelOf(Workspace &workspace, qint64 scenario);
/** Whether the scoring model records owned by `scenario` exist (0, or a scenario's id). */
bool hasModel(const Workspace &workspace, qint64 scenario);

int fieldCount(Record record);
FieldType fieldType(Record record, int field);
/** The field's name for headers, labels and undo texts. */
QString fieldName(Record record, int field);
/** Whether a user may change the field (a value driver's kind, a custom indicator's id: no). */
bool isEditable(Record record, int field);
/** For enum fields, the enum's values in order and their display names. */
QList<std::pair<int, QString>> enumChoices(Record record, int field);
/** Lists (as opposed to the one-row Product, Plan and ModelSettings and the fixed value drivers)
 *  can have rows inserted, removed and moved. */
bool isList(Record record);

int count(const Workspace &workspace, Record record, VerticalId vertical = 0);
QVariant value(const Workspace &workspace, const FieldRef &ref);
/** The value as shown: enum display names, numbers in the user's locale, "Yes" or "No", "" for
 *  unset. */
QString displayText(const Workspace &workspace, const FieldRef &ref);

/**
 * The value as an editor shows it: value(), except that a name the program wrote (the default
 * model's and its dimensions', kept as their English source) is in the current language.
 * Writing back what is shown changes nothing (isShownValue()).
 */
QVariant shownValue(const Workspace &workspace, const FieldRef &ref);
/** True when `value` is what shownValue() shows for `ref`: an editor's text left as it was. */
bool isShownValue(const Workspace &workspace, const FieldRef &ref, const QVariant &value);

/** "Yes" or "No", as displayText() shows a boolean (and editors offer the two choices). */
QString yesNo(bool value);

/**
 * Why `value` cannot go into the field ("Strength must be a whole number from 0 to 5."), or an
 * empty string. Checks ranges, uniqueness of vertical names and node ids, and that a scoring
 * model edit leaves a valid model.
 */
QString check(const Workspace &workspace, const FieldRef &ref, const QVariant &value);
/** Sets a value that check() accepted. */
void setValue(Workspace &workspace, const FieldRef &ref, const QVariant &value);

/**
 * Shortens, visibly, every text of the workspace longer than a printed page can hold: a name or
 * title (Text) beyond `textLimit` characters ends in "…", a long text (notes, evidence) beyond
 * `longTextLimit` ends in "… (N more characters)". Returns how many texts were shortened. The
 * workspace's structure (rows, ids, values) stays as it was; a copy made for print only.
 */
int shortenTexts(Workspace &workspace, int textLimit, int longTextLimit);

/** A whole record as a QVariant (the domain struct), for undoable insert and remove. */
QVariant take(const Workspace &workspace, Record record, VerticalId vertical, int row);
/** A new record with sensible defaults (a new persona is an end user, …); a new challenge has
 *  only its problem text, every other field unset, so it changes no score. */
QVariant makeNew(const Workspace &workspace, Record record, VerticalId vertical);
void insert(Workspace &workspace, Record record, VerticalId vertical, int row,
            const QVariant &data);
/** Why `data` cannot be inserted (a model indicator of an unknown indicator, …), or "". */
QString checkInsert(const Workspace &workspace, Record record, VerticalId vertical, int row,
                    const QVariant &data);
void remove(Workspace &workspace, Record record, VerticalId vertical, int row);
void move(Workspace &workspace, Record record, VerticalId vertical, int from, int to);

} // namespace Records
} // namespace Gtm

Q_DECLARE_METATYPE(Gtm::FieldRef)
Q_DECLARE_METATYPE(Gtm::BuyerPersona)
Q_DECLARE_METATYPE(Gtm::PricePoint)
Q_DECLARE_METATYPE(Gtm::MarketingItem)
Q_DECLARE_METATYPE(Gtm::Channel)
Q_DECLARE_METATYPE(Gtm::Challenge)
Q_DECLARE_METATYPE(Gtm::IndicatorDefinition)
Q_DECLARE_METATYPE(Gtm::ModelNode)
Q_DECLARE_METATYPE(Gtm::ModelIndicator)
Q_DECLARE_METATYPE(Gtm::Scenario)
