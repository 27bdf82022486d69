package com.clientele.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/api.md shows the bounds the code applies: its table is the one {@link BoundsTable} builds from InputBounds. */
class BoundsDocumentationTest {

    @Test
    void theBoundsTableOfTheApiPageIsTheOneTheCodeBuilds() throws IOException {
        String page = Files.readString(Path.of("docs/api.md"));
        int section = page.indexOf("## Bounds of every input");
        assertTrue(section >= 0, "docs/api.md has no section 'Bounds of every input'");
        assertTrue(page.indexOf(BoundsTable.markdown(), section) > section,
                "docs/api.md's bounds table differs from the code's; replace it with:\n" + BoundsTable.markdown());
    }
}
