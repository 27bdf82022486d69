package com.clientele.crosssell;

import com.clientele.customer.CustomerLoaders;
import com.clientele.graphql.LookAhead;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The look-ahead of a field returning one customer ({@code Query.customer}): when its selection has
 * {@code crossSell}, one query reads the customer's profile with their history, and the answer primes both the
 * customer lookup and each selected {@code crossSell}, so the request needs one query instead of the lookup and then
 * the history. If that read fails, nothing is primed: the lookup and the cross-sell then run (and report their
 * errors) as they would without it.
 */
public final class CrossSellLookAhead implements LookAhead {

    private static final Logger LOG = LoggerFactory.getLogger(CrossSellLookAhead.class);

    private final CrossSellService service;

    public CrossSellLookAhead(CrossSellService service) {
        this.service = service;
    }

    @Override
    public void start(DataFetchingEnvironment parent, String customerId) {
        List<CrossSellRequest> requests = parent.getSelectionSet().getImmediateFields().stream()
                .filter(field -> field.getName().equals("crossSell"))
                .flatMap(field -> requestOf(field.getArguments()).stream()).distinct().toList();
        if (requests.isEmpty()) {
            return;
        }
        Optional<ProfiledRecommendations> found;
        try {
            found = service.recommendWithProfile(customerId, requests);
        } catch (RuntimeException failed) {
            LOG.debug("cross-sell look-ahead for {} failed; the fields run on their own", customerId, failed);
            return;
        }
        CustomerLoaders.prime(parent, customerId,
                CompletableFuture.completedFuture(found.map(ProfiledRecommendations::customer).orElse(null)));
        for (CrossSellRequest request : requests) {
            parent.<CrossSellKey, List<Recommendation>>getDataLoader(CrossSellDataFetchers.RECOMMENDATIONS).prime(
                    new CrossSellKey(customerId, request),
                    CompletableFuture.completedFuture(found.map(recommendations -> recommendations.byRequest().get(request)).orElse(null)));
        }
    }

    /** The request the field's arguments ask for; empty when they are invalid (the field's fetcher reports it). */
    private static Optional<CrossSellRequest> requestOf(Map<String, Object> arguments) {
        try {
            return Optional.of(CrossSellRequest.fromArguments((Integer) arguments.get("first"),
                    (String) arguments.get("strategy"), castFilter(arguments.get("filter"))));
        } catch (RuntimeException invalid) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castFilter(Object filter) {
        return (Map<String, Object>) filter;
    }
}
