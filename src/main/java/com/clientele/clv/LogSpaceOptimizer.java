package com.clientele.clv;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Maximises a log-likelihood over strictly positive parameters with commons-math3's BOBYQA, working on their
 * logarithms inside [−12, 12] (parameters between 6e-6 and 1.6e5), from several starting points, keeping the best.
 * For {@link #maximise} a best point on that box's edge means the likelihood has no interior maximum:
 * DID_NOT_CONVERGE; {@link #maximiseLogs} returns it for the caller to diagnose.
 */
final class LogSpaceOptimizer {

    private static final double LOG_BOUND = 12.0;
    private static final double EDGE_MARGIN = 0.05;
    private static final int MAX_EVALUATIONS = 20_000;
    private static final double NOT_FINITE_PENALTY = -1e300;

    private LogSpaceOptimizer() {
    }

    /** The parameters (natural scale) that maximise the log-likelihood; names are used in error messages. */
    static double[] maximise(String model, List<String> names, ToDoubleFunction<double[]> logLikelihood,
                             List<double[]> naturalStarts) {
        double[] logs = maximiseLogs(model, logLikelihood, naturalStarts);
        for (int i = 0; i < logs.length; i++) {
            if (Math.abs(logs[i]) > LOG_BOUND - EDGE_MARGIN) {
                throw new ModelFitException(FitFailure.DID_NOT_CONVERGE, model + ": parameter " + names.get(i)
                        + " ran to the edge of its range (" + Math.exp(logs[i]) + "); the data do not pin it down");
            }
        }
        return Arrays.stream(logs).map(Math::exp).toArray();
    }

    /**
     * The logarithms of the best parameters found, edge or not (the caller diagnoses an edge, see
     * {@link FitDiagnosis}); only a search that found no finite value at all fails.
     */
    static double[] maximiseLogs(String model, ToDoubleFunction<double[]> logLikelihood, List<double[]> naturalStarts) {
        PointValuePair best = null;
        for (double[] start : naturalStarts) {
            PointValuePair found = fromStart(logLikelihood, start);
            if (found != null && (best == null || found.getValue() > best.getValue())) {
                best = found;
            }
        }
        if (best == null || best.getValue() <= NOT_FINITE_PENALTY) {
            throw new ModelFitException(FitFailure.DID_NOT_CONVERGE, model + ": the optimiser found no finite maximum");
        }
        return best.getPoint();
    }

    /** The optimiser's box on every log-parameter: [−LOG_BOUND, LOG_BOUND]. */
    static double logBound() {
        return LOG_BOUND;
    }

    private static PointValuePair fromStart(ToDoubleFunction<double[]> logLikelihood, double[] naturalStart) {
        int dimension = naturalStart.length;
        double[] lower = new double[dimension];
        double[] upper = new double[dimension];
        Arrays.fill(lower, -LOG_BOUND);
        Arrays.fill(upper, LOG_BOUND);
        double[] logStart = Arrays.stream(naturalStart).map(Math::log).toArray();
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * dimension + 1, 0.5, 1e-10);
        ObjectiveFunction objective = new ObjectiveFunction(logs -> finiteOrPenalty(logLikelihood, logs));
        try {
            return optimizer.optimize(new MaxEval(MAX_EVALUATIONS), objective, GoalType.MAXIMIZE,
                    new InitialGuess(logStart), new SimpleBounds(lower, upper));
        } catch (MathIllegalStateException tooManyEvaluationsOrStuck) {
            return null;
        }
    }

    private static double finiteOrPenalty(ToDoubleFunction<double[]> logLikelihood, double[] logs) {
        double[] natural = Arrays.stream(logs).map(Math::exp).toArray();
        double value = logLikelihood.applyAsDouble(natural);
        return Double.isFinite(value) ? value : NOT_FINITE_PENALTY;
    }
}
