package com.clientele.ingest;

import java.util.Map;

/** A parsed row waiting in a batch: its line number in the file and the values the write statements take. */
record StagedRow(long line, Map<String, Object> values) {
}
