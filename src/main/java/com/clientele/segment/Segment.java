package com.clientele.segment;

import com.clientele.strategy.Strategy;
import com.clientele.vocabulary.Language;
import com.clientele.vocabulary.SegmentDimension;
import java.util.function.Supplier;

/**
 * One class of a dimension with its KPIs (aggregated when first asked for) and its playbook strategy (whose texts
 * name and describe the class).
 */
public record Segment(SegmentDimension dimension, String className, Supplier<SegmentKpis> kpisOnDemand,
        Strategy strategy) {

    public SegmentKpis kpis() {
        return kpisOnDemand.get();
    }

    public String name(Language language) {
        return strategy.text(language).name();
    }

    public String nameEn() {
        return name(Language.EN);
    }

    public String nameZh() {
        return name(Language.ZH);
    }

    public String description(Language language) {
        return strategy.text(language).description();
    }
}
