package com.clientele.crosssell;

import com.clientele.catalog.Category;
import com.clientele.catalog.Product;
import java.util.List;
import java.util.Optional;

/**
 * What scoring reads besides the customer's own history: the stored model (partners, popular lists) seen through the
 * catalogue (the partners' facts, recommendable products only in popular lists). The two parts change independently
 * and {@link CrossSellModelCache} reads each again only when its own version moves.
 */
record CrossSellSnapshot(StoredModel model, CatalogueCopy catalogue) {

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
        return model.linksOf(productId).stream().map(link -> Partner.of(catalogue.facts(link.partnerId()), link))
                .toList();
    }

    /** The recommendable products of the popular list under this key; empty if there is none. */
    List<RankedProduct> popular(String key) {
        return model.popular(key).stream()
                .map(entry -> new RankedProduct(catalogue.facts(entry.productId()), entry.buyers()))
                .filter(ranked -> ranked.product().recommendable()).toList();
    }
}
