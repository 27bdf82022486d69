package com.clientele.customer;

import java.util.Map;

/** The order of a customer list: a field and a direction; ties are broken by id in the same direction. */
public record CustomerSort(String field, boolean descending) {

    public static final CustomerSort BY_ID = new CustomerSort("ID", false);

    public static CustomerSort fromInput(Map<String, Object> input) {
        if (input == null) {
            return BY_ID;
        }
        String field = (String) input.getOrDefault("field", "ID");
        return new CustomerSort(field, "DESC".equals(input.get("direction")));
    }
}
