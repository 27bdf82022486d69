package com.clientele.crosssell;

import com.clientele.catalog.Category;
import com.clientele.catalog.Product;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What scoring reads besides the customer's own history: the stored model (partners, popular lists) seen through the
 * catalogue (the partners' facts, recommendable products only in popular lists). The two parts change independently
 * and {@link CrossSellModelCache} reads each again only when its own version moves. A snapshot lives as long as both
 * parts do, so a product's partners and a popular list are resolved against the catalogue once, not per request.
 */
final class CrossSellSnapshot {

    private final StoredModel model;
    private final CatalogueCopy catalogue;
    private final Map<String, List<Partner>> partners = new ConcurrentHashMap<>();
    private final Map<String, List<RankedProduct>> popular = new ConcurrentHashMap<>();

    CrossSellSnapshot(StoredModel model, CatalogueCopy catalogue) {
        this.model = model;
        this.catalogue = catalogue;
    }

    /** True when this snapshot is made of exactly these parts. */
    boolean isOf(StoredModel otherModel, CatalogueCopy otherCatalogue) {
        return model == otherModel && catalogue == otherCatalogue;
    }

    ProductFacts facts(String productId) {
        return catalogue.facts(productId);
    }

    Optional<Product> product(String id) {
        return catalogue.product(id);
    }

    Optional<Category> category(String id) {
        return catalogue.category(id);
    }

    List<Partner> partnersOf(String productId) {
        return partners.computeIfAbsent(productId, id -> model.linksOf(id).stream()
                .map(link -> Partner.of(catalogue.facts(link.partnerId()), link)).toList());
    }

    /** The recommendable products of the popular list under this key; empty if there is none. */
    List<RankedProduct> popular(String key) {
        return popular.computeIfAbsent(key, text -> model.popular(text).stream()
                .map(entry -> new RankedProduct(catalogue.facts(entry.productId()), entry.buyers()))
                .filter(ranked -> ranked.product().recommendable()).toList());
    }
}
