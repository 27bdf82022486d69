package com.clientele.ingest;

import com.clientele.neo4j.Graph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Batches the rows of one clientele-format file: checks each batch against the graph, reports the bad rows and
 * writes the others in one transaction, so a bad row writes nothing and a good one is written whole.
 */
final class ClienteleSink implements BatchSink {

    private final Graph graph;
    private final ClienteleTable table;
    private final FileReport report;
    private final List<StagedRow> pending = new ArrayList<>();

    ClienteleSink(Graph graph, ClienteleTable table, FileReport report) {
        this.graph = graph;
        this.table = table;
        this.report = report;
    }

    @Override
    public void accept(Cells row) throws BadRowException {
        Map<String, Object> values = table.parse(row);
        table.warnings(values).forEach(warning -> report.warn(row.line(), warning));
        pending.add(new StagedRow(row.line(), values));
    }

    @Override
    public int pending() {
        return pending.size();
    }

    @Override
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        RowCheck check = table.checks(graph, pending.stream().map(StagedRow::values).toList());
        List<Map<String, Object>> accepted = new ArrayList<>();
        for (StagedRow row : pending) {
            Optional<RowProblem> problem = check.problem(row.values());
            problem.ifPresent(reason -> report.bad(row.line(), reason.message()));
            if (problem.isEmpty()) {
                check.accepted(row.values());
                accepted.add(row.values());
            }
        }
        pending.clear();
        if (!accepted.isEmpty()) {
            BatchWrite write = table.batchWrite(graph, accepted);
            graph.writeTogether(write.statements(), write.parameters());
            report.written(accepted.size());
        }
    }
}
