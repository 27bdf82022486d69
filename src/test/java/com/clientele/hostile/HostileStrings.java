package com.clientele.hostile;

import java.util.List;
import java.util.Random;

/**
 * Hostile text for string inputs: control characters and NUL, odd Unicode, template and path tricks, very long
 * text. None contains a word {@link ErrorHygiene} looks for, so an echoed input cannot look like a leak.
 */
final class HostileStrings {

    /** C0 controls other than tab, line feed and carriage return, and DEL. */
    private static final String CONTROLS = "\u0000\u0001\u0002\u0007\u0008\u000b\u000c\u000e\u001b\u001f\u007f";

    private static final List<String> ODD = List.of("", " ", "   \t  ", "\u202eevil", "zero\u200bwidth", "\ufeffbom",
            "e\u0301".repeat(50), "广东", "Guangdong", "上海", "%00", "%27%22", "../../../etc/passwd",
            "${jndi:ldap://127.0.0.1:1/a}", "<script>alert(1)</script>", "' OR '1'='1", "\"; --", "{{7*7}}",
            "null", "undefined", "NaN", "-0", "1e309", "\\", "\\u0000", "true", "🙂".repeat(300),
            "\u0130stanbul", "ǅ", "\u00df".repeat(40));

    private HostileStrings() {
    }

    /** A short text with at least one control character in it. */
    static String withControlCharacter(Random random) {
        char control = CONTROLS.charAt(random.nextInt(CONTROLS.length()));
        String[] around = {"Ann", "Li Wei", "刘丽", "x"};
        String before = around[random.nextInt(around.length)];
        return random.nextBoolean() ? before + control + "Smith" : control + before;
    }

    /** Any hostile text, sometimes long. */
    static String any(Random random) {
        int pick = random.nextInt(10);
        if (pick == 0) {
            return withControlCharacter(random);
        }
        if (pick == 1) {
            return "a".repeat(1_000 + random.nextInt(20_000));
        }
        return ODD.get(random.nextInt(ODD.size()));
    }
}
