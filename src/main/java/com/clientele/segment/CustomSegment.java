package com.clientele.segment;

/** The customers matching a filter, with their KPIs; its members are paged by {@code CustomSegment.members}. */
public record CustomSegment(SegmentFilter filter, SegmentKpis kpis) {
}
