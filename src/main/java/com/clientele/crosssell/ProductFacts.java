package com.clientele.crosssell;

import com.clientele.catalog.Product;
import com.clientele.vocabulary.Language;

/**
 * What the scorer needs to know about a product: identity, category, price, whether it may be recommended, and its
 * names for the reasons (the Chinese name may be null).
 */
public record ProductFacts(String id, String name, String categoryId, Double price, boolean active,
        boolean merchandise, String nameZh) {

    /** Facts without a Chinese name. */
    public ProductFacts(String id, String name, String categoryId, Double price, boolean active,
            boolean merchandise) {
        this(id, name, categoryId, price, active, merchandise, null);
    }

    /** The facts of a catalogue product. */
    public static ProductFacts of(Product product) {
        return new ProductFacts(product.id(), product.name(), product.categoryId(), product.price(), product.active(),
                product.merchandise(), product.nameZh());
    }

    /** Non-merchandise (fees, postage) and discontinued products are never recommended. */
    public boolean recommendable() {
        return active && merchandise;
    }

    /** The name to show in an English reason; the id when the product has no name. */
    public String label() {
        return name == null || name.isBlank() ? id : name;
    }

    /** The name to show in a reason in a language: the Chinese name in Chinese when there is one. */
    public String label(Language language) {
        return language == Language.ZH && nameZh != null && !nameZh.isBlank() ? nameZh : label();
    }
}
