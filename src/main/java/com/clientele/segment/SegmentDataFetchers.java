package com.clientele.segment;

import com.clientele.graphql.UserError;
import com.clientele.customer.Customer;
import com.clientele.graphql.ApiSurface;
import com.clientele.graphql.ClientException;
import com.clientele.graphql.Connection;
import com.clientele.graphql.FeatureFetchers;
import com.clientele.graphql.PageRequest;
import com.clientele.graphql.RequestLanguage;
import com.clientele.strategy.PlaybookFile;
import com.clientele.strategy.Strategy;
import com.clientele.strategy.StrategyRepository;
import com.clientele.vocabulary.Language;
import com.clientele.vocabulary.SegmentDimension;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dataloader.DataLoaderRegistry;

/**
 * Fetchers of the segment fields of schema/segment.graphqls: the classes of a dimension with KPIs and strategy,
 * one class, custom segments and their members. The {@code language} argument of {@code segments}/{@code segment}
 * is passed down as local context, so names, descriptions and strategy texts below follow it.
 */
public final class SegmentDataFetchers implements FeatureFetchers {

    private final SegmentRepository segments;
    private final StrategyRepository strategies;
    private final PlaybookFile playbook;
    private final Clock clock;
    private final int maxPageSize;

    public SegmentDataFetchers(SegmentRepository segments, StrategyRepository strategies, PlaybookFile playbook,
            Clock clock, int maxPageSize) {
        this.segments = segments;
        this.strategies = strategies;
        this.playbook = playbook;
        this.clock = clock;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public void contribute(ApiSurface surface) {
        surface.query("segments", this::segments)
                .query("segment", this::segment)
                .query("customSegment", this::customSegment)
                .field("Segment", "name", this::name)
                .field("Segment", "description", this::description)
                .field("Segment", "strategy", this::strategy)
                .field("Segment", "members", this::members)
                .field("CustomSegment", "members", this::customMembers)
                .backedBy("Segment", Segment.class)
                .backedBy("SegmentKpis", SegmentKpis.class)
                .backedBy("CustomSegment", CustomSegment.class);
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry) {
    }

    /** Query.segments */
    public DataFetcherResult<List<Segment>> segments(DataFetchingEnvironment env) {
        SegmentDimension dimension = SegmentDimension.valueOf(env.getArgument("dimension"));
        return inLanguage(env, classes(dimension, dimension.classes()));
    }

    /** Query.segment */
    public DataFetcherResult<Segment> segment(DataFetchingEnvironment env) {
        SegmentDimension dimension = SegmentDimension.valueOf(env.getArgument("dimension"));
        String className = env.getArgument("className");
        List<Segment> found = dimension.hasClass(className) ? classes(dimension, List.of(className)) : List.of();
        return inLanguage(env, found.isEmpty() ? null : found.get(0));
    }

    /** Query.customSegment */
    public CustomSegment customSegment(DataFetchingEnvironment env) {
        SegmentFilter filter = SegmentFilter.fromInput(env.getArgument("filter"));
        List<UserError> errors = new SegmentFilterValidator(segments::existingCategories)
                .validate(filter, List.of("filter"));
        if (!errors.isEmpty()) {
            throw ClientException.badInput(errors.stream().map(UserError::message)
                    .collect(Collectors.joining("; ")));
        }
        return evaluate(filter);
    }

    /** The members and KPIs of a filter as of now: also what a saved segment resolves to. */
    public CustomSegment evaluate(SegmentFilter filter) {
        int year = currentYear();
        return new CustomSegment(filter, new Once<>(() -> segments.customKpis(filter, year)));
    }

    /** Segment.name */
    public String name(DataFetchingEnvironment env) {
        return env.<Segment>getSource().name(RequestLanguage.of(env));
    }

    /** Segment.description */
    public String description(DataFetchingEnvironment env) {
        return env.<Segment>getSource().description(RequestLanguage.of(env));
    }

    /** Segment.strategy: in the segment's language, passed down to the strategy's texts. */
    public DataFetcherResult<Strategy> strategy(DataFetchingEnvironment env) {
        return inLanguage(env, env.<Segment>getSource().strategy());
    }

    /** Segment.members */
    public Connection<Customer> members(DataFetchingEnvironment env) {
        Segment segment = env.getSource();
        PageRequest page = PageRequest.from(env, maxPageSize);
        return segments.members(segment.dimension(), segment.className(),
                MemberOrder.fromInput(env.getArgument("orderBy")), page);
    }

    /** CustomSegment.members */
    public Connection<Customer> customMembers(DataFetchingEnvironment env) {
        CustomSegment segment = env.getSource();
        PageRequest page = PageRequest.from(env, maxPageSize);
        return segments.customMembers(segment.filter(), currentYear(),
                MemberOrder.fromInput(env.getArgument("orderBy")), page);
    }

    private List<Segment> classes(SegmentDimension dimension, List<String> classNames) {
        Once<Map<String, SegmentKpis>> kpis = new Once<>(() -> segments.kpisByClass(dimension));
        Map<String, Strategy> stored = strategies.byKeys(classNames.stream().map(dimension::key).toList());
        return classNames.stream().map(className -> new Segment(dimension, className,
                new Once<>(() -> kpis.get().getOrDefault(className, SegmentKpis.empty())),
                stored.getOrDefault(dimension.key(className), playbook.defaultFor(dimension, className)))).toList();
    }

    private static <T> DataFetcherResult<T> inLanguage(DataFetchingEnvironment env, T data) {
        Language language = RequestLanguage.of(env);
        return DataFetcherResult.<T>newResult().data(data).localContext(language).build();
    }

    private int currentYear() {
        return LocalDate.now(clock).getYear();
    }
}
