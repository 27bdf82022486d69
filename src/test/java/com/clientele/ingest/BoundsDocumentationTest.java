package com.clientele.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/api.md shows the bounds the code applies: its table is the one {@link BoundsTable} builds from InputBounds. */
class BoundsDocumentationTest {

    @Test
    void theWriteSchemaDescriptionsStateTheBoundsOfTheCode() throws IOException {
        String schema = Files.readString(Path.of("schema/write.graphqls"));
        for (String bound : List.of("1 to " + InputBounds.MAX_ID_LENGTH + " characters",
                "at most " + InputBounds.MAX_NAME_LENGTH + " characters",
                "at most " + InputBounds.MAX_EMAIL_LENGTH + " characters",
                "at most " + InputBounds.MAX_TEXT_LENGTH + " characters",
                "from " + InputBounds.MAX_AGE_YEARS + " years before the current year (UTC) to the current year",
                "today (UTC) or earlier", "at most " + InputBounds.MAX_ORDER_AHEAD.toHours() + " hours after now",
                "1 to " + InputBounds.shown(InputBounds.MAX_ORDER_LINES) + " lines",
                "at most " + InputBounds.shown(InputBounds.MAX_ORDER_TOTAL),
                "from 1 to " + InputBounds.shown(InputBounds.MAX_QUANTITY),
                "from 0 to " + InputBounds.shown(InputBounds.MAX_UNIT_PRICE))) {
            assertTrue(schema.contains(bound), "schema/write.graphqls does not state: " + bound);
        }
    }

    @Test
    void theBoundsTableOfTheApiPageIsTheOneTheCodeBuilds() throws IOException {
        String page = Files.readString(Path.of("docs/api.md"));
        int section = page.indexOf("## Bounds of every input");
        assertTrue(section >= 0, "docs/api.md has no section 'Bounds of every input'");
        assertTrue(page.indexOf(BoundsTable.markdown(), section) > section,
                "docs/api.md's bounds table differs from the code's; replace it with:\n" + BoundsTable.markdown());
    }
}
