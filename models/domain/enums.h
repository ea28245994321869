#pragma once

#include "enumkeys.h"

#include <QtGlobal>

namespace Gtm {

/** Enterprise AI product categories (METHOD.md). */
enum class AiCategory {
    EmployeeProductivity,
    BusinessIntelligence,
    CustomerManagement,
    HrTalent,
    B2bSalesMarketing,
    ConsumerInsights,
    FinanceOperations,
    SecurityRisk,
    Engineering,
    CustomerExperience,
    Custom,
};

/** What kind of data the product works on. */
enum class Modality { Vision, Speech, Text, Tabular, Multimodal };

/** A person's place in the customer's buying committee; also a challenge's stakeholder view. */
enum class CommitteeRole {
    EndUser,
    Champion,
    BudgetApprover,
    ItSecurity,
    LegalCompliance,
    ExecutiveSponsor,
};

/** The nine AI-driven advantages a value proposition can claim (METHOD.md). */
enum class ValueDriverKind {
    Cost,
    Growth,
    Performance,
    BrandStatus,
    RiskReduction,
    Accessibility,
    Convenience,
    Agility,
    CustomerSatisfaction,
};

/** Whether value is told as an opportunity won or as money saved (METHOD.md prefers the first). */
enum class Framing { Opportunity, Savings };

enum class PricingModel {
    PerSeat,
    UsageBased,
    OutcomeBased,
    TieredSubscription,
    EnterpriseLicense,
    Freemium,
    Custom,
};

enum class MarketingKind {
    Content,
    Event,
    Webinar,
    AccountBased,
    AnalystRelations,
    PublicRelations,
    PaidMedia,
    PartnerMarketing,
    Community,
    Other,
};

enum class ChannelKind { Direct, SystemIntegrator, Reseller, Marketplace, Oem, Referral, Other };

/** The four segmentation dimensions of a vertical, plus market facts and custom indicators. */
enum class Dimension { Context, Challenges, Capabilities, Consequences, Market, Custom };

// clang-format off
template<>
struct EnumTraits<AiCategory>
{
    static constexpr const char *context = "Gtm::AiCategory";
    static constexpr EnumEntry<AiCategory> entries[] = {
        {AiCategory::EmployeeProductivity, "employee_productivity", QT_TRANSLATE_NOOP("Gtm::AiCategory", "Employee productivity")},
        {AiCategory::BusinessIntelligence, "business_intelligence", QT_TRANSLATE_NOOP("Gtm::AiCategory", "Business intelligence")},
        {AiCategory::CustomerManagement, "customer_management", QT_TRANSLATE_NOOP("Gtm::AiCategory", "Customer management")},
        {AiCategory::HrTalent, "hr_talent", QT_TRANSLATE_NOOP("Gtm::AiCategory", "HR & talent")},
        {AiCategory::B2bSalesMarketing, "b2b_sales_marketing", QT_TRANSLATE_NOOP("Gtm::AiCategory", "B2B sales & marketing")},
        {AiCategory::ConsumerInsights, "consumer_insights", QT_TRANSLATE_NOOP("Gtm::AiCategory", "Consumer insights")},
        {AiCategory::FinanceOperations, "finance_operations", QT_TRANSLATE_NOOP("Gtm::AiCategory", "Finance & operations")},
        {AiCategory::SecurityRisk, "security_risk", QT_TRANSLATE_NOOP("Gtm::AiCategory", "Security & risk")},
        {AiCategory::Engineering, "engineering", QT_TRANSLATE_NOOP("Gtm::AiCategory", "Engineering")},
        {AiCategory::CustomerExperience, "customer_experience", QT_TRANSLATE_NOOP("Gtm::AiCategory", "Customer experience")},
        {AiCategory::Custom, "custom", QT_TRANSLATE_NOOP("Gtm::AiCategory", "Custom")},
    };
};

template<>
struct EnumTraits<Modality>
{
    static constexpr const char *context = "Gtm::Modality";
    static constexpr EnumEntry<Modality> entries[] = {
        {Modality::Vision, "vision", QT_TRANSLATE_NOOP("Gtm::Modality", "Vision")},
        {Modality::Speech, "speech", QT_TRANSLATE_NOOP("Gtm::Modality", "Speech")},
        {Modality::Text, "text", QT_TRANSLATE_NOOP("Gtm::Modality", "Text")},
        {Modality::Tabular, "tabular", QT_TRANSLATE_NOOP("Gtm::Modality", "Tabular / structured")},
        {Modality::Multimodal, "multimodal", QT_TRANSLATE_NOOP("Gtm::Modality", "Multimodal")},
    };
};

template<>
struct EnumTraits<CommitteeRole>
{
    static constexpr const char *context = "Gtm::CommitteeRole";
    static constexpr EnumEntry<CommitteeRole> entries[] = {
        {CommitteeRole::EndUser, "end_user", QT_TRANSLATE_NOOP("Gtm::CommitteeRole", "End user")},
        {CommitteeRole::Champion, "champion", QT_TRANSLATE_NOOP("Gtm::CommitteeRole", "Champion")},
        {CommitteeRole::BudgetApprover, "budget_approver", QT_TRANSLATE_NOOP("Gtm::CommitteeRole", "Budget approver")},
        {CommitteeRole::ItSecurity, "it_security", QT_TRANSLATE_NOOP("Gtm::CommitteeRole", "IT / security")},
        {CommitteeRole::LegalCompliance, "legal_compliance", QT_TRANSLATE_NOOP("Gtm::CommitteeRole", "Legal / compliance")},
        {CommitteeRole::ExecutiveSponsor, "executive_sponsor", QT_TRANSLATE_NOOP("Gtm::CommitteeRole", "Executive sponsor")},
    };
};

template<>
struct EnumTraits<ValueDriverKind>
{
    static constexpr const char *context = "Gtm::ValueDriverKind";
    static constexpr EnumEntry<ValueDriverKind> entries[] = {
        {ValueDriverKind::Cost, "cost", QT_TRANSLATE_NOOP("Gtm::ValueDriverKind", "Cost")},
        {ValueDriverKind::Growth, "growth", QT_TRANSLATE_NOOP("Gtm::ValueDriverKind", "Growth")},
        {ValueDriverKind::Performance, "performance", QT_TRANSLATE_NOOP("Gtm::ValueDriverKind", "Performance")},
        {ValueDriverKind::BrandStatus, "brand_status", QT_TRANSLATE_NOOP("Gtm::ValueDriverKind", "Brand / status")},
        {ValueDriverKind::RiskReduction, "risk_reduction", QT_TRANSLATE_NOOP("Gtm::ValueDriverKind", "Risk reduction")},
        {ValueDriverKind::Accessibility, "accessibility", QT_TRANSLATE_NOOP("Gtm::ValueDriverKind", "Accessibility")},
        {ValueDriverKind::Convenience, "convenience", QT_TRANSLATE_NOOP("Gtm::ValueDriverKind", "Convenience / usability")},
        {ValueDriverKind::Agility, "agility", QT_TRANSLATE_NOOP("Gtm::ValueDriverKind", "Agility")},
        {ValueDriverKind::CustomerSatisfaction, "customer_satisfaction", QT_TRANSLATE_NOOP("Gtm::ValueDriverKind", "Customer satisfaction")},
    };
};

template<>
struct EnumTraits<Framing>
{
    static constexpr const char *context = "Gtm::Framing";
    static constexpr EnumEntry<Framing> entries[] = {
        {Framing::Opportunity, "opportunity", QT_TRANSLATE_NOOP("Gtm::Framing", "Opportunity")},
        {Framing::Savings, "savings", QT_TRANSLATE_NOOP("Gtm::Framing", "Savings")},
    };
};

template<>
struct EnumTraits<PricingModel>
{
    static constexpr const char *context = "Gtm::PricingModel";
    static constexpr EnumEntry<PricingModel> entries[] = {
        {PricingModel::PerSeat, "per_seat", QT_TRANSLATE_NOOP("Gtm::PricingModel", "Per seat")},
        {PricingModel::UsageBased, "usage_based", QT_TRANSLATE_NOOP("Gtm::PricingModel", "Usage based")},
        {PricingModel::OutcomeBased, "outcome_based", QT_TRANSLATE_NOOP("Gtm::PricingModel", "Outcome based")},
        {PricingModel::TieredSubscription, "tiered_subscription", QT_TRANSLATE_NOOP("Gtm::PricingModel", "Tiered subscription")},
        {PricingModel::EnterpriseLicense, "enterprise_license", QT_TRANSLATE_NOOP("Gtm::PricingModel", "Enterprise licence")},
        {PricingModel::Freemium, "freemium", QT_TRANSLATE_NOOP("Gtm::PricingModel", "Freemium")},
        {PricingModel::Custom, "custom", QT_TRANSLATE_NOOP("Gtm::PricingModel", "Custom")},
    };
};

template<>
struct EnumTraits<MarketingKind>
{
    static constexpr const char *context = "Gtm::MarketingKind";
    static constexpr EnumEntry<MarketingKind> entries[] = {
        {MarketingKind::Content, "content", QT_TRANSLATE_NOOP("Gtm::MarketingKind", "Content")},
        {MarketingKind::Event, "event", QT_TRANSLATE_NOOP("Gtm::MarketingKind", "Event")},
        {MarketingKind::Webinar, "webinar", QT_TRANSLATE_NOOP("Gtm::MarketingKind", "Webinar")},
        {MarketingKind::AccountBased, "account_based", QT_TRANSLATE_NOOP("Gtm::MarketingKind", "Account-based marketing")},
        {MarketingKind::AnalystRelations, "analyst_relations", QT_TRANSLATE_NOOP("Gtm::MarketingKind", "Analyst relations")},
        {MarketingKind::PublicRelations, "pr", QT_TRANSLATE_NOOP("Gtm::MarketingKind", "Public relations")},
        {MarketingKind::PaidMedia, "paid_media", QT_TRANSLATE_NOOP("Gtm::MarketingKind", "Paid media")},
        {MarketingKind::PartnerMarketing, "partner_marketing", QT_TRANSLATE_NOOP("Gtm::MarketingKind", "Partner marketing")},
        {MarketingKind::Community, "community", QT_TRANSLATE_NOOP("Gtm::MarketingKind", "Community")},
        {MarketingKind::Other, "other", QT_TRANSLATE_NOOP("Gtm::MarketingKind", "Other")},
    };
};

template<>
struct EnumTraits<ChannelKind>
{
    static constexpr const char *context = "Gtm::ChannelKind";
    static constexpr EnumEntry<ChannelKind> entries[] = {
        {ChannelKind::Direct, "direct", QT_TRANSLATE_NOOP("Gtm::ChannelKind", "Direct sales")},
        {ChannelKind::SystemIntegrator, "system_integrator", QT_TRANSLATE_NOOP("Gtm::ChannelKind", "System integrator")},
        {ChannelKind::Reseller, "reseller", QT_TRANSLATE_NOOP("Gtm::ChannelKind", "Reseller")},
        {ChannelKind::Marketplace, "marketplace", QT_TRANSLATE_NOOP("Gtm::ChannelKind", "Cloud marketplace")},
        {ChannelKind::Oem, "oem", QT_TRANSLATE_NOOP("Gtm::ChannelKind", "OEM / embedded")},
        {ChannelKind::Referral, "referral", QT_TRANSLATE_NOOP("Gtm::ChannelKind", "Referral partner")},
        {ChannelKind::Other, "other", QT_TRANSLATE_NOOP("Gtm::ChannelKind", "Other")},
    };
};

template<>
struct EnumTraits<Dimension>
{
    static constexpr const char *context = "Gtm::Dimension";
    static constexpr EnumEntry<Dimension> entries[] = {
        {Dimension::Context, "context", QT_TRANSLATE_NOOP("Gtm::Dimension", "Context")},
        {Dimension::Challenges, "challenges", QT_TRANSLATE_NOOP("Gtm::Dimension", "Challenges")},
        {Dimension::Capabilities, "capabilities", QT_TRANSLATE_NOOP("Gtm::Dimension", "Capabilities")},
        {Dimension::Consequences, "consequences", QT_TRANSLATE_NOOP("Gtm::Dimension", "Consequences")},
        {Dimension::Market, "market", QT_TRANSLATE_NOOP("Gtm::Dimension", "Market")},
        {Dimension::Custom, "custom", QT_TRANSLATE_NOOP("Gtm::Dimension", "Custom")},
    };
};

// clang-format on

} // namespace Gtm
