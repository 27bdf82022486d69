package com.clientele.clv;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * The BG/NBD (or MBG/NBD) log-likelihood of a whole customer base, prepared for the optimiser's many evaluations:
 * identical (x, tx, T) histories become one weighted row, and in each evaluation the Gamma- and Beta-function terms
 * are computed once per distinct x and ln(alpha + t) once per distinct time, so a row costs one exp and one log. It
 * is the same formula as {@link BgNbdModel#logLikelihood(int, double, double)}, summed.
 */
final class BgNbdLikelihood {

    private final PurchaseModel variant;
    private final double[] repeats;
    private final double[] times;
    private final int[] rowRepeats;
    private final int[] rowTx;
    private final int[] rowAge;
    private final double[] rowWeight;

    private record Row(int x, double tx, double T) {
    }

    BgNbdLikelihood(Collection<CustomerHistory> histories, PurchaseModel variant) {
        this.variant = variant;
        Map<Row, Integer> counts = new HashMap<>();
        histories.forEach(history -> counts.merge(new Row(history.x(), history.tx(), history.T()), 1, Integer::sum));
        Map<Integer, Integer> repeatIndex = new HashMap<>();
        Map<Double, Integer> timeIndex = new HashMap<>();
        List<Row> rows = List.copyOf(counts.keySet());
        rowRepeats = new int[rows.size()];
        rowTx = new int[rows.size()];
        rowAge = new int[rows.size()];
        rowWeight = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            rowRepeats[i] = repeatIndex.computeIfAbsent(row.x(), repeat -> repeatIndex.size());
            rowTx[i] = timeIndex.computeIfAbsent(row.tx(), time -> timeIndex.size());
            rowAge[i] = timeIndex.computeIfAbsent(row.T(), time -> timeIndex.size());
            rowWeight[i] = counts.get(row);
        }
        repeats = new double[repeatIndex.size()];
        repeatIndex.forEach((repeat, index) -> repeats[index] = repeat);
        times = new double[timeIndex.size()];
        timeIndex.forEach((time, index) -> times[index] = time);
    }

    double at(double r, double alpha, double a, double b) {
        double[] logAlphaPlusTime = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            logAlphaPlusTime[i] = Math.log(alpha + times[i]);
        }
        double[] constantPart = new double[repeats.length];
        double[] logDropout = new double[repeats.length];
        double common = -Gamma.logGamma(r) + r * Math.log(alpha) - Beta.logBeta(a, b);
        for (int i = 0; i < repeats.length; i++) {
            int chances = variant.survivedChances((int) repeats[i]);
            constantPart[i] = common + Gamma.logGamma(r + repeats[i]) + Beta.logBeta(a, b + chances);
            logDropout[i] = chances > 0 ? Math.log(a) - Math.log(b + chances - 1) : Double.NEGATIVE_INFINITY;
        }
        double total = 0.0;
        for (int row = 0; row < rowWeight.length; row++) {
            int k = rowRepeats[row];
            double shape = r + repeats[k];
            double alive = -shape * logAlphaPlusTime[rowAge[row]];
            double droppedOut = logDropout[k] - shape * logAlphaPlusTime[rowTx[row]];
            double larger = Math.max(alive, droppedOut);
            double logSum = larger + Math.log1p(Math.exp(Math.min(alive, droppedOut) - larger));
            total += rowWeight[row] * (constantPart[k] + logSum);
        }
        return total;
    }
}
