package com.clientele.clv;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.special.Gamma;

/**
 * The BG/NBD log-likelihood of a whole customer base, prepared for the optimiser's many evaluations: identical
 * (x, tx, T) histories become one weighted row, and in each evaluation the Gamma-function terms are computed once per
 * distinct x and ln(alpha + t) once per distinct time, so a row costs one exp and one log. It is the same formula as
 * {@link BgNbdModel#logLikelihood(int, double, double)}, summed.
 */
final class BgNbdLikelihood {

    private final double[] repeats;
    private final double[] times;
    private final int[] rowRepeats;
    private final int[] rowTx;
    private final int[] rowAge;
    private final double[] rowWeight;

    private record Row(int x, double tx, double T) {
    }

    BgNbdLikelihood(Collection<CustomerHistory> histories) {
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
            rowRepeats[i] = repeatIndex.computeIfAbsent(row.x(), x -> repeatIndex.size());
            rowTx[i] = timeIndex.computeIfAbsent(row.tx(), t -> timeIndex.size());
            rowAge[i] = timeIndex.computeIfAbsent(row.T(), t -> timeIndex.size());
            rowWeight[i] = counts.get(row);
        }
        repeats = new double[repeatIndex.size()];
        repeatIndex.forEach((x, index) -> repeats[index] = x);
        times = new double[timeIndex.size()];
        timeIndex.forEach((t, index) -> times[index] = t);
    }

    double at(double r, double alpha, double a, double b) {
        double[] logAlphaPlusTime = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            logAlphaPlusTime[i] = Math.log(alpha + times[i]);
        }
        double[] constantPart = new double[repeats.length];
        double[] logDropout = new double[repeats.length];
        double common = -Gamma.logGamma(r) + r * Math.log(alpha) + Gamma.logGamma(a + b) - Gamma.logGamma(b);
        for (int i = 0; i < repeats.length; i++) {
            double x = repeats[i];
            constantPart[i] = common + Gamma.logGamma(r + x) + Gamma.logGamma(b + x) - Gamma.logGamma(a + b + x);
            logDropout[i] = x > 0 ? Math.log(a) - Math.log(b + x - 1) : Double.NEGATIVE_INFINITY;
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
