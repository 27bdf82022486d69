package com.clientele.segment;

import com.clientele.vocabulary.Language;
import com.clientele.vocabulary.SegmentDimension;
import com.clientele.strategy.Strategy;

/** One class of a dimension with its KPIs and its playbook strategy (whose texts name and describe the class). */
public record Segment(SegmentDimension dimension, String className, SegmentKpis kpis, Strategy strategy) {

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
