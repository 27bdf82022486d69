package com.clientele.bench;

import com.clientele.clv.BgNbdFit;
import com.clientele.clv.BgNbdFitter;
import com.clientele.clv.ClvCalculator;
import com.clientele.clv.ClvOutcome;
import com.clientele.clv.ClvSettings;
import com.clientele.clv.ClvTimeUnit;
import com.clientele.clv.CustomerHistories;
import com.clientele.clv.CustomerHistory;
import com.clientele.clv.GammaGammaFit;
import com.clientele.clv.GammaGammaFitter;
import com.clientele.clv.Purchase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Timing check, not a test: draws 100,000 customers from BG/NBD and Gamma-Gamma with the CDNOW parameters (a Q1
 * cohort, 39-week calibration, whole-day purchase dates, seed 20050401), summarises them, fits both models and
 * scores everyone, printing each stage's time. Run: java -cp target/test-classes:target/classes:commons-math3.jar
 * com.clientele.bench.ClvFitBenchmark [customers].
 */
public final class ClvFitBenchmark {

    private static final LocalDate COHORT_START = LocalDate.of(1997, 1, 1);
    private static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

    private ClvFitBenchmark() {
    }

    public static void main(String[] args) {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long start = System.nanoTime();
        List<Purchase> purchases = simulate(customers, new Well19937c(20050401L));
        long simulated = System.nanoTime();
        Collection<CustomerHistory> histories = CustomerHistories.fromTransactions(purchases, CALIBRATION_END,
                ClvTimeUnit.WEEKS).values();
        long summarised = System.nanoTime();
        BgNbdFit purchaseFit = new BgNbdFitter().fit(histories);
        long bgNbdFitted = System.nanoTime();
        GammaGammaFit spendFit = new GammaGammaFitter().fit(histories);
        long gammaGammaFitted = System.nanoTime();
        ClvCalculator calculator = new ClvCalculator(purchaseFit, spendFit, ClvSettings.defaults());
        double totalValue = 0;
        for (CustomerHistory history : histories) {
            ClvOutcome outcome = calculator.score(history);
            totalValue += outcome.prediction().map(prediction -> prediction.lifetimeValue()).orElse(0.0);
        }
        long scored = System.nanoTime();
        System.out.printf("%d customers, %d purchases (drawn in %.2f s)%n", histories.size(), purchases.size(),
                seconds(start, simulated));
        System.out.printf("summarise %.2f s | BG/NBD fit %.2f s %s LL %.1f | Gamma-Gamma fit %.2f s %s on %d | "
                        + "score %.2f s, total 12-month CLV %.0f%n", seconds(simulated, summarised),
                seconds(summarised, bgNbdFitted), purchaseFit.model(), purchaseFit.logLikelihood(),
                seconds(bgNbdFitted, gammaGammaFitted), spendFit.model(), spendFit.customers(),
                seconds(gammaGammaFitted, scored), totalValue);
        System.out.printf("fit + score total %.2f s%n", seconds(summarised, scored));
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    /** BG/NBD r 0.243, alpha 4.414 weeks, a 0.793, b 2.426; Gamma-Gamma p 6.25, q 3.74, gamma 15.44. */
    private static List<Purchase> simulate(int customers, RandomGenerator random) {
        GammaDistribution rates = new GammaDistribution(random, 0.243, 1 / 4.414);
        BetaDistribution dropouts = new BetaDistribution(random, 0.793, 2.426);
        GammaDistribution spendRates = new GammaDistribution(random, 3.74, 1 / 15.44);
        List<Purchase> purchases = new ArrayList<>();
        long calibrationDays = CALIBRATION_END.toEpochDay() - COHORT_START.toEpochDay();
        for (int customer = 0; customer < customers; customer++) {
            String id = "c" + customer;
            long firstDay = random.nextInt(84);
            double weeklyRate = rates.sample();
            double dropout = dropouts.sample();
            GammaDistribution spend = new GammaDistribution(random, 6.25, 1 / spendRates.sample());
            ExponentialDistribution gaps = new ExponentialDistribution(random, 7 / weeklyRate);
            purchases.add(new Purchase(id, COHORT_START.plusDays(firstDay), spend.sample()));
            double day = firstDay;
            while (true) {
                day += gaps.sample();
                if (day > calibrationDays) {
                    break;
                }
                purchases.add(new Purchase(id, COHORT_START.plusDays((long) day), spend.sample()));
                if (random.nextDouble() < dropout) {
                    break;
                }
            }
        }
        return purchases;
    }
}
