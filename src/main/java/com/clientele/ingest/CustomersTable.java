package com.clientele.ingest;

import com.clientele.neo4j.Graph;
import com.clientele.place.PlaceResolution;
import com.clientele.place.PlaceTable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * customers.csv: id,name,email,gender,birth_year,occupation,income_band,region,city,country,signup_date,
 * preferred_channel. Customers refer to nothing, so only the row itself can be bad: texts within their lengths,
 * the birth year within {@link InputBounds#MAX_AGE_YEARS} years before the current year and not after it, the
 * sign-up date not after today (UTC, by the given clock). The region and city are kept as typed and resolved
 * through the place table to canonical ids ({@code regionId}, {@code cityId}); a spelling the table does not know
 * leaves the id empty and is reported as a warning.
 */
final class CustomersTable implements ClienteleTable {

    static final List<String> GENDERS = List.of("FEMALE", "MALE", "OTHER");
    static final List<String> INCOME_BANDS = List.of("LOW", "LOWER_MIDDLE", "MIDDLE", "UPPER_MIDDLE", "HIGH");
    static final List<String> CHANNELS = List.of("ONLINE", "OFFLINE");

    private final Clock clock;
    private final PlaceTable places;

    CustomersTable(Clock clock, PlaceTable places) {
        this.clock = clock;
        this.places = places;
    }

    @Override
    public String file() {
        return "customers.csv";
    }

    @Override
    public ParsedRow read(Cells cells) {
        RowReader reader = new RowReader(cells);
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC));
        String id = reader.id("id");
        String region = reader.text("region", InputBounds.MAX_TEXT_LENGTH);
        String city = reader.text("city", InputBounds.MAX_TEXT_LENGTH);
        PlaceResolution place = PlaceResolution.of(places, region, city);
        Map<String, Object> properties = RowValues.of(
                "name", reader.text("name", InputBounds.MAX_NAME_LENGTH),
                "email", reader.text("email", InputBounds.MAX_EMAIL_LENGTH),
                "gender", reader.oneOf("gender", GENDERS),
                "birthYear", reader.year("birth_year", today.getYear() - InputBounds.MAX_AGE_YEARS,
                        today.getYear()),
                "occupation", reader.text("occupation", InputBounds.MAX_TEXT_LENGTH),
                "incomeBand", reader.oneOf("income_band", INCOME_BANDS),
                "region", region,
                "city", city,
                "regionId", place.regionId(),
                "cityId", place.cityId(),
                "country", reader.text("country", InputBounds.MAX_TEXT_LENGTH),
                "signupDate", reader.date("signup_date", today),
                "preferredChannel", reader.oneOf("preferred_channel", CHANNELS));
        return reader.row(RowValues.of("id", id, "properties", properties, "placeWarnings", place.warnings()));
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

    @Override
    public BatchWrite batchWrite(Graph graph, List<Map<String, Object>> rows) {
        KeySplit split = KeySplit.byId(graph, "ingest/known-customers", rows, "id");
        return new BatchWrite(List.of("ingest/create-customers", "ingest/merge-customers"),
                Map.of("newCustomers", split.created(), "customers", split.existing()));
    }
}
