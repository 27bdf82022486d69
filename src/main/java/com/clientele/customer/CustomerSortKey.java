package com.clientele.customer;

/**
 * The stored customer properties a customer list can be ordered by, each read in the order of its index
 * (cypher/customer/sorted/&lt;key&gt;-asc|desc.cypher). Customers without a value come last in both directions.
 */
public enum CustomerSortKey {
    ID("id", "id"),
    NAME("name", "name"),
    SIGNUP_DATE("signupDate", "signup-date"),
    BIRTH_YEAR("birthYear", "birth-year"),
    MONETARY("monetary", "monetary"),
    RECENCY("recencyDays", "recency"),
    FREQUENCY("orderCount", "frequency"),
    CLV("predictedClv", "clv"),
    PROBABILITY_ALIVE("probabilityAlive", "probability-alive");

    private final String property;
    private final String file;

    CustomerSortKey(String property, String file) {
        this.property = property;
        this.file = file;
    }

    /** The stored property. */
    public String property() {
        return property;
    }

    /** The statement that reads a page in this order. */
    public String statement(boolean descending) {
        return "customer/sorted/" + file + (descending ? "-desc" : "-asc");
    }

    /** Whether some customers may have no value (every customer has an id). */
    public boolean mayBeMissing() {
        return this != ID;
    }
}
