package com.clientele.clv;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Checks that a maximum-likelihood fit identifies its parameters, on the log-parameters the optimiser works on:
 * BOUNDARY_FIT when one is within e^1 of the optimiser's box (e^±12), UNIDENTIFIED when the observed information
 * (minus the Hessian, by central differences with step 0.01) is not positive definite or some direction of it has a
 * standard error above {@link #MAX_LOG_STANDARD_ERROR} (the data cannot tell that combination of parameters from one
 * e^1.5 ≈ 4.5 times larger or smaller). The messages name the parameter or the direction.
 */
final class FitDiagnosis {

    static final double NEAR_BOUND = 1.0;
    static final double MAX_LOG_STANDARD_ERROR = 1.5;
    private static final double STEP = 0.01;

    private FitDiagnosis() {
    }

    static FitVerdict diagnose(ToDoubleFunction<double[]> logLikelihoodOfLogs, double[] logs, List<String> names) {
        for (int i = 0; i < logs.length; i++) {
            if (Math.abs(logs[i]) >= LogSpaceOptimizer.logBound() - NEAR_BOUND) {
                double meanDropout = 1 / (1 + Math.exp(logs[3] - logs[2]));
                return boundary(names.get(i), Math.exp(logs[i]), logs[i] < 0, meanDropout);
            }
        }
        RealMatrix information = information(logLikelihoodOfLogs, logs);
        EigenDecomposition eigen = new EigenDecomposition(information);
        double[] values = eigen.getRealEigenvalues();
        int flattest = 0;
        for (int i = 1; i < values.length; i++) {
            flattest = values[i] < values[flattest] ? i : flattest;
        }
        double standardError = values[flattest] > 0 ? 1 / Math.sqrt(values[flattest]) : Double.POSITIVE_INFINITY;
        if (standardError <= MAX_LOG_STANDARD_ERROR) {
            return FitVerdict.fitted(standardError);
        }
        String direction = direction(eigen.getEigenvector(flattest).toArray(), names);
        return new FitVerdict(FitVerdict.UNIDENTIFIED,
                "the likelihood is almost flat along " + direction + " (standard error of that log-combination "
                        + format(standardError) + "): the data cannot pin these parameters down, so P(alive) and"
                        + " churn risk from this fit are not reliable",
                "似然函数在 " + direction + " 方向上几乎是平的（该对数组合的标准误为 " + format(standardError)
                        + "）：数据无法确定这些参数，因此本次拟合给出的存活概率和流失风险并不可靠",
                standardError, false);
    }

    private static FitVerdict boundary(String name, double value, boolean low, double meanDropout) {
        String where = low ? "its lower bound" : "its upper bound";
        String whereZh = low ? "下限" : "上限";
        boolean noDropout = meanDropout < 1e-3;
        boolean sameDropout = !noDropout && !low && ("a".equals(name) || "b".equals(name));
        String meaning = noDropout ? "the data show no measurable dropout, so P(alive) and churn risk from this fit"
                + " are not reliable" : sameDropout ? "every customer has the same dropout probability, "
                + String.format(java.util.Locale.ROOT, "%.3g", meanDropout) + " per purchase (the spread of a and b"
                + " is not identified; P(alive) follows that limit)" : "the data do not pin " + name + " down";
        String meaningZh = noDropout ? "数据中看不出可测的客户流失，因此本次拟合给出的存活概率和流失风险并不可靠"
                : sameDropout ? "所有客户每次购买后的流失概率相同（约 " + String.format(java.util.Locale.ROOT, "%.3g",
                meanDropout) + "），a 与 b 的离散程度无法确定；存活概率按该极限模型计算" : "数据无法确定 " + name;
        return new FitVerdict(FitVerdict.BOUNDARY_FIT,
                "parameter " + name + " = " + format(value) + " is at " + where + " (the optimiser's range is e^±12):"
                        + " the best fit lies on the edge of the model and " + meaning + "; expected purchases are"
                        + " those of that edge model",
                "参数 " + name + " = " + format(value) + " 处于优化范围（e^±12）的" + whereZh + "：最佳拟合位于模型边界，"
                        + meaningZh + "；预期购买次数来自该边界模型",
                Double.POSITIVE_INFINITY, !noDropout);
    }

    /** Minus the Hessian of the log-likelihood at the point, in log-parameters. */
    private static RealMatrix information(ToDoubleFunction<double[]> logLikelihood, double[] logs) {
        int n = logs.length;
        double[][] matrix = new double[n][n];
        double centre = logLikelihood.applyAsDouble(logs);
        for (int i = 0; i < n; i++) {
            double up = logLikelihood.applyAsDouble(moved(logs, i, STEP, i, 0));
            double down = logLikelihood.applyAsDouble(moved(logs, i, -STEP, i, 0));
            matrix[i][i] = -(up - 2 * centre + down) / (STEP * STEP);
            for (int j = 0; j < i; j++) {
                double both = logLikelihood.applyAsDouble(moved(logs, i, STEP, j, STEP))
                        - logLikelihood.applyAsDouble(moved(logs, i, STEP, j, -STEP))
                        - logLikelihood.applyAsDouble(moved(logs, i, -STEP, j, STEP))
                        + logLikelihood.applyAsDouble(moved(logs, i, -STEP, j, -STEP));
                matrix[i][j] = -both / (4 * STEP * STEP);
                matrix[j][i] = matrix[i][j];
            }
        }
        return new Array2DRowRealMatrix(matrix, false);
    }

    private static double[] moved(double[] logs, int first, double byFirst, int second, double bySecond) {
        double[] point = logs.clone();
        point[first] += byFirst;
        point[second] += bySecond;
        return point;
    }

    /** The eigenvector as "ln a − 0.98·ln b", its large components only. */
    private static String direction(double[] vector, List<String> names) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < vector.length; i++) {
            if (Math.abs(vector[i]) < 0.2) {
                continue;
            }
            double weight = vector[i] / largest(vector);
            text.append(text.length() == 0 ? (weight < 0 ? "−" : "") : (weight < 0 ? " − " : " + "));
            text.append(Math.abs(weight) > 0.995 ? "" : format(Math.abs(weight)) + "·").append("ln ").append(names.get(i));
        }
        return text.toString();
    }

    private static double largest(double[] vector) {
        double best = vector[0];
        for (double component : vector) {
            best = Math.abs(component) > Math.abs(best) ? component : best;
        }
        return best;
    }

    private static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%.3g", value);
    }
}
