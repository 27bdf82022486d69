package com.clientele.ingest;

import com.clientele.ingest.Reference.Kind;
import com.clientele.neo4j.Graph;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * products.csv: id,name,name_zh,category_id,price,launch_date,merchandise,active. The category must be known;
 * empty merchandise/active mean true.
 */
final class ProductsTable implements ClienteleTable {

    @Override
    public String file() {
        return "products.csv";
    }

    @Override
    public Map<String, Object> parse(Cells cells) throws BadRowException {
        String id = cells.id("id");
        String name = cells.required("name");
        String categoryId = cells.id("category_id");
        Double price = cells.decimal("price");
        if (price != null && price < 0) {
            throw new BadRowException("price", ProblemCode.INVALID_VALUE, "price must not be negative, was " + price);
        }
        Map<String, Object> properties = RowValues.of("name", name, "nameZh", cells.text("name_zh"),
                "price", price, "launchDate", cells.date("launch_date"),
                "merchandise", trueWhenUnknown(cells.bool("merchandise")),
                "active", trueWhenUnknown(cells.bool("active")));
        return RowValues.of("id", id, "categoryId", categoryId, "properties", properties);
    }

    private static boolean trueWhenUnknown(Boolean value) {
        return value == null || value;
    }

    @Override
    public RowCheck checks(Graph graph, List<Map<String, Object>> rows) {
        return ReferenceCheck.prepare(graph, rows,
                row -> List.of(new Reference(Kind.CATEGORY, (String) row.get("categoryId"), "category_id")),
                row -> Optional.empty());
    }

    @Override
    public List<String> statements() {
        return List.of("ingest/merge-products", "catalog/touch-catalogue");
    }

    @Override
    public Map<String, Object> parameters(List<Map<String, Object>> rows) {
        return Map.of("products", rows);
    }
}
