package com.clientele.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.app.AppConfig;
import com.clientele.vocabulary.Language;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped place table, how spellings resolve, and what a broken or a merchant's own table does. */
class PlaceTableTest {

    /** The 34 provincial-level divisions of China: 23 provinces, 5 autonomous regions, 4 municipalities, 2 SARs. */
    private static final List<String> CHINA = List.of("CN-AH", "CN-BJ", "CN-CQ", "CN-FJ", "CN-GD", "CN-GS", "CN-GX",
            "CN-GZ", "CN-HA", "CN-HB", "CN-HE", "CN-HI", "CN-HK", "CN-HL", "CN-HN", "CN-JL", "CN-JS", "CN-JX",
            "CN-LN", "CN-MO", "CN-NM", "CN-NX", "CN-QH", "CN-SC", "CN-SD", "CN-SH", "CN-SN", "CN-SX", "CN-TJ",
            "CN-TW", "CN-XJ", "CN-XZ", "CN-YN", "CN-ZJ");

    private final PlaceTable table = PlaceTable.shipped();

    @Test
    void theShippedTableHasEveryChineseProvinceLevelDivisionWithBothNamesAndACity() {
        assertEquals(34, CHINA.size());
        for (String id : CHINA) {
            Place region = table.byId(id).orElseThrow(() -> new AssertionError(id + " is missing"));
            assertEquals(PlaceKind.REGION, region.kind(), id);
            assertTrue(region.nameZh().codePoints().allMatch(Character::isIdeographic), region.toString());
            assertTrue(region.nameEn().chars().allMatch(letter -> letter < 128), region.toString());
            assertEquals(region, table.region(region.nameZh()).orElseThrow());
            assertEquals(region, table.region(region.nameEn()).orElseThrow());
            assertTrue(table.places().stream().anyMatch(city -> id.equals(city.regionId())), id + " has no city");
        }
    }

    @Test
    void everyRegionAndCityTheSeedCustomersTypedResolvesWithoutAWarning() throws IOException {
        List<String> unresolved = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(Path.of("seed-data/customers.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                PlaceResolution place = PlaceResolution.of(table, row.get("region"), row.get("city"));
                if (place.regionId() == null || place.cityId() == null || !place.warnings().isEmpty()) {
                    unresolved.add(row.get("region") + "/" + row.get("city") + " " + place);
                }
            }
        }
        assertEquals(List.of(), unresolved);
    }

    @Test
    void spellingsIgnoreCaseAccentsSpacesPunctuationAndFullWidthLetters() {
        for (String spelling : List.of("guangdong", "GUANG DONG", "Ｇｕａｎｇｄｏｎｇ", "广东省", "廣東", "cn-gd")) {
            assertEquals("CN-GD", table.region(spelling).map(Place::id).orElse(null), spelling);
        }
        assertEquals(List.of("CN-SN.xian"), ids(table.cities("XIAN")));
        assertEquals(List.of("CN-SN.xian"), ids(table.cities("Xi'an")));
        assertEquals(List.of("CN-XJ.urumqi"), ids(table.cities("Urumqi")));
        assertEquals("Ürümqi", table.cities("urumqi").get(0).name(Language.EN));
        assertEquals("乌鲁木齐", table.cities("urumqi").get(0).name(Language.ZH));
    }

    @Test
    void aCityIsLookedForInTheCustomersRegionAndGivesTheRegionWhenNoneWasTyped() {
        assertEquals(new PlaceResolution("CN-JS", "CN-JS.suzhou", List.of()),
                PlaceResolution.of(table, "江苏", "Suzhou"));
        assertEquals(new PlaceResolution("CN-GD", "CN-GD.shenzhen", List.of()),
                PlaceResolution.of(table, null, "深圳"));
        PlaceResolution elsewhere = PlaceResolution.of(table, "Guangdong", "Suzhou");
        assertEquals("CN-GD", elsewhere.regionId());
        assertNull(elsewhere.cityId());
        assertEquals(List.of("city 'Suzhou' is not a city of Guangdong in the place table: kept as typed, grouped"
                + " with no other spelling"), elsewhere.warnings());
        assertEquals(new PlaceResolution(null, null, List.of("region 'Atlantis' is not in the place table: kept as"
                + " typed, grouped with no other spelling")), PlaceResolution.of(table, "Atlantis", null));
    }

    @Test
    void aBrokenTableIsRefusedWithEveryProblemAtOnce() {
        String csv = """
                # a comment line
                id,kind,region_id,name_en,name_zh,aliases
                CN-GD,REGION,,Guangdong,广东,Canton
                CN-GD,REGION,,Guangdong,广东,
                CN-XX,REGION,,Somewhere,,
                CN-YY,PROVINCE,,Other,别处,
                CN-ZZ,REGION,,Zed,泽,Canton
                CN-QQ.city,CITY,CN-QQ,City,城,
                """;
        PlaceTableException refused = assertThrows(PlaceTableException.class, () -> PlaceTable.parse(csv, "mine.csv"));
        assertEquals("""
                mine.csv is not a valid place table:
                - line 4: the id CN-GD is listed twice
                - line 5: id, name_en and name_zh must not be empty
                - line 6: kind must be REGION or CITY, was 'PROVINCE'
                - CN-QQ.city: region_id CN-QQ is not a REGION of the table""".replace("\n", System.lineSeparator()),
                refused.getMessage());
        PlaceTableException twice = assertThrows(PlaceTableException.class, () -> PlaceTable.parse("""
                id,kind,region_id,name_en,name_zh,aliases
                CN-GD,REGION,,Guangdong,广东,Canton
                CN-ZZ,REGION,,Zed,泽,canton
                """, "mine.csv"));
        assertTrue(twice.getMessage().endsWith("- 'canton' names two regions: CN-GD and CN-ZZ"), twice.getMessage());
    }

    @Test
    void placesConfigReplacesTheShippedTable(@TempDir Path folder) throws IOException {
        Path mine = folder.resolve("places.csv");
        Files.writeString(mine, """
                id,kind,region_id,name_en,name_zh,aliases
                XA-AT,REGION,,Atlantis,亚特兰蒂斯,Atlantida
                """, StandardCharsets.UTF_8);
        PlaceTable configured = AppConfig.fromEnvironment(Map.of("PLACES_CONFIG", mine.toString())).places();
        assertEquals("XA-AT", configured.region("atlantida").map(Place::id).orElse(null));
        assertTrue(configured.region("广东").isEmpty());
        assertTrue(!configured.version().equals(table.version()));
        assertEquals(table.version(), AppConfig.fromEnvironment(Map.of()).places().version());
    }

    private static List<String> ids(List<Place> places) {
        return places.stream().map(Place::id).toList();
    }
}
