package com.clientele.clv;

/**
 * Where {@link AliveExpectation} integrates numerically, in u = logit(p): below {@code leftTail} the integrand is
 * its p → 0 value times p^a / B(a, B) and above {@code rightTail} its p → 1 value times (1 − p)^B / B(a, B), both to
 * a relative 1e-17; between them the log-concave density is cut where it falls e^−D below its mode, D = 45 plus the
 * log of the integrand's own range (so what is cut is below 1e-17 of the result). Panels are no wider than the
 * density's width at its mode, sqrt(1/a + 1/B), nor than 1.
 */
record ExpectationWindow(double leftTail, double rightTail, double low, double high, int panels) {

    private static final int MAX_PANELS = 2_000;

    static ExpectationWindow of(AliveExpectation expectation, double[] horizons) {
        double a = expectation.a();
        double b = expectation.bPosterior();
        double s = expectation.shape();
        double eps = AliveExpectation.epsilon();
        double widest = 0;
        double steepest = 4;
        double range = 1;
        for (double w : horizons) {
            widest = Math.max(widest, w);
            double atOne = expectation.perPurchaseChance(1.0, w);
            if (atOne > 0) {
                steepest = Math.max(steepest, 4 * (s * w + 1) / atOne);
                range = Math.max(range, s * w / atOne);
            }
        }
        double leftTail = Math.log(eps) - Math.log(Math.max(Math.max(a + b, (s + 1) * widest), 1));
        double rightTail = -Math.log(eps) + Math.log(Math.max(a + b, steepest));
        double mode = Math.log(a) - Math.log(b);
        double width = Math.sqrt(1 / a + 1 / b);
        double target = expectation.logDensity(mode) - AliveExpectation.baseDrop() - Math.log(range);
        double low = Math.max(leftTail, edge(expectation, mode, -width, target, leftTail));
        double high = Math.min(rightTail, edge(expectation, mode, width, target, rightTail));
        if (!(high > low)) {
            return new ExpectationWindow(leftTail, rightTail, low, low, 0);
        }
        double panelWidth = Math.min(3.0, 2 * width);
        int panels = (int) Math.min(MAX_PANELS, Math.ceil((high - low) / panelWidth));
        return new ExpectationWindow(leftTail, rightTail, low, high, Math.max(1, panels));
    }

    /** From the mode in the direction of {@code step}, where the log density reaches {@code target} (or the limit). */
    private static double edge(AliveExpectation expectation, double mode, double step, double target, double limit) {
        double inside = mode;
        double outside = mode + step;
        while (expectation.logDensity(outside) > target) {
            if (step < 0 ? outside <= limit : outside >= limit) {
                return limit;
            }
            inside = outside;
            step *= 2;
            outside = mode + step;
        }
        for (int i = 0; i < 60 && Math.abs(outside - inside) > 1e-6 * Math.abs(step); i++) {
            double middle = 0.5 * (inside + outside);
            if (expectation.logDensity(middle) > target) {
                inside = middle;
            } else {
                outside = middle;
            }
        }
        return outside;
    }
}
