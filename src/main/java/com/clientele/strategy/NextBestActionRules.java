package com.clientele.strategy;

import static com.clientele.strategy.Signals.*;

import com.clientele.vocabulary.CustomerClasses;
import java.util.List;
import java.util.Set;

/**
 * The next-best action for a customer, from an ordered rule table where the first matching rule wins, so the most
 * urgent and most valuable concern comes first: a slipping high-value customer is won back before anything is
 * sold to them. The last rule matches everyone: a safety net that today's vocabulary never reaches (every RFM
 * segment triggers an earlier rule), so that a class added later never leaves a customer without an action.
 * The table is documented in docs/strategy.md.
 */
public final class NextBestActionRules {

    private static final Set<String> ANY_TIER = Set.of();
    private static final Set<String> HIGH = Set.of("HIGH");
    private static final Set<String> HIGH_OR_MID = Set.of("HIGH", "MID");
    private static final Set<String> LOW = Set.of("LOW");

    private static final List<NextBestActionRule> TABLE = List.of(
            new NextBestActionRule(ActionCode.WIN_BACK_VIP, 1, HIGH,
                    List.of(DECLINING, CANT_LOSE_THEM, AT_RISK, CHURN_RISK_HIGH),
                    "%s who %s: win them back personally before any upsell.",
                    "%s%s：先亲自把人挽回，暂缓任何加购推荐。"),
            new NextBestActionRule(ActionCode.WIN_BACK_CAMPAIGN, 2, HIGH_OR_MID,
                    List.of(LIFECYCLE_CHURNED, BEHAVIOUR_CHURNED, LOST, HIBERNATING),
                    "%s who %s: worth a win-back campaign, and ask why they left.",
                    "%s%s：值得开展挽回活动，并了解离开的原因。"),
            new NextBestActionRule(ActionCode.LOW_COST_REACTIVATION, 5, LOW,
                    List.of(LIFECYCLE_CHURNED, BEHAVIOUR_CHURNED, LOST, HIBERNATING),
                    "%s who %s: send one low-cost reactivation message, then stop spending on them.",
                    "%s%s：发一次低成本唤醒消息，仍无回应就不再投入。"),
            new NextBestActionRule(ActionCode.RETENTION_OFFER, 2, ANY_TIER,
                    List.of(DECLINING, CANT_LOSE_THEM, AT_RISK, CHURN_RISK_HIGH, ABOUT_TO_SLEEP, NEED_ATTENTION,
                            CHURN_RISK_MEDIUM),
                    "%s who %s: re-engage them now with a relevant offer, before they lapse.",
                    "%s%s：趁还没流失，马上用贴合需求的优惠重新激活。"),
            new NextBestActionRule(ActionCode.FIRST_PURCHASE_OFFER, 3, ANY_TIER,
                    List.of(PROSPECT, NO_PURCHASE, POTENTIAL),
                    "%s who %s: lower the threshold with a first-purchase offer.",
                    "%s%s：用首单优惠降低购买门槛。"),
            new NextBestActionRule(ActionCode.ONBOARDING, 2, ANY_TIER,
                    List.of(LIFECYCLE_NEW, RFM_NEW),
                    "%s who %s: make the first experience excellent and invite a second order.",
                    "%s%s：做好首次购物体验，引导下第二单。"),
            new NextBestActionRule(ActionCode.SECOND_PURCHASE, 2, ANY_TIER,
                    List.of(LIFECYCLE_ONE_TIME, BEHAVIOUR_ONE_TIME),
                    "%s who %s: give them a reason to return, with an incentive for the second order.",
                    "%s%s：给出回头的理由，并送上第二单专享优惠。"),
            new NextBestActionRule(ActionCode.VIP_CARE, 1, HIGH,
                    List.of(CHAMPIONS, MATURE, BEHAVIOUR_LOYAL, INFLUENCE_CHAMPION),
                    "%s who %s: exclusive member benefits and personal care, to keep them for years.",
                    "%s%s：提供会员专享权益和专人关怀，长期维系。"),
            new NextBestActionRule(ActionCode.REFERRAL_ASK, 2, ANY_TIER,
                    List.of(INFLUENCE_CHAMPION, ADVOCATE),
                    "%s who %s: treat them as a key customer and reward every referral.",
                    "%s%s：视为重要客户，每次推荐都给予奖励。"),
            new NextBestActionRule(ActionCode.LOYALTY_AND_REFERRAL, 2, ANY_TIER,
                    List.of(CHAMPIONS, RFM_LOYAL, BEHAVIOUR_LOYAL),
                    "%s who %s: enrol them in the loyalty programme and ask for a referral.",
                    "%s%s：纳入积分会员计划，并邀请推荐亲友。"),
            new NextBestActionRule(ActionCode.CROSS_SELL, 3, HIGH_OR_MID,
                    List.of(SINGLE_CATEGORY, FOCUSED),
                    "%s who %s: cross-sell a complementary category to widen their basket.",
                    "%s%s：交叉推荐互补品类，拓宽购买范围。"),
            new NextBestActionRule(ActionCode.STABILISE, 3, ANY_TIER,
                    List.of(UNSTABLE),
                    "%s who %s: check their orders for service problems and build stickiness.",
                    "%s%s：排查订单中的服务问题，提升粘性。"),
            new NextBestActionRule(ActionCode.NURTURE_GROWTH, 3, ANY_TIER,
                    List.of(GROWING, POTENTIAL_LOYALIST, PROMISING),
                    "%s who %s: send personalised offers that turn the start into a habit.",
                    "%s%s：推送个性化优惠，把尝试变成习惯。"),
            new NextBestActionRule(ActionCode.MAINTAIN, 4, ANY_TIER, List.of(),
                    "%s with no more pressing signal: keep in touch through their class's usual channel.",
                    "%s，暂无更紧急的信号：按所属分类的常规渠道保持联系。"));

    private NextBestActionRules() {
    }

    /** The rules in the order they are tried. */
    public static List<NextBestActionRule> table() {
        return TABLE;
    }

    /** The one next-best action for this customer: the first rule that applies, framed by its preferences. */
    public static NextBestAction decide(CustomerClasses customer) {
        for (NextBestActionRule rule : TABLE) {
            var action = rule.apply(customer);
            if (action.isPresent()) {
                return OfferFraming.frame(action.get(), customer);
            }
        }
        throw new IllegalStateException("the last next-best-action rule must match every customer");
    }
}
