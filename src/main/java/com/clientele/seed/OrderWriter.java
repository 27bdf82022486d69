package com.clientele.seed;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.commons.csv.CSVPrinter;

/**
 * Streams orders.csv and order_lines.csv customer by customer: one customer's orders are in memory at a time,
 * so a million customers need no more memory than two thousand. Order ids follow the writing order.
 */
final class OrderWriter {

    private final Population population;
    private final TimelineMaker timelines;
    private final CustomerOrders orders;
    private final Catalogue catalogue;
    private long orderCount;
    private long lineCount;

    OrderWriter(Population population, TimelineMaker timelines, CustomerOrders orders, Catalogue catalogue) {
        this.population = population;
        this.timelines = timelines;
        this.orders = orders;
        this.catalogue = catalogue;
    }

    void write(Path ordersFile, Path linesFile) throws IOException {
        try (CSVPrinter orderOut = CsvFiles.open(ordersFile, "id", "customer_id", "ordered_at", "channel",
                "discount");
                CSVPrinter lineOut = CsvFiles.open(linesFile, "order_id", "line", "product_id", "quantity",
                        "unit_price")) {
            for (int customer = 0; customer < population.size(); customer++) {
                writeCustomer(orderOut, lineOut, customer);
            }
        }
    }

    private void writeCustomer(CSVPrinter orderOut, CSVPrinter lineOut, int customer) throws IOException {
        String customerId = Population.id(customer);
        int[] days = timelines.make(customer, population.timeline(customer), population.minimumOrders(customer))
                .orderDays();
        for (PlannedOrder order : orders.plan(customer, days)) {
            writeOrder(orderOut, lineOut, customerId, order);
        }
    }

    long orderCount() {
        return orderCount;
    }

    long lineCount() {
        return lineCount;
    }

    private void writeOrder(CSVPrinter orderOut, CSVPrinter lineOut, String customerId, PlannedOrder order)
            throws IOException {
        orderCount++;
        String orderId = CsvFiles.id("O", orderCount, 8);
        orderOut.printRecord(orderId, customerId, Instant.ofEpochSecond(order.epochSecond()).toString(),
                order.channel(), CsvFiles.fraction(order.discountHundredths()));
        int lineNumber = 0;
        for (OrderLine line : order.lines()) {
            lineNumber++;
            lineCount++;
            lineOut.printRecord(orderId, lineNumber, catalogue.product(line.product()).id(), line.quantity(),
                    CsvFiles.money(line.unitPriceCents()));
        }
    }
}
