package com.clientele.crosssell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The evaluation harness: for every customer with at least two baskets, the last one (by time) is withheld; the
 * co-purchase model and popular lists are built from all other baskets by the production builders, each customer's
 * top k comes from the production {@link CrossSellScorer}, and both are compared with the withheld basket.
 * The popularity baseline recommends the most bought products (explore-only: those the customer has not bought).
 */
public final class LeaveLastBasketOut {

    private final BasketLog log;
    private final ProductCatalogue catalogue;
    private final CustomerGroups groups;

    public LeaveLastBasketOut(BasketLog log, ProductCatalogue catalogue, CustomerGroups groups) {
        this.log = log;
        this.catalogue = catalogue;
        this.groups = groups;
    }

    public EvaluationResult run(CoPurchaseSettings model, ScoringSettings scoring, int k) {
        Map<Integer, List<Basket>> byCustomer = log.baskets().stream()
                .collect(Collectors.groupingBy(Basket::customer));
        Set<Basket> heldOut = byCustomer.values().stream().filter(value -> value.size() >= 2)
                .map(list -> list.get(list.size() - 1)).collect(Collectors.toCollection(HashSet::new));
        CoPurchaseModel trained = new CoPurchaseBuilder(model).build(log, basket -> !heldOut.contains(basket));
        PopularLists popular = PopularLists.build(log, basket -> !heldOut.contains(basket), groups);
        ModelEvidence evidence = new ModelEvidence(log, trained, catalogue, popular, groups);
        CrossSellScorer scorer = new CrossSellScorer(scoring);
        List<String> mostBought = trained.mostBought(log.productCount()).stream()
                .filter(id -> catalogue.get(id).recommendable()).toList();
        EvaluationResult result = new EvaluationResult(k, 0, recommendableBought(trained),
                new RankingMetrics(k), new RankingMetrics(k), new RankingMetrics(k), new RankingMetrics(k));
        int evaluated = 0;
        for (List<Basket> baskets : byCustomer.values()) {
            if (baskets.size() < 2) {
                continue;
            }
            evaluated++;
            List<Basket> training = baskets.subList(0, baskets.size() - 1);
            evaluate(result, evidence.of(log.customerId(training.get(0).customer()), training),
                    baskets.get(baskets.size() - 1), scorer, mostBought);
        }
        return new EvaluationResult(k, evaluated, result.catalogueSize(), result.crossSellAll(),
                result.crossSellExplore(), result.popularityAll(), result.popularityExplore());
    }

    private void evaluate(EvaluationResult result, CustomerEvidence customer, Basket last, CrossSellScorer scorer,
            List<String> mostBought) {
        Set<String> owned = customer.owned().stream().map(ownedProduct -> ownedProduct.product().id()).collect(Collectors.toSet());
        Set<String> all = Arrays.stream(last.items()).mapToObj(log::productId).collect(Collectors.toSet());
        Set<String> explore = new HashSet<>(all);
        explore.removeAll(owned);
        List<String> crossSell = scorer.recommend(customer, CrossSellQuery.top(result.k())).stream()
                .map(Recommendation::productId).toList();
        List<String> popularNew = new ArrayList<>();
        for (int i = 0; i < mostBought.size() && popularNew.size() < result.k(); i++) {
            if (!owned.contains(mostBought.get(i))) {
                popularNew.add(mostBought.get(i));
            }
        }
        result.crossSellAll().add(crossSell, all);
        result.crossSellExplore().add(crossSell, explore);
        result.popularityAll().add(mostBought, all);
        result.popularityExplore().add(popularNew, explore);
    }

    private int recommendableBought(CoPurchaseModel trained) {
        int count = 0;
        for (int item = 0; item < log.productCount(); item++) {
            String id = log.productId(item);
            count += trained.buyersOf(id) > 0 && catalogue.get(id).recommendable() ? 1 : 0;
        }
        return count;
    }
}
