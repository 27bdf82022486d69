package com.clientele.strategy;

import com.clientele.vocabulary.CustomerClasses;
import com.clientele.vocabulary.Language;
import com.clientele.vocabulary.SegmentDimension;

/**
 * A fact about a customer that a next-best-action rule reacts to: being in one class of one dimension. It
 * carries the phrase that names the fact in a reason, written to follow "customer who" in English and
 * "客户" in Chinese.
 */
public record Signal(SegmentDimension dimension, String className, String en, String zh) {

    public Signal {
        if (!dimension.hasClass(className)) {
            throw new IllegalArgumentException(className + " is not a class of " + dimension);
        }
    }

    public boolean holdsFor(CustomerClasses customer) {
        return className.equals(customer.classIn(dimension));
    }

    public String strategyKey() {
        return dimension.key(className);
    }

    public String phrase(Language language) {
        return language == Language.ZH ? zh : en;
    }
}
