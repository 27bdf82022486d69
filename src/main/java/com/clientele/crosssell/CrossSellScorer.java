package com.clientele.crosssell;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Scores cross-sell candidates for one customer from {@link CustomerEvidence}: the API and the evaluation harness
 * both call this class. Each bought product votes for its partners with the link's similarity times a recency
 * weight (half-life before the customer's latest purchase); votes are scaled to 0..1 and a popularity prior is
 * added (heavier for cold-start customers). The missing parts of sets the customer bought part of (links that meet
 * the {@link BundleRule}) come first. Already-bought and filtered-out products never come back.
 */
public final class CrossSellScorer {

    private final ScoringSettings settings;

    public CrossSellScorer(ScoringSettings settings) {
        this.settings = settings;
    }

    public List<Recommendation> recommend(CustomerEvidence evidence, CrossSellQuery query) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        if (query.strategy() != CrossSellStrategy.POPULAR) {
            addCoPurchaseVotes(evidence, candidates);
        }
        evidence.popular().forEach(popularProduct -> candidates.computeIfAbsent(popularProduct.product().id(), id -> new Candidate(popularProduct.product()))
                .addPopularity(popularProduct, popularProduct.weight()));
        double scale = 1 / Math.max(1e-12, candidates.values().stream().mapToDouble(candidate -> candidate.coPurchase).max().orElse(0));
        double prior = popularityWeight(evidence, query.strategy());
        List<Candidate> admitted = candidates.values().stream().filter(allowed(evidence, query)).toList();
        keepStrongestSets(admitted);
        List<Recommendation> ranked = admitted.stream()
                .map(candidate -> candidate.toRecommendation(candidate.score(scale, prior), scale, prior))
                .sorted(Comparator.comparingDouble(Recommendation::score).reversed()
                        .thenComparing(Recommendation::productId))
                .toList();
        if (query.strategy() == CrossSellStrategy.CATEGORY_GAP) {
            return spreadOverGaps(ranked, query.first());
        }
        return ranked.stream().limit(query.first()).toList();
    }

    private void addCoPurchaseVotes(CustomerEvidence evidence, Map<String, Candidate> candidates) {
        long latest = evidence.lastDay();
        for (OwnedProduct owned : evidence.owned()) {
            double recency = Math.pow(0.5, (latest - owned.lastDay()) / settings.halfLifeDays());
            for (Partner partner : owned.partners()) {
                Candidate candidate = candidates.computeIfAbsent(partner.product().id(),
                        id -> new Candidate(partner.product()));
                candidate.addEvidence(owned.product(), recency * Math.pow(partner.similarity(),
                        settings.similarityPower()));
                if (settings.bundle().isBundle(partner)) {
                    candidate.addSetEvidence(owned.product(), recency * partner.confidence());
                }
            }
        }
    }

    /** Only the {@link BundleRule#maxFirst()} strongest set completions go first; the others rank as usual. */
    private void keepStrongestSets(List<Candidate> admitted) {
        admitted.stream().filter(Candidate::completesSet)
                .sorted(Comparator.comparingDouble(Candidate::setStrength).reversed()
                        .thenComparing(candidate -> candidate.product.id()))
                .skip(settings.bundle().maxFirst())
                .forEach(Candidate::dropSet);
    }

    private double popularityWeight(CustomerEvidence evidence, CrossSellStrategy strategy) {
        if (strategy == CrossSellStrategy.POPULAR) {
            return 1;
        }
        return evidence.orderCount() <= PopularBlend.COLD_START_MAX_ORDERS
                ? settings.coldStartPopularityWeight() : settings.popularityWeight();
    }

    private static Predicate<Candidate> allowed(CustomerEvidence evidence, CrossSellQuery query) {
        Map<String, Long> lastBought = new HashMap<>();
        Set<String> ownedCategories = new HashSet<>();
        for (OwnedProduct owned : evidence.owned()) {
            lastBought.put(owned.product().id(), owned.lastDay());
            ownedCategories.add(owned.product().categoryId());
        }
        boolean gapsOnly = query.strategy() == CrossSellStrategy.CATEGORY_GAP;
        return candidate -> query.admits(candidate.product)
                && (!lastBought.containsKey(candidate.product.id()) || query.mayRepurchase(lastBought.get(candidate.product.id())))
                && !(gapsOnly && ownedCategories.contains(candidate.product.categoryId()));
    }

    /** Category-gap mode: at most a few products per new category, explained by the category they open. */
    private List<Recommendation> spreadOverGaps(Collection<Recommendation> ranked, int first) {
        Map<String, Integer> perCategory = new HashMap<>();
        return ranked.stream()
                .filter(recommendation -> perCategory.merge(String.valueOf(recommendation.categoryId()), 1, Integer::sum)
                        <= settings.perCategoryInGapMode())
                .limit(first)
                .map(recommendation -> new Recommendation(recommendation.product(), recommendation.score(), ReasonKind.CATEGORY_GAP, recommendation.becauseOf(),
                        recommendation.categoryId()))
                .toList();
    }
}
