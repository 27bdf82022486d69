package com.clientele.ingest;

import com.clientele.ingest.Reference.Kind;
import com.clientele.neo4j.Graph;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * products.csv: id,name,name_zh,category_id,price,launch_date,merchandise,active. The category must be known;
 * empty merchandise/active mean true; the price from 0 to {@link InputBounds#MAX_UNIT_PRICE}.
 */
final class ProductsTable implements ClienteleTable {

    @Override
    public String file() {
        return "products.csv";
    }

    @Override
    public ParsedRow read(Cells cells) {
        RowReader reader = new RowReader(cells);
        String id = reader.id("id");
        String name = reader.requiredText("name", InputBounds.MAX_NAME_LENGTH);
        String nameZh = reader.text("name_zh", InputBounds.MAX_NAME_LENGTH);
        String categoryId = reader.id("category_id");
        Double price = reader.decimal("price", 0, InputBounds.MAX_UNIT_PRICE);
        Map<String, Object> properties = RowValues.of("name", name, "nameZh", nameZh,
                "price", price, "launchDate", reader.read(() -> cells.date("launch_date")),
                "merchandise", trueWhenUnknown(reader.read(() -> cells.bool("merchandise"))),
                "active", trueWhenUnknown(reader.read(() -> cells.bool("active"))));
        return reader.row(RowValues.of("id", id, "categoryId", categoryId, "properties", properties));
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
