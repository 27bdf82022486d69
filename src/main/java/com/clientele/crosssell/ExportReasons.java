package com.clientele.crosssell;

import com.clientele.neo4j.Graph;
import com.clientele.place.PlaceTable;
import com.clientele.vocabulary.DisplayName;
import com.clientele.vocabulary.Language;
import com.clientele.strategy.PlaybookFile;
import com.clientele.vocabulary.SegmentDimension;
import com.clientele.strategy.Strategy;
import com.clientele.strategy.StrategyRepository;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The English reasons of the {@code export-recommendations} file, with groups named as the API names them: the
 * lifecycle stages' stored playbook names are read once, categories come from the catalogue copy the
 * recommendations were scored with, regions from the place table.
 */
public final class ExportReasons implements Function<Recommendation, String> {

    private final CrossSellService service;
    private final GroupNames groups;
    private final Map<String, Strategy> lifecycles;

    private ExportReasons(CrossSellService service, GroupNames groups, Map<String, Strategy> lifecycles) {
        this.service = service;
        this.groups = groups;
        this.lifecycles = lifecycles;
    }

    public static ExportReasons read(Graph graph, CrossSellService service, PlaceTable places) {
        Map<String, Strategy> lifecycles = new StrategyRepository(graph, PlaybookFile.fromClasspath(),
                Clock.systemUTC()).ofDimension(SegmentDimension.LIFECYCLE).stream()
                .collect(Collectors.toMap(Strategy::className, Function.identity()));
        return new ExportReasons(service, new GroupNames(places), lifecycles);
    }

    @Override
    public String apply(Recommendation recommendation) {
        String group = recommendation.group();
        DisplayName name = switch (recommendation.reasonKind()) {
            case CATEGORY_GAP -> GroupNames.ofCategory(service.knownCategory(group).orElse(null), group);
            case POPULAR_IN_REGION -> groups.ofRegion(group);
            case POPULAR_IN_SEGMENT -> GroupNames.ofSegment(lifecycles.get(group), group);
            default -> null;
        };
        return recommendation.reason(Language.EN, name);
    }
}
