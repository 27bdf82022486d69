package com.clientele.web;

import java.util.Locale;

/** One media range of an Accept header (or a Content-Type), lower-cased, with its quality. */
record MediaRange(String type, double quality) {

    static final int EXACT = 2;

    static MediaRange parse(String element) {
        String[] parts = element.split(";");
        double quality = 1;
        for (int index = 1; index < parts.length; index++) {
            String parameter = parts[index].trim().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                quality = qualityOf(parameter.substring(2).trim());
            }
        }
        return new MediaRange(parts.length == 0 ? "" : parts[0].trim().toLowerCase(Locale.ROOT), quality);
    }

    private static double qualityOf(String value) {
        try {
            return Math.max(0, Math.min(1, Double.parseDouble(value)));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** 2 for the type itself, 1 for its type/* range, 0 for * / *, -1 when the range does not match it. */
    int specificityFor(String wanted) {
        if (type.equals(wanted)) {
            return EXACT;
        }
        if (type.equals(wanted.substring(0, wanted.indexOf('/')) + "/*")) {
            return 1;
        }
        return type.equals("*/*") ? 0 : -1;
    }
}
