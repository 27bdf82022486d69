package com.clientele.ingest;

import java.util.List;
import java.util.Map;

/** The statements that write one import batch, run together in one transaction, and their parameters. */
record BatchWrite(List<String> statements, Map<String, Object> parameters) {
}
