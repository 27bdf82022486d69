package com.clientele.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the ground truth to planted/: which customer got which behaviour, the bundles, the super referrers
 * with their cascades, and a README stating every rule. Tests read it; imports never do.
 */
final class PlantedTruthWriter {

    private final GeneratorSettings settings;
    private final Population population;
    private final Catalogue catalogue;
    private final ReferralForest referrals;

    PlantedTruthWriter(GeneratorSettings settings, Population population, Catalogue catalogue,
            ReferralForest referrals) {
        this.settings = settings;
        this.population = population;
        this.catalogue = catalogue;
        this.referrals = referrals;
    }

    void write(Path plantedDir) throws IOException {
        Files.createDirectories(plantedDir);
        int[] counts = writeCustomers(plantedDir.resolve("customers.csv"));
        writeBundles(plantedDir.resolve("bundles.csv"));
        writeSuperReferrers(plantedDir.resolve("super_referrers.csv"));
        String readme = new PlantedReadme(settings, catalogue, referrals.superReferrers().size()).text(counts);
        Files.writeString(plantedDir.resolve("README.md"), readme);
    }

    private int[] writeCustomers(Path file) throws IOException {
        int[] counts = new int[Behaviour.values().length];
        try (CSVPrinter out = CsvFiles.open(file, "customer_id", "behaviour")) {
            for (int customer = 0; customer < population.size(); customer++) {
                writeBehaviours(out, customer, counts);
            }
        }
        return counts;
    }

    private void writeBehaviours(CSVPrinter out, int customer, int[] counts) throws IOException {
        for (Behaviour behaviour : Behaviour.values()) {
            if (population.has(customer, behaviour)) {
                out.printRecord(Population.id(customer), behaviour.name());
                counts[behaviour.ordinal()]++;
            }
        }
    }

    private void writeBundles(Path file) throws IOException {
        try (CSVPrinter out = CsvFiles.open(file, "bundle_id", "product_id")) {
            for (Bundle bundle : catalogue.bundles()) {
                out.printRecords(bundle.productIndexes().stream()
                        .map(number -> List.of(bundle.id(), catalogue.product(number).id())));
            }
        }
    }

    private void writeSuperReferrers(Path file) throws IOException {
        try (CSVPrinter out = CsvFiles.open(file, "customer_id", "cascade_depth", "cascade_size")) {
            for (ReferralForest.SuperReferrer superReferrer : referrals.superReferrers()) {
                out.printRecord(Population.id(superReferrer.customer()), superReferrer.cascadeDepth(),
                        superReferrer.cascadeSize());
            }
        }
    }
}
