package com.clientele.segment;

import java.util.Map;

/** The order of a segment's member list (GraphQL {@code SegmentMemberOrder}); ties are broken by id. */
public record MemberOrder(String field, boolean descending) {

    /** The default: the biggest spenders first. */
    public static final MemberOrder BY_MONETARY = new MemberOrder("MONETARY", true);

    public static MemberOrder fromInput(Map<String, Object> input) {
        if (input == null) {
            return BY_MONETARY;
        }
        return new MemberOrder((String) input.get("field"), !"ASC".equals(input.get("direction")));
    }
}
