package com.clientele.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The place table (shipped as {@code places.csv}, or the file PLACES_CONFIG names): every canonical region and
 * city with its display names and the spellings customers type for it. It turns a typed region or city into its
 * place, so 广东, Guangdong, 广东省 and CN-GD are one region. Spellings are compared as {@link Spelling#key}s; a
 * spelling names at most one region, and at most one city of a region.
 */
public final class PlaceTable {

    public static final String RESOURCE = "places.csv";

    private final Map<String, Place> byId = new LinkedHashMap<>();
    private final Map<String, Place> regions = new LinkedHashMap<>();
    private final Map<String, List<Place>> cities = new LinkedHashMap<>();
    private final String version;
    private static volatile PlaceTable shipped;

    private PlaceTable(List<Place> places, String source, String version) {
        this.version = version;
        List<String> problems = new ArrayList<>();
        places.forEach(place -> byId.put(place.id(), place));
        places.forEach(place -> index(place, problems));
        if (!problems.isEmpty()) {
            throw new PlaceTableException(source, problems);
        }
    }

    /** The table shipped with the product (read once). */
    public static PlaceTable shipped() {
        PlaceTable table = shipped;
        if (table == null) {
            table = readShipped();
            shipped = table;
        }
        return table;
    }

    private static PlaceTable readShipped() {
        try (InputStream in = PlaceTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new PlaceTableException(RESOURCE, List.of("the file is not on the classpath"));
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The merchant's own table (PLACES_CONFIG). */
    public static PlaceTable load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new PlaceTableException(file.toString(), List.of("cannot be read: " + e.getMessage()));
        }
    }

    /** Parses and validates a table; {@code source} names it in error messages. */
    public static PlaceTable parse(String csv, String source) {
        return new PlaceTable(PlaceTableReader.read(new StringReader(csv), source), source, digest(csv));
    }

    /** A fingerprint of the table's text: stored ids resolved with another version are resolved again. */
    public String version() {
        return version;
    }

    public Optional<Place> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** Every place, regions and cities, in the order of the file. */
    public List<Place> places() {
        return List.copyOf(byId.values());
    }

    /** The region a typed name names; empty when the table does not know the spelling. */
    public Optional<Place> region(String typed) {
        return Optional.ofNullable(regions.get(Spelling.key(typed)));
    }

    /** Every city a typed name names, in any region (one spelling may name cities of several regions). */
    public List<Place> cities(String typed) {
        return cities.getOrDefault(Spelling.key(typed), List.of());
    }

    private void index(Place place, List<String> problems) {
        for (String spelling : place.spellings()) {
            String key = Spelling.key(spelling);
            if (place.kind() == PlaceKind.REGION) {
                Place other = regions.putIfAbsent(key, place);
                if (other != null && !other.id().equals(place.id())) {
                    problems.add("'" + spelling + "' names two regions: " + other.id() + " and " + place.id());
                }
                continue;
            }
            List<Place> named = cities.computeIfAbsent(key, ignored -> new ArrayList<>());
            named.stream().filter(other -> other.regionId().equals(place.regionId()) && !other.id().equals(place.id()))
                    .findFirst().ifPresent(other -> problems.add("'" + spelling + "' names two cities of "
                            + place.regionId() + ": " + other.id() + " and " + place.id()));
            if (named.stream().noneMatch(other -> other.id().equals(place.id()))) {
                named.add(place);
            }
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
