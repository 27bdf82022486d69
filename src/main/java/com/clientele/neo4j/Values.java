package com.clientele.neo4j;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.neo4j.driver.Value;

/** Null-safe reads of optional properties from driver values (maps returned by {@code n {.*}}). */
public final class Values {

    private Values() {
    }

    public static String string(Value map, String key) {
        Value value = map.get(key);
        return value.isNull() ? null : value.asString();
    }

    public static Integer integer(Value map, String key) {
        Value value = map.get(key);
        return value.isNull() ? null : value.asInt();
    }

    public static double number(Value map, String key, double fallback) {
        Value value = map.get(key);
        return value.isNull() ? fallback : value.asDouble();
    }

    public static Double optionalNumber(Value map, String key) {
        Value value = map.get(key);
        return value.isNull() ? null : value.asDouble();
    }

    public static boolean bool(Value map, String key, boolean fallback) {
        Value value = map.get(key);
        return value.isNull() ? fallback : value.asBoolean();
    }

    public static LocalDate date(Value map, String key) {
        Value value = map.get(key);
        return value.isNull() ? null : value.asLocalDate();
    }

    public static OffsetDateTime dateTime(Value map, String key) {
        Value value = map.get(key);
        return value.isNull() ? null : value.asZonedDateTime().toOffsetDateTime();
    }
}
