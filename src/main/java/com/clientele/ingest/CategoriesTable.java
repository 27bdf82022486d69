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
    public Map<String, Object> parse(Cells cells) throws BadRowException {
        String id = cells.id("id");
        String parentId = cells.optionalId("parent_id");
        if (id.equals(parentId)) {
            throw new BadRowException("parent_id", ProblemCode.INVALID_VALUE,
                    "category '" + id + "' cannot be its own parent");
        }
        return RowValues.of("id", id, "name", cells.required("name"), "nameZh", cells.text("name_zh"),
                "parentId", parentId);
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
