package com.clientele.strategy;

import com.clientele.auth.Role;
import com.clientele.graphql.ApiSurface;
import com.clientele.graphql.FeatureFetchers;
import com.clientele.graphql.Loaders;
import com.clientele.graphql.RequestLanguage;
import com.clientele.vocabulary.Language;
import com.clientele.vocabulary.SegmentDimension;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoaderRegistry;

/**
 * Fetchers of schema/strategy.graphqls: one method per field. Texts are given in the field's {@code language}
 * argument, else in the {@code language} argument of {@code Query.strategies} (passed down as local context),
 * else in the request's language (a {@link Language} under {@code "language"} in the GraphQL context), else English.
 */
public final class StrategyDataFetchers implements FeatureFetchers {


    private final StrategyRepository strategies;

    public StrategyDataFetchers(StrategyRepository strategies) {
        this.strategies = strategies;
    }

    @Override
    public void contribute(ApiSurface surface) {
        surface.query("strategies", this::strategies)
                .mutation("updateStrategy", Role.ADMIN, this::updateStrategy)
                .mutation("resetStrategy", Role.ADMIN, this::resetStrategy)
                .field("Strategy", "name", this::name)
                .field("Strategy", "description", this::description)
                .field("Strategy", "objective", this::objective)
                .field("Strategy", "actions", this::actions)
                .field("NextBestAction", "strategy", this::strategyOfAction)
                .field("NextBestAction", "reason", this::reason)
                .backedBy("Strategy", Strategy.class)
                .backedBy("NextBestAction", NextBestAction.class)
                .backedBy("UpdateStrategyPayload", StrategyEditPayload.class)
                .backedBy("ResetStrategyPayload", StrategyEditPayload.class)
                .userError("StrategyUserError", StrategyErrorCode.class);
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry) {
        registry.register(StrategyLoaders.BY_KEY, Loaders.byId(strategies::byKeys));
    }

    /** Query.strategies */
    public DataFetcherResult<List<Strategy>> strategies(DataFetchingEnvironment env) {
        String dimension = env.getArgument("dimension");
        List<Strategy> found = dimension == null ? strategies.all()
                : strategies.ofDimension(SegmentDimension.valueOf(dimension));
        return DataFetcherResult.<List<Strategy>>newResult().data(found).localContext(RequestLanguage.of(env)).build();
    }

    /** Mutation.updateStrategy */
    public StrategyEditPayload updateStrategy(DataFetchingEnvironment env) {
        return strategies.update(StrategyEdit.fromInput(env.getArgument("input")));
    }

    /** Mutation.resetStrategy */
    public StrategyEditPayload resetStrategy(DataFetchingEnvironment env) {
        return strategies.resetToDefault(env.getArgument("dimension"), env.getArgument("className"));
    }

    /** Strategy.name */
    public String name(DataFetchingEnvironment env) {
        return text(env).name();
    }

    /** Strategy.description */
    public String description(DataFetchingEnvironment env) {
        return text(env).description();
    }

    /** Strategy.objective */
    public String objective(DataFetchingEnvironment env) {
        return text(env).objective();
    }

    /** Strategy.actions */
    public List<String> actions(DataFetchingEnvironment env) {
        return text(env).actions();
    }

    /** NextBestAction.strategy */
    public CompletableFuture<Strategy> strategyOfAction(DataFetchingEnvironment env) {
        NextBestAction action = env.getSource();
        return StrategyLoaders.byKey(env, action.strategyKey());
    }

    /** NextBestAction.reason */
    public String reason(DataFetchingEnvironment env) {
        NextBestAction action = env.getSource();
        return action.reason(RequestLanguage.of(env));
    }

    private static StrategyText text(DataFetchingEnvironment env) {
        Strategy strategy = env.getSource();
        return strategy.text(RequestLanguage.of(env));
    }
}
