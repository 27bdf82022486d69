package com.clientele.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.vocabulary.CustomerClasses;
import com.clientele.vocabulary.Language;
import com.clientele.vocabulary.SegmentDimension;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NextBestActionRulesTest {

    private static NextBestAction decide(String tier, String rfm, String lifecycle, String behaviour,
            String breadth) {
        return NextBestActionRules.decide(CustomerClasses.of(tier, rfm, lifecycle, behaviour, breadth, "ONLINE"));
    }

    @Test
    void aHighValueDecliningCustomerIsWonBackNotUpsold() {
        NextBestAction action = decide("HIGH", "CHAMPIONS", "DECLINING", "LOYAL", "SINGLE_CATEGORY");
        assertEquals(ActionCode.WIN_BACK_VIP, action.action());
        assertEquals("LIFECYCLE/DECLINING", action.strategyKey());
        assertEquals(1, action.priority());
        assertEquals("High-value customer who is buying less and less: win them back personally before any upsell.",
                action.reason(Language.EN));
        assertEquals("高价值客户购买越来越少：先亲自把人挽回，暂缓任何加购推荐。", action.reason(Language.ZH));
    }

    @Test
    void aHighValueCustomerWhoWentQuietOrIsPredictedToChurnIsWonBack() {
        assertEquals("RFM_SEGMENT/CANT_LOSE_THEM",
                decide("HIGH", "CANT_LOSE_THEM", "MATURE", "REGULAR", "BROAD").strategyKey());
        assertEquals("RFM_SEGMENT/AT_RISK", decide("HIGH", "AT_RISK", "MATURE", "REGULAR", "BROAD").strategyKey());
        NextBestAction predicted = NextBestActionRules.decide(
                CustomerClasses.of("HIGH", "CHAMPIONS", "MATURE", "LOYAL", "BROAD", "MIXED").withChurnRisk("HIGH"));
        assertEquals(ActionCode.WIN_BACK_VIP, predicted.action());
        assertEquals("CHURN_RISK/HIGH", predicted.strategyKey());
    }

    @Test
    void aChurnedCustomerWorthKeepingGetsAWinBackCampaignAndACheapOneOnlyOneReactivation() {
        assertEquals(ActionCode.WIN_BACK_CAMPAIGN, decide("HIGH", "LOST", "CHURNED", "CHURNED", "BROAD").action());
        assertEquals(ActionCode.WIN_BACK_CAMPAIGN, decide("MID", "HIBERNATING", "CHURNED", "CHURNED", "FOCUSED")
                .action());
        NextBestAction cheap = decide("LOW", "LOST", "CHURNED", "CHURNED", "SINGLE_CATEGORY");
        assertEquals(ActionCode.LOW_COST_REACTIVATION, cheap.action());
        assertEquals(5, cheap.priority());
    }

    @Test
    void aSlippingCustomerBelowHighValueGetsARetentionOffer() {
        NextBestAction action = decide("MID", "ABOUT_TO_SLEEP", "MATURE", "REGULAR", "FOCUSED");
        assertEquals(ActionCode.RETENTION_OFFER, action.action());
        assertEquals("RFM_SEGMENT/ABOUT_TO_SLEEP", action.strategyKey());
        assertEquals(ActionCode.RETENTION_OFFER, decide("LOW", "AT_RISK", "DECLINING", "REGULAR", "BROAD").action());
    }

    @Test
    void aProspectGetsAFirstPurchaseOfferAndIsCalledAProspectNotLowValue() {
        NextBestAction action = decide("LOW", "NO_PURCHASE", "PROSPECT", "POTENTIAL", "NONE");
        assertEquals(ActionCode.FIRST_PURCHASE_OFFER, action.action());
        assertEquals("LIFECYCLE/PROSPECT", action.strategyKey());
        assertEquals("潜在客户还没有买过任何东西：用首单优惠降低购买门槛。", action.reason(Language.ZH));
        assertEquals("Prospect who has not bought anything yet: lower the threshold with a first-purchase offer.",
                action.reason(Language.EN));
    }

    @Test
    void aNewCustomerIsOnboarded() {
        assertEquals(ActionCode.ONBOARDING, decide("MID", "NEW", "NEW", "REGULAR", "SINGLE_CATEGORY").action());
    }

    @Test
    void aHealthyHighValueChampionGetsVipCareAndALowerTierChampionLoyaltyAndReferral() {
        assertEquals(ActionCode.VIP_CARE, decide("HIGH", "CHAMPIONS", "MATURE", "LOYAL", "BROAD").action());
        NextBestAction mid = decide("MID", "LOYAL", "GROWING", "LOYAL", "BROAD");
        assertEquals(ActionCode.LOYALTY_AND_REFERRAL, mid.action());
        assertEquals("RFM_SEGMENT/LOYAL", mid.strategyKey());
    }

    @Test
    void anAdvocateWithModestSpendIsAskedForReferrals() {
        NextBestAction action = NextBestActionRules.decide(
                CustomerClasses.of("LOW", "LOYAL", "MATURE", "REGULAR", "BROAD", "ONLINE").withInfluence("ADVOCATE"));
        assertEquals(ActionCode.REFERRAL_ASK, action.action());
        assertEquals("INFLUENCE/ADVOCATE", action.strategyKey());
    }

    @Test
    void aNarrowBasketIsCrossSoldOnlyWithAGoodValueTier() {
        NextBestAction action = decide("MID", "POTENTIAL_LOYALIST", "MATURE", "REGULAR", "SINGLE_CATEGORY");
        assertEquals(ActionCode.CROSS_SELL, action.action());
        assertEquals("BREADTH/SINGLE_CATEGORY", action.strategyKey());
        assertNotEquals(ActionCode.CROSS_SELL,
                decide("LOW", "POTENTIAL_LOYALIST", "MATURE", "REGULAR", "SINGLE_CATEGORY").action());
    }

    @Test
    void anIrregularBuyerIsStabilisedBeforeBeingNurturedAndAGrowingOneNurtured() {
        assertEquals(ActionCode.NURTURE_GROWTH, decide("LOW", "PROMISING", "GROWING", "REGULAR", "BROAD").action());
        NextBestAction unstable = decide("LOW", "PROMISING", "GROWING", "UNSTABLE", "BROAD");
        assertEquals(ActionCode.STABILISE, unstable.action());
        assertEquals("BEHAVIOUR/UNSTABLE", unstable.strategyKey());
    }

    @Test
    void theLastRuleIsAFallbackThatAppliesToAnyone() {
        NextBestActionRule last = NextBestActionRules.table().get(NextBestActionRules.table().size() - 1);
        assertTrue(last.valueTiers().isEmpty() && last.anyOf().isEmpty());
        NextBestAction action = last.apply(CustomerClasses.of("MID", "LOYAL", "MATURE", "REGULAR", "BROAD", "MIXED"))
                .orElseThrow();
        assertEquals(ActionCode.MAINTAIN, action.action());
        assertEquals("VALUE_TIER/MID", action.strategyKey());
    }

    @Test
    void preferencesFrameTheReasonWithoutChangingTheAction() {
        CustomerClasses plain = CustomerClasses.of("MID", "PROMISING", "GROWING", "REGULAR", "FOCUSED", "ONLINE");
        NextBestAction framed = NextBestActionRules.decide(plain.withPreferences(true, true, "Tea"));
        assertEquals(NextBestActionRules.decide(plain).action(), framed.action());
        assertTrue(framed.reason(Language.EN).contains("present the offer as a price reduction"));
        assertTrue(framed.reason(Language.EN).endsWith("Start from their favourite category, Tea."));
        assertTrue(framed.reason(Language.ZH).contains("偏好折扣") && framed.reason(Language.ZH).contains("新品"));
        assertFalse(NextBestActionRules.decide(plain).reason(Language.EN).contains("discount"));
    }

    @Test
    void everyCombinationOfTheSixMainDimensionsGetsAnActionAndAStrategyThatExists() {
        Set<String> keys = Set.copyOf(SegmentDimension.allKeys());
        Set<ActionCode> reached = EnumSet.noneOf(ActionCode.class);
        int combinations = 0;
        for (List<String> c : MainDimensionCombinations.all()) {
            NextBestAction action = NextBestActionRules.decide(
                    CustomerClasses.of(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5)));
            assertTrue(keys.contains(action.strategyKey()), action.strategyKey());
            assertFalse(action.reason(Language.EN).isBlank() || action.reason(Language.ZH).isBlank());
            reached.add(action.action());
            combinations++;
        }
        assertEquals(3 * 12 * 7 * 6 * 4 * 4, combinations);
        assertEquals(EnumSet.complementOf(EnumSet.of(ActionCode.MAINTAIN, ActionCode.REFERRAL_ASK)), reached);
    }

    @Test
    void aClassOutsideTheVocabularyIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> CustomerClasses.of("PLATINUM", "LOYAL", "MATURE", "REGULAR", "BROAD", "ONLINE"));
    }
}
