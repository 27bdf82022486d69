package com.clientele.place;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which typed place names are compared: Unicode compatibility-decomposed (full-width letters become
 * ASCII), accents dropped, lower case, without spaces, apostrophes, hyphens, dots and underscores. So
 * {@code Xi'an}, {@code XIAN} and {@code Xi An} are one spelling, and so are {@code Ürümqi} and {@code Urumqi};
 * Chinese characters are left as they are (traditional forms are aliases in the table).
 */
public final class Spelling {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern IGNORED = Pattern.compile("[\\s'’‘`.\\-_·]+");

    private Spelling() {
    }

    /** The comparable form of a typed name; empty for a blank one. */
    public static String key(String typed) {
        if (typed == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(typed, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return IGNORED.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
