package com.clientele.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * P(alive) and E[Y(t) | x, tx, T] of BG/NBD and MBG/NBD against 400 values computed independently at 40 digits by
 * mpmath (src/test/resources/clv/bgnbd_reference.py: the closed form with hyp2f1 and a quadrature over the dropout
 * probability, kept only where both agree), with r, alpha, a and b drawn over the optimiser's whole range
 * (e^−12 .. e^12), x from 0 to 2,000, T and t from a day to ten years (in weeks).
 */
class BgNbdPrecisionTest {

    private static final double RELATIVE = 1e-9;
    private static final double UNDERFLOW = 1e-290;

    private record Reference(BgNbdModel model, CustomerHistory history, double t, double alive, double whileAlive,
                             double expected, String line) {
    }

    private static List<Reference> references() throws IOException {
        try (InputStream in = BgNbdPrecisionTest.class.getResourceAsStream("/clv/bgnbd-reference.csv")) {
            List<Reference> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList()) {
                String[] cells = line.split(",");
                BgNbdModel model = new BgNbdModel(Double.parseDouble(cells[1]), Double.parseDouble(cells[2]),
                        Double.parseDouble(cells[3]), Double.parseDouble(cells[4]), PurchaseModel.valueOf(cells[0]));
                CustomerHistory history = CustomerHistory.of(Integer.parseInt(cells[5]), Double.parseDouble(cells[6]),
                        Double.parseDouble(cells[7]), ClvTimeUnit.WEEKS);
                rows.add(new Reference(model, history, Double.parseDouble(cells[8]), Double.parseDouble(cells[9]),
                        Double.parseDouble(cells[10]), Double.parseDouble(cells[11]), line));
            }
            return rows;
        }
    }

    private static String compare(double reference, double actual) {
        if (reference < UNDERFLOW) {
            return Math.abs(actual) <= 1e-280 ? null : "expected " + reference + " (below double range), got " + actual;
        }
        double error = Math.abs(actual - reference) / reference;
        return error <= RELATIVE ? null : "expected " + reference + ", got " + actual + " (relative error " + error + ")";
    }

    @Test
    void expectedPurchasesAndProbabilityAliveMatchHighPrecisionValuesOverTheWholeParameterRange() throws IOException {
        List<Reference> rows = references();
        List<String> wrong = new ArrayList<>();
        for (Reference row : rows) {
            try {
                String alive = compare(row.alive(), row.model().probabilityAlive(row.history()));
                String expected = compare(row.expected(), row.model().conditionalExpectedPurchases(row.t(),
                        row.history()));
                if (alive != null || expected != null) {
                    wrong.add(row.line() + ": " + (alive != null ? "P(alive) " + alive : "") + " "
                            + (expected != null ? "E[Y] " + expected : ""));
                }
            } catch (ArithmeticException | IllegalArgumentException failure) {
                wrong.add(row.line() + ": " + failure.getMessage());
            }
        }
        System.out.println(wrong.size() + " of " + rows.size() + " reference values missed");
        assertEquals(400, rows.size());
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + rows.size() + " missed, e.g. "
                + wrong.subList(0, Math.min(5, wrong.size())));
    }

    @Test
    void anActiveCustomersExpectationMatchesTheReferenceToo() throws IOException {
        for (Reference row : references()) {
            int chances = row.model().variant().survivedChances(row.history().x());
            double whileAlive = new AliveExpectation(row.model().a(), row.model().b() + chances,
                    row.model().r() + row.history().x()).at(row.t() / (row.model().alpha() + row.history().T()))[0];
            assertEquals(row.whileAlive(), whileAlive, RELATIVE * row.whileAlive(), row::line);
        }
    }
}
