package com.clientele.crosssell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-memory copy is read once per version: no database needed. */
class VersionedCopyTest {

    @Test
    void aCopyIsReadOncePerVersionAndAgainWhenTheVersionMoves() {
        List<Long> reads = new ArrayList<>();
        VersionedCopy<String> copy = new VersionedCopy<>("nothing yet", version -> {
            reads.add(version);
            return "copy of " + version;
        });

        assertEquals("nothing yet", copy.current());
        assertEquals("copy of 7", copy.at(7));
        assertEquals("copy of 7", copy.at(7));
        assertEquals("copy of 8", copy.at(8));
        assertEquals("copy of 8", copy.current());
        assertEquals(List.of(7L, 8L), reads);
    }

    @Test
    void anOlderVersionIsReadAgainRatherThanServedFromTheNewerCopy() {
        List<Long> reads = new ArrayList<>();
        VersionedCopy<Long> copy = new VersionedCopy<>(0L, version -> {
            reads.add(version);
            return version;
        });

        copy.at(2);
        copy.at(1);

        assertEquals(List.of(2L, 1L), reads);
    }
}
