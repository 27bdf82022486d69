package com.clientele.clv;

/**
 * What {@link FitDiagnosis} concluded about a BG/NBD fit: FITTED (an interior maximum with every parameter pinned
 * down), BOUNDARY_FIT or UNIDENTIFIED, with the reason in English and Chinese (null when FITTED), and the largest
 * standard error of a log-parameter combination (how far, as a factor e^sd, the least-determined one could move),
 * and whether the dropout process is still measured (false for UNIDENTIFIED and for the no-dropout edge; true at
 * the edge where everyone has the same dropout probability, whose limit model gives well-defined P(alive)).
 */
public record FitVerdict(String state, String messageEn, String messageZh, double largestLogStandardError,
                         boolean dropoutIdentified) {

    public static final String FITTED = "FITTED";
    public static final String BOUNDARY_FIT = "BOUNDARY_FIT";
    public static final String UNIDENTIFIED = "UNIDENTIFIED";

    public static FitVerdict fitted(double largestLogStandardError) {
        return new FitVerdict(FITTED, null, null, largestLogStandardError, true);
    }

    public boolean fitted() {
        return FITTED.equals(state);
    }
}
