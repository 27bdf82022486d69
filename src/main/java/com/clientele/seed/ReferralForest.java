package com.clientele.seed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Who referred whom: each customer has at most one referrer, who signed up strictly earlier, so the referrals
 * form a forest. It also remembers the planted super referrers with the depth and size of their cascades.
 */
final class ReferralForest {

    /** A planted super referrer: levels below them and customers reached through their cascade. */
    record SuperReferrer(int customer, int cascadeDepth, int cascadeSize) {
    }

    private final SignupOrder signups;
    private final int[] referrer;
    private final byte[] depth;
    private final byte[] referredCount;
    private final boolean[] inCascade;
    private final List<SuperReferrer> superReferrers = new ArrayList<>();

    ReferralForest(SignupOrder signups) {
        this.signups = signups;
        int n = signups.size();
        this.referrer = new int[n];
        this.depth = new byte[n];
        this.referredCount = new byte[n];
        this.inCascade = new boolean[n];
        Arrays.fill(referrer, -1);
    }

    SignupOrder signups() {
        return signups;
    }

    int referrerOf(int customer) {
        return referrer[customer];
    }

    int depthOf(int customer) {
        return depth[customer];
    }

    int referredCount(int customer) {
        return referredCount[customer];
    }

    boolean inCascade(int customer) {
        return inCascade[customer];
    }

    /** Not referred, not a referrer yet: may still be referred without deepening anyone's tree further. */
    boolean canBeReferred(int customer) {
        return referrer[customer] < 0 && referredCount[customer] == 0 && !inCascade[customer];
    }

    void markCascadeRoot(int customer) {
        inCascade[customer] = true;
    }

    void refer(int from, int to, boolean partOfCascade) {
        referrer[to] = from;
        depth[to] = (byte) (depth[from] + 1);
        referredCount[from]++;
        inCascade[to] = partOfCascade;
    }

    void addSuperReferrer(SuperReferrer superReferrer) {
        superReferrers.add(superReferrer);
    }

    List<SuperReferrer> superReferrers() {
        return List.copyOf(superReferrers);
    }
}
