package com.clientele.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVPrinter;

/**
 * Generates seed-data: a realistic merchant in the project's CSV format, with planted behaviours and their
 * ground truth in planted/. The same settings always give byte-identical files. Memory grows with customers
 * and products only: orders are streamed.
 */
public final class SeedGenerator {

    private final GeneratorSettings settings;

    public SeedGenerator(GeneratorSettings settings) {
        this.settings = settings;
    }

    /** Writes every file into {@code outDir} (created if missing) and returns the data rows per file name. */
    public Map<String, Long> generate(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Map<String, Long> rows = new TreeMap<>();
        Catalogue catalogue = new CatalogueBuilder(settings).build();
        rows.put("categories.csv", CatalogueWriter.writeCategories(outDir.resolve("categories.csv")));
        rows.put("products.csv", CatalogueWriter.writeProducts(outDir.resolve("products.csv"), catalogue));

        Population population = Population.plan(settings);
        TimelineMaker timelines = new TimelineMaker(settings, BuyingShape.plan(settings, population));
        SignupOrder signups = new SignupOrder(signupDays(population, timelines));
        ReferralForest referrals = new ReferralPlanner(settings, population, signups).plan();
        ChannelPreference channels = new ChannelPreference(settings.seed(), population);
        rows.put("customers.csv", new CustomerWriter(settings.seed(), population, signups, channels)
                .write(outDir.resolve("customers.csv")));

        OrderWriter orders = new OrderWriter(population, timelines,
                new CustomerOrders(settings.seed(), population, channels, catalogue), catalogue);
        orders.write(outDir.resolve("orders.csv"), outDir.resolve("order_lines.csv"));
        rows.put("orders.csv", orders.orderCount());
        rows.put("order_lines.csv", orders.lineCount());
        rows.put("referrals.csv", writeReferrals(outDir.resolve("referrals.csv"), referrals));
        new PlantedTruthWriter(settings, population, catalogue, referrals).write(outDir.resolve("planted"));
        return rows;
    }

    private int[] signupDays(Population population, TimelineMaker timelines) {
        int[] days = new int[population.size()];
        for (int customer = 0; customer < days.length; customer++) {
            days[customer] = timelines.make(customer, population.timeline(customer),
                    population.minimumOrders(customer)).signupDay();
        }
        return days;
    }

    /** referrals.csv in sign-up order of the referred customer. */
    private static long writeReferrals(Path file, ReferralForest referrals) throws IOException {
        SignupOrder signups = referrals.signups();
        long rows = 0;
        try (CSVPrinter out = CsvFiles.open(file, "referrer_id", "referred_id", "referred_at")) {
            for (int position = 0; position < signups.size(); position++) {
                int customer = signups.customerAt(position);
                int referrer = referrals.referrerOf(customer);
                if (referrer < 0) {
                    continue;
                }
                out.printRecord(Population.id(referrer), Population.id(customer),
                        CsvFiles.date(signups.signupDay(customer)));
                rows++;
            }
        }
        return rows;
    }
}
