package com.clientele.ingest;

import com.clientele.neo4j.Graph;
import com.clientele.place.PlaceResolution;
import com.clientele.place.PlaceTable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * customers.csv: id,name,email,gender,birth_year,occupation,income_band,region,city,country,signup_date,
 * preferred_channel. Customers refer to nothing, so only the row itself can be bad. The region and city are kept
 * as typed and resolved through the place table to canonical ids ({@code regionId}, {@code cityId}); a spelling
 * the table does not know leaves the id empty and is reported as a warning.
 */
final class CustomersTable implements ClienteleTable {

    static final List<String> GENDERS = List.of("FEMALE", "MALE", "OTHER");
    static final List<String> INCOME_BANDS = List.of("LOW", "LOWER_MIDDLE", "MIDDLE", "UPPER_MIDDLE", "HIGH");
    static final List<String> CHANNELS = List.of("ONLINE", "OFFLINE");

    private final PlaceTable places;

    CustomersTable(PlaceTable places) {
        this.places = places;
    }

    @Override
    public String file() {
        return "customers.csv";
    }

    @Override
    public Map<String, Object> parse(Cells cells) throws BadRowException {
        String id = cells.id("id");
        PlaceResolution place = PlaceResolution.of(places, cells.text("region"), cells.text("city"));
        Map<String, Object> properties = RowValues.of(
                "name", cells.text("name"),
                "email", cells.text("email"),
                "gender", cells.oneOf("gender", GENDERS),
                "birthYear", cells.integer("birth_year"),
                "occupation", cells.text("occupation"),
                "incomeBand", cells.oneOf("income_band", INCOME_BANDS),
                "region", cells.text("region"),
                "city", cells.text("city"),
                "regionId", place.regionId(),
                "cityId", place.cityId(),
                "country", cells.text("country"),
                "signupDate", cells.date("signup_date"),
                "preferredChannel", cells.oneOf("preferred_channel", CHANNELS));
        return RowValues.of("id", id, "properties", properties, "placeWarnings", place.warnings());
    }

    @Override
    public List<String> warnings(Map<String, Object> row) {
        @SuppressWarnings("unchecked")
        List<String> warnings = (List<String>) row.get("placeWarnings");
        return warnings;
    }

    @Override
    public RowCheck checks(Graph graph, List<Map<String, Object>> rows) {
        return ReferenceCheck.prepare(graph, rows, row -> List.of(), row -> Optional.empty());
    }

    @Override
    public List<String> statements() {
        return List.of("ingest/merge-customers");
    }

    @Override
    public Map<String, Object> parameters(List<Map<String, Object>> rows) {
        return Map.of("customers", rows);
    }
}
