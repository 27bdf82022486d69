package com.clientele.ingest;

import com.clientele.neo4j.Graph;

/** Feeds the rows of the Online Retail file through the standard cleaning into batches written to the graph. */
final class OnlineRetailSink implements BatchSink {

    private final Graph graph;
    private final FileReport report;
    private final OnlineRetailBatch batch;
    private final OnlineRetailRow.InvoiceLines invoiceLines = new OnlineRetailRow.InvoiceLines();

    OnlineRetailSink(Graph graph, CategoryRules rules, FileReport report) {
        this.graph = graph;
        this.report = report;
        this.batch = new OnlineRetailBatch(rules);
    }

    @Override
    public void accept(Cells row) throws BadRowException {
        OnlineRetailRow.parse(row, invoiceLines, report).ifPresent(batch::add);
    }

    @Override
    public int pending() {
        return batch.size();
    }

    @Override
    public void flush() {
        int rows = batch.size();
        batch.write(graph);
        report.written(rows);
    }
}
