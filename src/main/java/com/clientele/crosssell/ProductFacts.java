package com.clientele.crosssell;

import com.clientele.catalog.Product;

/** What the scorer needs to know about a product: identity, category, price, and whether it may be recommended. */
public record ProductFacts(String id, String name, String categoryId, Double price, boolean active,
        boolean merchandise) {

    /** The facts of a catalogue product. */
    public static ProductFacts of(Product product) {
        return new ProductFacts(product.id(), product.name(), product.categoryId(), product.price(), product.active(),
                product.merchandise());
    }

    /** Non-merchandise (fees, postage) and discontinued products are never recommended. */
    public boolean recommendable() {
        return active && merchandise;
    }

    /** The name to show in a reason; the id when the product has no name. */
    public String label() {
        return name == null || name.isBlank() ? id : name;
    }
}
