package com.clientele.place;

import com.clientele.graphql.ApiSurface;
import com.clientele.graphql.FeatureFetchers;
import com.clientele.graphql.RequestLanguage;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import org.dataloader.DataLoaderRegistry;

/**
 * Fetchers of schema/place.graphqls: the place table and customers' canonical places. The table is in memory, so
 * none of them reads the graph: a customer's place comes from the ids stored on it at import or upsert.
 */
public final class PlaceFetchers implements FeatureFetchers {

    private final PlaceTable table;

    public PlaceFetchers(PlaceTable table) {
        this.table = table;
    }

    @Override
    public void contribute(ApiSurface surface) {
        surface.query("places", this::places)
                .field("Customer", "place", this::customerPlace)
                .field("Place", "name", this::name)
                .backedBy("CustomerPlace", CustomerPlace.class)
                .backedBy("Place", Place.class);
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry) {
        // nothing to batch: the table is in memory
    }

    /** Query.places */
    public List<Place> places(DataFetchingEnvironment env) {
        String kind = env.getArgument("kind");
        return table.places().stream().filter(place -> kind == null || place.kind().name().equals(kind)).toList();
    }

    /** Customer.place */
    public CustomerPlace customerPlace(DataFetchingEnvironment env) {
        Located located = env.getSource();
        return CustomerPlace.of(table, located.regionId(), located.cityId());
    }

    /** Place.name */
    public String name(DataFetchingEnvironment env) {
        Place place = env.getSource();
        return place.name(RequestLanguage.of(env));
    }
}
