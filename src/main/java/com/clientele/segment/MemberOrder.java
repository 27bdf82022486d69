package com.clientele.segment;

import com.clientele.customer.CustomerSortKey;
import java.util.Map;

/** The order of a segment's member list (GraphQL {@code SegmentMemberOrder}); ties are broken by id. */
public record MemberOrder(String field, boolean descending) {

    /** The customer sort key of the field (the field names are sort key names). */
    public CustomerSortKey key() {
        return CustomerSortKey.valueOf(field);
    }

    /** The default: the biggest spenders first. */
    public static final MemberOrder BY_MONETARY = new MemberOrder("MONETARY", true);

    public static MemberOrder fromInput(Map<String, Object> input) {
        if (input == null) {
            return BY_MONETARY;
        }
        return new MemberOrder((String) input.get("field"), !"ASC".equals(input.get("direction")));
    }
}
