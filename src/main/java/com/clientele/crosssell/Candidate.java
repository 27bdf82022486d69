package com.clientele.crosssell;

import java.util.List;

/** A product being scored for one customer: co-purchase evidence and popularity, with what contributed most. */
final class Candidate {

    final ProductFacts product;
    double coPurchase;
    double popularity;
    private ProductFacts strongest;
    private double strongestContribution;
    private ProductFacts second;
    private double secondContribution;
    private PopularProduct popularSource;

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

    void addPopularity(PopularProduct source, double weighted) {
        popularity += weighted;
        if (popularSource == null || source.weight() > popularSource.weight()) {
            popularSource = source;
        }
    }

    double score(double coPurchaseScale, double popularityWeight) {
        return coPurchase * coPurchaseScale + popularityWeight * popularity;
    }

    /** The recommendation, explained by whichever part weighed more. */
    Recommendation toRecommendation(double score, double coPurchaseScale, double popularityWeight) {
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
