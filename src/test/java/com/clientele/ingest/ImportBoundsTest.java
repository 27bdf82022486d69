package com.clientele.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clientele.neo4j.Graph;
import com.clientele.support.TemporaryDirectories;
import com.clientele.support.TestNeo4j;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The CSV import refuses the rows the write mutations refuse (one set of bounds, InputBounds), reporting every
 * problem of a row on its line, and writes nothing of them.
 */
class ImportBoundsTest {

    private static final int YEAR = LocalDate.now(ZoneOffset.UTC).getYear();

    @AfterEach
    void graphWasChanged() {
        TestNeo4j.get().forget();
    }

    @Test
    void theImportRefusesTheSameRowsWithEveryProblemOfEachRow() throws IOException {
        Path folder = TemporaryDirectories.create("impossible-import");
        Files.writeString(folder.resolve("customers.csv"), String.join("\n",
                "id,name,email,gender,birth_year,occupation,income_band,region,city,country,signup_date,preferred_channel",
                "c20,Ann\u0000,a@example.com,,3000,,,,,,2999-01-01,",
                "c21,Bo,b@example.com,,1700,,,,,,,",
                "c22,Cy,c@example.com,,1990,,,,,,2024-01-10,", ""));
        Files.writeString(folder.resolve("order_lines.csv"), String.join("\n",
                "order_id,line,product_id,quantity,unit_price", "o1,1,p1,2147483647,1.7976931348623157e308",
                "o1,1001,p1,1,NaN", ""));
        Graph graph = TestNeo4j.get().empty();
        DomainFingerprint before = DomainFingerprint.of(graph);
        ImportReport report = new ClienteleImporter(graph).importFolder(CsvFolder.directory(folder), "impossible");
        List<String> badRows = report.files().stream().flatMap(file -> file.badRows().stream())
                .map(BadRow::toString).toList();
        assertEquals(List.of(
                "customers.csv:2: name: control characters (such as NUL, tab or line breaks) are not allowed; "
                        + "birth_year must be " + (YEAR - 120) + " to " + YEAR + ", was 3000; "
                        + "signup_date must be today (" + LocalDate.now(ZoneOffset.UTC) + ") or earlier, was 2999-01-01",
                "customers.csv:3: birth_year must be " + (YEAR - 120) + " to " + YEAR + ", was 1700",
                "order_lines.csv:2: quantity must be 1 to 1,000,000, was 2147483647; "
                        + "unit_price must be 0 to 10,000,000, was 1.7976931348623157E308",
                "order_lines.csv:3: line must be 1 to 1,000, was 1001; unit_price: 'NaN' is not a finite number"),
                badRows);
        DomainFingerprint after = DomainFingerprint.of(graph);
        assertEquals(((Number) before.data().get("customers")).longValue() + 1, after.data().get("customers"));
        assertEquals(before.data().get("units"), after.data().get("units"));
        TemporaryDirectories.deleteRecursively(folder);
    }
}
