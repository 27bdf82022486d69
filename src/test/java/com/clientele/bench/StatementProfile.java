package com.clientele.bench;

import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;

/** The database hits and rows of one PROFILEd run of a statement: what a page really reads, whatever the clock says. */
final class StatementProfile {

    private StatementProfile() {
    }

    /** "N db hits, M rows, operators: ..." for the statement text with these parameters. */
    static String of(Driver driver, String statement, Map<String, Object> parameters) {
        try (Session session = driver.session()) {
            ProfiledPlan plan = session.run("PROFILE " + statement, parameters).consume().profile();
            return String.format("%,d db hits, %,d rows; %s", dbHits(plan), plan.records(), operators(plan));
        }
    }

    private static long dbHits(ProfiledPlan plan) {
        return plan.dbHits() + plan.children().stream().mapToLong(StatementProfile::dbHits).sum();
    }

    private static String operators(ProfiledPlan plan) {
        String name = plan.operatorType().replace("@neo4j", "");
        if (plan.children().isEmpty()) {
            return name;
        }
        return name + " <- " + String.join(" + ", plan.children().stream().map(StatementProfile::operators).toList());
    }
}
