package com.clientele.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Super referrers' cascades are deep and wide; every other referrer is small and shallow. */
class PlantedReferralRulesTest {

    private final SeedData data = SeedData.committed();
    private final Map<String, List<String>> referredBy = new HashMap<>();
    private final Set<String> referred = new HashSet<>();

    PlantedReferralRulesTest() {
        for (SeedData.Referral referral : data.referrals()) {
            referredBy.computeIfAbsent(referral.referrerId(), key -> new ArrayList<>()).add(referral.referredId());
            referred.add(referral.referredId());
        }
    }

    @Test
    void superReferrersCascadeFourToSixLevelsDeepAndReachDozens() {
        List<SeedData.SuperReferrer> supers = data.superReferrers();
        assertTrue(supers.size() >= 3 && supers.size() <= 5, "super referrers: " + supers.size());
        assertEquals(data.plantedWith(Behaviour.SUPER_REFERRER),
                supers.stream().map(SeedData.SuperReferrer::customerId).sorted().toList());
        for (SeedData.SuperReferrer superReferrer : supers) {
            String id = superReferrer.customerId();
            assertEquals(superReferrer.depth(), height(id), "depth of " + id);
            assertEquals(superReferrer.size(), descendants(id), "size of " + id);
            assertTrue(superReferrer.depth() >= 4 && superReferrer.depth() <= 6, "depth of " + id);
            assertTrue(superReferrer.size() >= 24, "size of " + id);
        }
    }

    @Test
    void everyOtherReferrerRefersAtMostThreeAndNoOtherCascadeIsDeeperThanTwo() {
        Set<String> supers = Set.copyOf(data.plantedWith(Behaviour.SUPER_REFERRER));
        List<String> wrong = new ArrayList<>();
        for (String referrer : referredBy.keySet()) {
            if (supers.contains(referrer)) {
                continue;
            }
            if (referredBy.get(referrer).size() > 3) {
                wrong.add(referrer + " refers " + referredBy.get(referrer).size());
            }
            if (!referred.contains(referrer) && height(referrer) > 2) {
                wrong.add(referrer + " cascades " + height(referrer) + " deep");
            }
        }

        assertEquals(List.of(), wrong);
    }

    private int height(String customer) {
        return referredBy.getOrDefault(customer, List.of()).stream().mapToInt(referredId -> 1 + height(referredId)).max().orElse(0);
    }

    private int descendants(String customer) {
        return referredBy.getOrDefault(customer, List.of()).stream().mapToInt(referredId -> 1 + descendants(referredId)).sum();
    }
}
