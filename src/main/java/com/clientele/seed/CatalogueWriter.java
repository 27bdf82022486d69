package com.clientele.seed;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.commons.csv.CSVPrinter;

/** Writes categories.csv (departments first, then leaves) and products.csv. */
final class CatalogueWriter {

    private CatalogueWriter() {
    }

    static long writeCategories(Path file) throws IOException {
        long rows = 0;
        try (CSVPrinter out = CsvFiles.open(file, "id", "name", "name_zh", "parent_id")) {
            for (CategoryTree.Department department : CategoryTree.DEPARTMENTS) {
                out.printRecord(department.id(), department.name(), department.nameZh(), "");
                rows++;
            }
            for (LeafCategory leaf : CategoryTree.LEAVES) {
                out.printRecord(leaf.id(), leaf.name(), leaf.nameZh(), leaf.departmentId());
                rows++;
            }
        }
        return rows;
    }

    static long writeProducts(Path file, Catalogue catalogue) throws IOException {
        try (CSVPrinter out = CsvFiles.open(file, "id", "name", "name_zh", "category_id", "price", "launch_date",
                "merchandise", "active")) {
            for (Product product : catalogue.products()) {
                out.printRecord(product.id(), product.name(), product.nameZh(), product.category().id(),
                        CsvFiles.money(product.priceCents()), CsvFiles.date(product.launchDay()),
                        product.merchandise(), product.active());
            }
        }
        return catalogue.products().size();
    }
}
