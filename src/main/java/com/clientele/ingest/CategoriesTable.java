package com.clientele.ingest;

import com.clientele.ingest.Reference.Kind;
import com.clientele.neo4j.Graph;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** categories.csv: id,name,name_zh,parent_id; a parent must be known or listed above its children. */
final class CategoriesTable implements ClienteleTable {

    @Override
    public String file() {
        return "categories.csv";
    }

    @Override
    public ParsedRow read(Cells cells) {
        RowReader reader = new RowReader(cells);
        String id = reader.id("id");
        String name = reader.requiredText("name", InputBounds.MAX_NAME_LENGTH);
        String nameZh = reader.text("name_zh", InputBounds.MAX_NAME_LENGTH);
        String parentId = reader.optionalId("parent_id");
        if (id != null && id.equals(parentId)) {
            reader.problem(new RowProblem("parent_id", ProblemCode.INVALID_VALUE,
                    "category '" + id + "' cannot be its own parent"));
        }
        return reader.row(RowValues.of("id", id, "name", name, "nameZh", nameZh, "parentId", parentId));
    }

    @Override
    public RowCheck checks(Graph graph, List<Map<String, Object>> rows) {
        return ReferenceCheck.prepare(graph, rows, CategoriesTable::parent,
                row -> Optional.of(new Reference(Kind.CATEGORY, (String) row.get("id"), "id")));
    }

    private static List<Reference> parent(Map<String, Object> row) {
        Object parentId = row.get("parentId");
        return parentId == null ? List.of() : List.of(new Reference(Kind.CATEGORY, (String) parentId, "parent_id"));
    }

    @Override
    public List<String> statements() {
        return List.of("ingest/merge-categories", "ingest/link-category-parents", "catalog/touch-catalogue");
    }

    @Override
    public Map<String, Object> parameters(List<Map<String, Object>> rows) {
        return Map.of("categories", rows);
    }
}
