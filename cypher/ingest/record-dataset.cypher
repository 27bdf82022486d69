// intent: record that an import ran, by dataset name
MERGE (d:Dataset {name: $name})
SET d.importedAt = datetime(), d.format = $format, d.source = $source
SET d.rowsRead = $rowsRead, d.rowsWritten = $rowsWritten, d.badRows = $badRows
