package com.clientele.crosssell;

/**
 * When a co-purchase link means "sold as a set": with 95 % confidence (Wilson lower bound) the partner is in the same
 * order as the bought product in at least {@code minConfidence} of that product's orders; the two share at least
 * {@code minBaskets} orders; and they are bought together at least {@code minLift} times more often than chance (so a
 * best-seller that is in every third order is not everybody's set). A customer who bought part of such a set is
 * offered the rest before anything else, at most {@code maxFirst} products; further set completions rank by their
 * co-purchase score like any other candidate (docs/crosssell.md).
 */
public record BundleRule(double minConfidence, int minBaskets, double minLift, int maxFirst) {

    private static final double Z = 1.96;

    public BundleRule {
        if (minConfidence <= 0 || minConfidence > 1 || minBaskets < 1 || minLift < 1 || maxFirst < 0) {
            throw new IllegalArgumentException("invalid bundle rule");
        }
    }

    public static BundleRule defaults() {
        return new BundleRule(0.3, 5, 2.0, 3);
    }

    /** A rule no link meets: recommendations rank by the co-purchase score alone. */
    public static BundleRule off() {
        return new BundleRule(1, Integer.MAX_VALUE, 1, 0);
    }

    public BundleRule withMaxFirst(int places) {
        return new BundleRule(minConfidence, minBaskets, minLift, places);
    }

    public boolean isBundle(Partner partner) {
        if (partner.baskets() < minBaskets || partner.lift() < minLift || partner.confidence() <= 0) {
            return false;
        }
        return lowerBound(partner.confidence(), partner.baskets() / partner.confidence()) >= minConfidence;
    }

    /** Wilson score interval's lower end for a share {@code p} observed over {@code n} orders. */
    static double lowerBound(double p, double n) {
        double z2 = Z * Z;
        double centre = p + z2 / (2 * n);
        double spread = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return (centre - spread) / (1 + z2 / n);
    }
}
