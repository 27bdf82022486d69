package com.clientele.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plans the referrals: first 3-5 super referrers among the earliest ordinary customers, each growing a cascade
 * 4-6 levels deep that reaches 24-48 customers; then ordinary referrals until about a quarter of all customers
 * were referred, where a referrer brings at most 3 customers and no ordinary tree gets deeper than 2 levels.
 */
final class ReferralPlanner {

    private static final int PICK_ATTEMPTS = 40;

    private final GeneratorSettings settings;
    private final Population population;
    private final ReferralForest forest;
    private final SplittableRandom random;

    ReferralPlanner(GeneratorSettings settings, Population population, SignupOrder signups) {
        this.settings = settings;
        this.population = population;
        this.forest = new ReferralForest(signups);
        this.random = RandomStreams.of(settings.seed(), RandomStreams.Purpose.REFERRAL);
    }

    ReferralForest plan() {
        List<Integer> roots = chooseSuperReferrers(3 + random.nextInt(3));
        roots.forEach(forest::markCascadeRoot);
        int cascaded = 0;
        for (int root : roots) {
            cascaded += growCascade(root);
            population.give(root, Behaviour.SUPER_REFERRER);
        }
        referOrdinarily(settings.referredTarget() - cascaded);
        return forest;
    }

    private List<Integer> chooseSuperReferrers(int count) {
        SignupOrder signups = forest.signups();
        List<Integer> roots = new ArrayList<>();
        for (int position = random.nextInt(10); position < signups.size() && roots.size() < count; position++) {
            int customer = signups.customerAt(position);
            if (!population.isPlanted(customer)) {
                roots.add(customer);
            }
        }
        return roots;
    }

    /** Grows one cascade level by level and returns how many customers it reached. */
    private int growCascade(int root) {
        int depthTarget = 4 + random.nextInt(3);
        int sizeTarget = 24 + random.nextInt(25);
        List<Integer> level = List.of(root);
        int size = 0;
        int depth = 0;
        while (depth < depthTarget && !level.isEmpty()) {
            List<Integer> next = new ArrayList<>();
            for (int i = 0; i < level.size(); i++) {
                int children = childrenWanted(depth, i, size < sizeTarget);
                next.addAll(referLater(level.get(i), children));
            }
            size += next.size();
            depth += next.isEmpty() ? 0 : 1;
            level = next;
        }
        forest.addSuperReferrer(new ReferralForest.SuperReferrer(root, depth, size));
        return size;
    }

    /** The root brings 4-7; below it the first of each level keeps the chain going, others add 1-2 until full. */
    private int childrenWanted(int depth, int indexInLevel, boolean growing) {
        if (depth == 0) {
            return 4 + random.nextInt(4);
        }
        if (indexInLevel == 0) {
            return 1 + random.nextInt(2);
        }
        return growing ? 1 + random.nextInt(2) : 0;
    }

    private List<Integer> referLater(int parent, int children) {
        SignupOrder signups = forest.signups();
        int from = signups.firstOnOrAfter(signups.signupDay(parent) + 1);
        int spread = Math.max(20, signups.size() / 10);
        List<Integer> referred = new ArrayList<>();
        for (int attempt = 0; attempt < PICK_ATTEMPTS && referred.size() < children && from < signups.size();
                attempt++) {
            int customer = signups.customerAt(from + random.nextInt(Math.min(spread, signups.size() - from)));
            if (forest.canBeReferred(customer)) {
                forest.refer(parent, customer, true);
                referred.add(customer);
            }
        }
        return referred;
    }

    private void referOrdinarily(int target) {
        SignupOrder signups = forest.signups();
        int made = 0;
        for (int attempt = 0; attempt < target * 4 && made < target; attempt++) {
            int customer = random.nextInt(signups.size());
            int earlier = signups.firstOnOrAfter(signups.signupDay(customer));
            if (!forest.canBeReferred(customer) || earlier == 0) {
                continue;
            }
            int referrer = signups.customerAt(random.nextInt(earlier));
            if (!forest.inCascade(referrer) && forest.depthOf(referrer) <= 1 && forest.referredCount(referrer) < 3) {
                forest.refer(referrer, customer, false);
                made++;
            }
        }
    }
}
