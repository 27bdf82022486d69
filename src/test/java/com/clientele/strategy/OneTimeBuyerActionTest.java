package com.clientele.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clientele.vocabulary.CustomerClasses;
import com.clientele.vocabulary.Language;
import com.clientele.vocabulary.SegmentDimension;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The next-best action of a one-time buyer: a second-purchase incentive once past the new-customer window, after
 * the lapse and onboarding rules, before care, cross-selling and growth nurturing (docs/strategy.md, rule 7).
 */
class OneTimeBuyerActionTest {

    private static NextBestAction decide(String tier, String rfm, String lifecycle, String behaviour,
            String breadth) {
        return NextBestActionRules.decide(CustomerClasses.of(tier, rfm, lifecycle, behaviour, breadth, "ONLINE"));
    }

    @Test
    void aOneTimeBuyerPastTheNewWindowGetsASecondPurchaseIncentiveNotGrowthNurturing() {
        NextBestAction action = decide("LOW", "PROMISING", "ONE_TIME", "ONE_TIME", "SINGLE_CATEGORY");
        assertEquals(ActionCode.SECOND_PURCHASE, action.action());
        assertEquals("LIFECYCLE/ONE_TIME", action.strategyKey());
        assertEquals(2, action.priority());
        assertEquals("Low-value customer who bought once and has not come back since: give them a reason to return,"
                + " with an incentive for the second order.", action.reason(Language.EN));
        assertEquals("低价值客户只买过一次，之后再没回来：给出回头的理由，并送上第二单专享优惠。", action.reason(Language.ZH));
        assertEquals(ActionCode.SECOND_PURCHASE,
                decide("HIGH", "POTENTIAL_LOYALIST", "ONE_TIME", "ONE_TIME", "FOCUSED").action(),
                "before VIP care and cross-selling: the second order comes first");
        assertEquals(ActionCode.ONBOARDING, decide("MID", "NEW", "NEW", "ONE_TIME", "SINGLE_CATEGORY").action(),
                "a new one-time buyer is still onboarded");
        assertEquals(ActionCode.LOW_COST_REACTIVATION, decide("LOW", "LOST", "CHURNED", "CHURNED", "SINGLE_CATEGORY")
                .action(), "a churned one-time buyer is lapsed first");
    }

    @Test
    void theSecondPurchaseRuleComesRightAfterOnboardingAndDrawsOnTheOneTimeStrategies() {
        List<ActionCode> codes = NextBestActionRules.table().stream().map(NextBestActionRule::action).toList();
        assertEquals(codes.indexOf(ActionCode.ONBOARDING) + 1, codes.indexOf(ActionCode.SECOND_PURCHASE));
        NextBestActionRule rule = NextBestActionRules.table().get(codes.indexOf(ActionCode.SECOND_PURCHASE));
        assertEquals(List.of("LIFECYCLE/ONE_TIME", "BEHAVIOUR/ONE_TIME"),
                rule.anyOf().stream().map(Signal::strategyKey).toList());
        assertEquals(OfferType.SECOND_PURCHASE_INCENTIVE,
                PlaybookFile.fromClasspath().defaultFor(SegmentDimension.LIFECYCLE, "ONE_TIME").offerType());
    }
}
