package com.clientele.seed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes customers.csv: a profile per customer drawn from the customer's own random stream, with a few
 * fields left empty ("unknown") as real sign-up forms do.
 */
final class CustomerWriter {

    private static final String[] OCCUPATIONS = {"engineer", "教师", "designer", "医生", "student", "学生",
        "销售", "accountant", "公务员", "nurse", "freelancer", "程序员", "manager", "retired", "退休", "律师"};
    private static final String[] INCOME_BANDS = {"LOW", "LOWER_MIDDLE", "MIDDLE", "UPPER_MIDDLE", "HIGH"};
    private static final int[] INCOME_WEIGHTS = {15, 25, 32, 18, 10};
    private static final String[] DOMESTIC_MAIL = {"qq.com", "163.com", "126.com", "outlook.com"};
    private static final String[] FOREIGN_MAIL = {"gmail.com", "outlook.com", "icloud.com"};

    private final long seed;
    private final Population population;
    private final SignupOrder signups;
    private final ChannelPreference channels;

    CustomerWriter(long seed, Population population, SignupOrder signups, ChannelPreference channels) {
        this.seed = seed;
        this.population = population;
        this.signups = signups;
        this.channels = channels;
    }

    long write(Path file) throws IOException {
        try (CSVPrinter out = CsvFiles.open(file, "id", "name", "email", "gender", "birth_year", "occupation",
                "income_band", "region", "city", "country", "signup_date", "preferred_channel")) {
            for (int customer = 0; customer < population.size(); customer++) {
                out.printRecord(profile(customer));
            }
        }
        return population.size();
    }

    private Object[] profile(int customer) {
        SplittableRandom random = RandomStreams.of(seed, RandomStreams.Purpose.PROFILE, customer);
        double genderDraw = random.nextDouble();
        boolean female = genderDraw < 0.53;
        Places.Place place = Places.draw(random);
        PersonNames.Name name = PersonNames.draw(random, female, place.abroad());
        String[] domains = place.abroad() || !name.chineseScript() && random.nextBoolean()
                ? FOREIGN_MAIL : DOMESTIC_MAIL;
        String email = name.handle().toLowerCase(Locale.ROOT) + (customer + 1) + "@"
                + domains[random.nextInt(domains.length)];
        String birthYear = String.valueOf(1958 + random.nextInt(24) + random.nextInt(24));
        return new Object[] {Population.id(customer), name.display(), unknownSometimes(random, 0.04, email),
            gender(genderDraw), unknownSometimes(random, 0.03, birthYear),
            unknownSometimes(random, 0.06, OCCUPATIONS[random.nextInt(OCCUPATIONS.length)]),
            incomeBand(customer, random), place.region(), place.city(), place.country(),
            CsvFiles.date(signups.signupDay(customer)), channels.preferred(customer)};
    }

    private static String gender(double draw) {
        if (draw < 0.53) {
            return "FEMALE";
        }
        if (draw < 0.97) {
            return "MALE";
        }
        return draw < 0.985 ? "OTHER" : "";
    }

    private String incomeBand(int customer, SplittableRandom random) {
        if (population.has(customer, Behaviour.BIG_SPENDER)) {
            return INCOME_BANDS[3 + random.nextInt(2)];
        }
        int ticket = random.nextInt(100);
        for (int band = 0; band < INCOME_BANDS.length; band++) {
            ticket -= INCOME_WEIGHTS[band];
            if (ticket < 0) {
                return INCOME_BANDS[band];
            }
        }
        return INCOME_BANDS[INCOME_BANDS.length - 1];
    }

    private static String unknownSometimes(SplittableRandom random, double share, String value) {
        return random.nextDouble() < share ? "" : value;
    }
}
