package com.clientele.seed;

import java.time.LocalDate;

/**
 * What the seed-data generator makes: the random seed, how many customers, the order window (orders fall on
 * {@code firstOrderDate} .. {@code lastOrderDate} inclusive; the analysis date is the day after) and the buying
 * shape: {@code oneTimeShare} null for the seed's own shape (ordinary customers' order counts skewed, few buy
 * once), or the share of buyers who buy on one day only, for a one-time-buyer merchant such as a marketplace.
 * Every other count (products, orders, referrals, planted customers) is derived from these, so the same
 * settings always give the same files.
 */
public record GeneratorSettings(long seed, int customers, LocalDate firstOrderDate, LocalDate lastOrderDate,
        Double oneTimeShare) {

    public static final long DEFAULT_SEED = 20_260_101L;
    public static final int DEFAULT_CUSTOMERS = 2_000;
    public static final int MIN_CUSTOMERS = 100;
    public static final int MAX_CUSTOMERS = 5_000_000;
    public static final LocalDate DEFAULT_FIRST_ORDER_DATE = LocalDate.of(2024, 1, 1);
    public static final LocalDate DEFAULT_LAST_ORDER_DATE = LocalDate.of(2025, 12, 31);
    private static final int MAX_PRODUCTS = 1_200;
    private static final double PLANTED_SHARE = 0.04;

    public GeneratorSettings {
        if (customers < MIN_CUSTOMERS || customers > MAX_CUSTOMERS) {
            throw new IllegalArgumentException("customers must be between " + MIN_CUSTOMERS + " and "
                    + MAX_CUSTOMERS + ", was " + customers);
        }
        if (firstOrderDate == null || lastOrderDate == null) {
            throw new IllegalArgumentException("the order window needs a first and a last date");
        }
        if (lastOrderDate.isBefore(firstOrderDate.plusYears(2).minusDays(1))) {
            throw new IllegalArgumentException("the order window must span at least two years, was "
                    + firstOrderDate + " .. " + lastOrderDate);
        }
        if (oneTimeShare != null && !(oneTimeShare > 0 && oneTimeShare < 1)) {
            throw new IllegalArgumentException("the one-time buyers' share must be above 0 and below 1, was "
                    + oneTimeShare);
        }
    }

    /** The settings that made the committed seed-data/. */
    public static GeneratorSettings defaults() {
        return new GeneratorSettings(DEFAULT_SEED, DEFAULT_CUSTOMERS, DEFAULT_FIRST_ORDER_DATE,
                DEFAULT_LAST_ORDER_DATE, null);
    }

    public GeneratorSettings withCustomers(int count) {
        return new GeneratorSettings(seed, count, firstOrderDate, lastOrderDate, oneTimeShare);
    }

    public GeneratorSettings withSeed(long newSeed) {
        return new GeneratorSettings(newSeed, customers, firstOrderDate, lastOrderDate, oneTimeShare);
    }

    /** A one-time-buyer merchant: {@code share} of the buyers buy on one day only (null: the seed's own shape). */
    public GeneratorSettings withOneTimeShare(Double share) {
        return new GeneratorSettings(seed, customers, firstOrderDate, lastOrderDate, share);
    }

    /** The day after the last order: recency and lifecycle rules are measured against it. */
    public LocalDate analysisDate() {
        return lastOrderDate.plusDays(1);
    }

    /** Merchandise products: grows with the customer base, capped so a big run keeps a shop-sized catalogue. */
    public int merchandiseProducts() {
        return Math.min(MAX_PRODUCTS, 150 + customers / 40);
    }

    /**
     * How many customers are given each planted behaviour (super referrers excepted). In the one-time shape about 13
     * planted customers per behaviour buy repeatedly (6 repeat timelines, 7 basket and channel behaviours), so each
     * behaviour gets (1 - oneTimeShare) / 40 of the customers: planted repeat buyers stay about a third of them.
     */
    public int plantedPerBehaviour() {
        double share = oneTimeShare == null ? PLANTED_SHARE : (1 - oneTimeShare) / 40;
        return (int) Math.round(customers * share);
    }

    /** How many customers a referral should have brought in, cascades included. */
    public int referredTarget() {
        return customers / 4;
    }
}
