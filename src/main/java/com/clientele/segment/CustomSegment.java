package com.clientele.segment;

import java.util.function.Supplier;

/**
 * The customers matching a filter, with their KPIs (aggregated when first asked for); its members are paged by
 * {@code CustomSegment.members}.
 */
public record CustomSegment(SegmentFilter filter, Supplier<SegmentKpis> kpisOnDemand) {

    public SegmentKpis kpis() {
        return kpisOnDemand.get();
    }
}
