package com.clientele.crosssell;

import java.util.List;

/**
 * A product being scored for one customer: co-purchase evidence and popularity, with what contributed most. A
 * candidate that completes a set the customer bought part of scores {@value #SET_TIER} plus the set link's strength,
 * above every other candidate (whose scores stay below {@value #SET_TIER}).
 */
final class Candidate {

    static final double SET_TIER = 2;

    final ProductFacts product;
    double coPurchase;
    double popularity;
    private ProductFacts strongest;
    private double strongestContribution;
    private ProductFacts second;
    private double secondContribution;
    private PopularProduct popularSource;
    private ProductFacts setAnchor;
    private double setStrength;

    Candidate(ProductFacts product) {
        this.product = product;
    }

    void addEvidence(ProductFacts bought, double contribution) {
        coPurchase += contribution;
        if (contribution > strongestContribution) {
            second = strongest;
            secondContribution = strongestContribution;
            strongest = bought;
            strongestContribution = contribution;
        } else if (contribution > secondContribution) {
            second = bought;
            secondContribution = contribution;
        }
    }

    /** The candidate completes a set with {@code bought}; strength in (0, 1] orders several completions. */
    void addSetEvidence(ProductFacts bought, double strength) {
        if (strength > setStrength) {
            setAnchor = bought;
            setStrength = strength;
        }
    }

    boolean completesSet() {
        return setAnchor != null;
    }

    double setStrength() {
        return setStrength;
    }

    /** Ranks the candidate by its co-purchase score like any other (more sets to complete than places first). */
    void dropSet() {
        setAnchor = null;
        setStrength = 0;
    }

    void addPopularity(PopularProduct source, double weighted) {
        popularity += weighted;
        if (popularSource == null || source.weight() > popularSource.weight()) {
            popularSource = source;
        }
    }

    double score(double coPurchaseScale, double popularityWeight) {
        if (setAnchor != null) {
            return SET_TIER + setStrength;
        }
        return coPurchase * coPurchaseScale + popularityWeight * popularity;
    }

    /** The recommendation, explained by whichever part weighed more. */
    Recommendation toRecommendation(double score, double coPurchaseScale, double popularityWeight) {
        if (setAnchor != null) {
            return new Recommendation(product, score, ReasonKind.COMPLETES_SET, List.of(setAnchor), null);
        }
        if (strongest != null && coPurchase * coPurchaseScale >= popularityWeight * popularity) {
            List<ProductFacts> because = second == null ? List.of(strongest) : List.of(strongest, second);
            return new Recommendation(product, score, ReasonKind.BOUGHT_WITH, because, null);
        }
        if (popularSource == null) {
            return new Recommendation(product, score, ReasonKind.POPULAR, List.of(), null);
        }
        return new Recommendation(product, score, popularSource.kind(), List.of(), popularSource.group());
    }
}
