package com.clientele.segment;

/** Applies the documented rules of segmentation.yaml to one customer's metrics. Pure Java, no database. */
public final class Classifier {

    /** UNSTABLE needs at least this many orders (with an established lifecycle and irregular gaps). */
    public static final int UNSTABLE_MIN_ORDERS = 3;
    /** Slowing down (DECLINING) needs at least this many orders in the previous window. */
    public static final int DECLINING_MIN_PREVIOUS_ORDERS = 2;

    private final SegmentationConfig config;
    private final Thresholds thresholds;

    public Classifier(SegmentationConfig config, Thresholds thresholds) {
        this.config = config;
        this.thresholds = thresholds;
    }

    /** Classifies a customer; {@code value} is the value-tier basis (monetary, or predicted CLV). */
    public Classification classify(CustomerMetrics m, double value) {
        if (m.isProspect()) {
            return new Classification(m.customerId(), ValueTier.LOW, null, null, null, RfmSegment.NO_PURCHASE,
                    Lifecycle.PROSPECT, Behaviour.POTENTIAL, Breadth.NONE, ChannelClass.NONE, false, false, null);
        }
        int r = 6 - Thresholds.score(m.recencyDays(), thresholds.recencyCuts());
        int f = Thresholds.score(m.orderCount(), thresholds.frequencyCuts());
        int mon = Thresholds.score(m.monetary(), thresholds.monetaryCuts());
        Lifecycle lifecycle = lifecycle(m);
        var preferences = config.preferences();
        return new Classification(m.customerId(), valueTier(value), r, f, mon, RfmSegment.of(r, f, mon), lifecycle,
                behaviour(m, lifecycle), breadth(m), channel(m),
                m.discountShare() >= preferences.discountSeekingShare(),
                m.newProductShare() >= preferences.newProductSeekingShare(),
                m.favouriteCategoryId());
    }

    private ValueTier valueTier(double value) {
        if (value >= thresholds.valueHigh()) {
            return ValueTier.HIGH;
        }
        return value >= thresholds.valueMid() ? ValueTier.MID : ValueTier.LOW;
    }

    private Lifecycle lifecycle(CustomerMetrics m) {
        var rule = config.lifecycle();
        if (m.recencyDays() > churnHorizon(m)) {
            return Lifecycle.CHURNED;
        }
        if (m.tenureDays() <= rule.newDays()) {
            return Lifecycle.NEW;
        }
        if (m.isOneTimeBuyer()) {
            return Lifecycle.ONE_TIME;
        }
        if (isDeclining(m)) {
            return Lifecycle.DECLINING;
        }
        return m.tenureDays() > rule.matureDays() ? Lifecycle.MATURE : Lifecycle.GROWING;
    }

    /**
     * Days without an order after which this customer counts as churned: the merchant-wide horizon, or longer for a
     * customer whose own rhythm is slower ({@code overdueFactor} × their mean gap), but never beyond churnMaxDays.
     */
    private double churnHorizon(CustomerMetrics m) {
        var rule = config.lifecycle();
        double own = m.meanGapDays() == null ? 0 : rule.overdueFactor() * m.meanGapDays();
        return Math.min(rule.churnMaxDays(), Math.max(thresholds.churnAfterDays(), own));
    }

    private boolean isDeclining(CustomerMetrics m) {
        var rule = config.lifecycle();
        boolean slowedDown = m.previousOrders() >= DECLINING_MIN_PREVIOUS_ORDERS
                && m.recentOrders() <= rule.decliningRatio() * m.previousOrders();
        boolean overdue = m.meanGapDays() != null && m.recencyDays() > rule.overdueFactor() * m.meanGapDays();
        return slowedDown || overdue;
    }

    private Behaviour behaviour(CustomerMetrics m, Lifecycle lifecycle) {
        var rule = config.behaviour();
        if (lifecycle == Lifecycle.CHURNED) {
            return Behaviour.CHURNED;
        }
        if (m.isOneTimeBuyer()) {
            return Behaviour.ONE_TIME;
        }
        boolean established = lifecycle == Lifecycle.MATURE || lifecycle == Lifecycle.DECLINING;
        if (established && m.orderCount() >= UNSTABLE_MIN_ORDERS && m.gapCv() != null
                && m.gapCv() > rule.unstableMinCv()) {
            return Behaviour.UNSTABLE;
        }
        boolean regular = m.gapCv() != null && m.gapCv() <= rule.regularMaxCv();
        if (m.orderCount() >= thresholds.loyalMinOrders() && regular && lifecycle != Lifecycle.DECLINING) {
            return Behaviour.LOYAL;
        }
        return Behaviour.REGULAR;
    }

    private Breadth breadth(CustomerMetrics m) {
        if (m.distinctCategories() == 0) {
            return Breadth.NONE;
        }
        if (m.distinctCategories() == 1) {
            return Breadth.SINGLE_CATEGORY;
        }
        return m.distinctCategories() >= thresholds.broadMinCategories() ? Breadth.BROAD : Breadth.FOCUSED;
    }

    private ChannelClass channel(CustomerMetrics m) {
        var rule = config.channel();
        if (m.onlineShare() >= rule.onlineMinShare()) {
            return ChannelClass.ONLINE;
        }
        return m.onlineShare() <= rule.offlineMaxShare() ? ChannelClass.OFFLINE : ChannelClass.MIXED;
    }
}
