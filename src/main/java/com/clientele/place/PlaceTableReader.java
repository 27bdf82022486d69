package com.clientele.place;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and validates a place table file: CSV with the header {@code id,kind,region_id,name_en,name_zh,aliases},
 * lines starting with {@code #} are comments, aliases are separated by {@code |}. Every row needs an id, a kind
 * (REGION or CITY) and both names; a city names a region listed in the file. Every problem of the file is reported
 * at once, with its line.
 */
final class PlaceTableReader {

    private static final List<String> COLUMNS = List.of("id", "kind", "region_id", "name_en", "name_zh", "aliases");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();

    private PlaceTableReader() {
    }

    static List<Place> read(Reader reader, String source) {
        List<String> problems = new ArrayList<>();
        Map<String, Place> places = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            if (!parser.getHeaderNames().containsAll(COLUMNS)) {
                throw new PlaceTableException(source, List.of("the header must be " + String.join(",", COLUMNS)));
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                Place place = place(record, "line " + line + ": ", problems);
                if (place != null && places.putIfAbsent(place.id(), place) != null) {
                    problems.add("line " + line + ": the id " + place.id() + " is listed twice");
                }
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new PlaceTableException(source, List.of("not a readable CSV file: " + e.getMessage()));
        }
        places.values().stream().filter(place -> place.kind() == PlaceKind.CITY)
                .filter(city -> !isRegion(places.get(city.regionId())))
                .forEach(city -> problems.add(city.id() + ": region_id " + city.regionId()
                        + " is not a REGION of the table"));
        if (!problems.isEmpty()) {
            throw new PlaceTableException(source, problems);
        }
        return List.copyOf(places.values());
    }

    private static Place place(CSVRecord record, String where, List<String> problems) {
        String id = cell(record, "id");
        String kind = cell(record, "kind");
        if (id.isEmpty() || cell(record, "name_en").isEmpty() || cell(record, "name_zh").isEmpty()) {
            problems.add(where + "id, name_en and name_zh must not be empty");
            return null;
        }
        if (!kind.equals("REGION") && !kind.equals("CITY")) {
            problems.add(where + "kind must be REGION or CITY, was '" + kind + "'");
            return null;
        }
        PlaceKind placeKind = PlaceKind.valueOf(kind);
        String regionId = cell(record, "region_id");
        if (placeKind == PlaceKind.CITY == regionId.isEmpty()) {
            problems.add(where + "a CITY needs a region_id and a REGION has none");
            return null;
        }
        List<String> aliases = Arrays.stream(cell(record, "aliases").split("\\|")).map(String::trim)
                .filter(alias -> !alias.isEmpty()).toList();
        return new Place(id, placeKind, regionId.isEmpty() ? null : regionId, cell(record, "name_en"),
                cell(record, "name_zh"), aliases);
    }

    private static boolean isRegion(Place place) {
        return place != null && place.kind() == PlaceKind.REGION;
    }

    private static String cell(CSVRecord record, String column) {
        return record.isSet(column) ? record.get(column).trim() : "";
    }
}
