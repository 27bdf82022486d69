package com.clientele.clv;

/** A text for merchants in English and Simplified Chinese (GraphQL ClvText). */
public record ClvText(String en, String zh) {

    public ClvText {
        if (en == null || zh == null) {
            throw new IllegalArgumentException("a merchant text needs both languages");
        }
    }
}
